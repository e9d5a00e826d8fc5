"""TIW through the videoapi_emulator fixture: seeded tasks, states pinned, the clock moved,
and the video-generation callback received."""

from __future__ import annotations

import pytest
from tencentcloud_tiw_client import TencentCloudError, TiwClient
from tencentcloud_tiw_client.callbacks import parse_callback
from video_app import publish_lesson, recording_status  # type: ignore[import-not-found]  # on the path when run

from emulator.pytest_plugin import VideoApiEmulator

KEY = "lesson-callback-key"


@pytest.mark.videoapi_emulator(progression="immediate")
def test_a_finished_lesson_becomes_a_video_and_the_app_is_called_back(
    videoapi_emulator: VideoApiEmulator,
) -> None:
    emulator = videoapi_emulator
    app = emulator.sdk_app_id
    recording = emulator.admin.seed_tiw_recording(RoomId=42)
    with TiwClient(*emulator.tencent_credentials, **emulator.client_settings) as client:
        client.set_video_generation_task_callback(
            sdk_app_id=app, callback=emulator.callbacks.url("/tiw/events")
        )
        client.set_video_generation_task_callback_key(sdk_app_id=app, callback_key=KEY)
        video_task = publish_lesson(client, app, recording)
    [received] = emulator.callbacks.wait_for(1)
    event = parse_callback(received.body, KEY)
    assert event.event_type == "VideoGenerationFinished"
    assert received.json()["EventData"]["TaskId"] == video_task
    delivery = emulator.admin.wait_for_delivery("VideoGenerationFinished")
    assert [attempt["HttpStatus"] for attempt in delivery["Attempts"]] == [200]


@pytest.mark.videoapi_emulator(progression="manual")
def test_the_app_sees_the_state_the_test_pins(videoapi_emulator: VideoApiEmulator) -> None:
    emulator = videoapi_emulator
    task = emulator.admin.seed_tiw_recording(RoomId=7)
    with TiwClient(*emulator.tencent_credentials, **emulator.client_settings) as client:
        assert recording_status(client, emulator.sdk_app_id, task) == "PREPARED"
        emulator.admin.pin_tiw_recording(task, "FINISHED")
        assert recording_status(client, emulator.sdk_app_id, task) == "FINISHED"


def test_time_moves_only_when_the_test_moves_the_clock(videoapi_emulator: VideoApiEmulator) -> None:
    """The session's emulator (time progression), reset before this test."""
    emulator = videoapi_emulator
    assert emulator.admin.state()["resources"] == {}
    task = emulator.admin.seed_tiw_recording(RoomId=9)
    with TiwClient(*emulator.tencent_credentials, **emulator.client_settings) as client:
        before = recording_status(client, emulator.sdk_app_id, task)
        emulator.admin.advance(3600)
        after = recording_status(client, emulator.sdk_app_id, task)
    assert (before, after) == ("PREPARED", "FINISHED")


def test_a_wrong_key_is_refused_as_the_cloud_would(videoapi_emulator: VideoApiEmulator) -> None:
    secret_id, _ = videoapi_emulator.tencent_credentials
    client = TiwClient(secret_id, "not-the-key", **videoapi_emulator.client_settings)
    with client, pytest.raises(TencentCloudError) as failure:
        client.describe_online_record(sdk_app_id=videoapi_emulator.sdk_app_id, task_id="t")
    assert failure.value.code == "AuthFailure.SignatureFailure"
