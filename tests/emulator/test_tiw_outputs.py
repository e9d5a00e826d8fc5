"""The recording results honour the request's Whiteboard, MixStream and RecordControl as the
SDK model documents them, seen through the official SDK; DescribeVideoGenerationTask carries
the deprecated VideoInfos the SDK model still declares."""

from __future__ import annotations

from typing import Any

from tencentcloud.tiw.v20190919 import models

from emulator.config import DEFAULT_SDK_APP_ID
from tests.emulator.test_tencent_interop import describe_request, tiw
from tests.support.emulator_server import Running


def recording(running: Running, **settings: Any) -> list[Any]:
    """The VideoInfos of a finished recording of alice and bob with these settings."""
    body = {
        "SdkAppId": DEFAULT_SDK_APP_ID,
        "RoomId": 880528,
        "Users": ["alice", "bob"],
        "State": "FINISHED",
        **settings,
    }
    task_id = running.seed("/tiw/recording-tasks", body)["TaskId"]
    return list(tiw(running).DescribeOnlineRecord(describe_request(task_id)).VideoInfos)


def files(videos: list[Any]) -> list[tuple[int, str, int, int]]:
    return sorted((v.VideoType, v.UserId, v.Width, v.Height) for v in videos)


def test_the_whiteboard_video_has_the_requested_size(emulator: Running) -> None:
    sized = recording(emulator, Whiteboard={"Width": 1280, "Height": 720})
    default = recording(emulator)
    assert [(v.Width, v.Height) for v in sized if v.VideoType == 2] == [(1280, 720)]
    assert [(v.Width, v.Height) for v in default if v.VideoType == 2] == [(1280, 960)]


def test_record_control_says_which_streams_exist_and_how(emulator: Running) -> None:
    control = {
        "Enabled": True,
        "DisableRecord": True,  # nothing, but what the list below allows
        "StreamControls": [
            {"StreamId": "ali", "PullSmallVideo": True, "DisableAudio": True},  # a prefix
            {"StreamId": "tic_record_user"},
        ],
    }
    videos = recording(emulator, RecordControl=control, AudioFileNeeded=True)
    assert files(videos) == [(0, "alice", 320, 180), (2, "", 1280, 960)]
    unrestricted = recording(emulator, AudioFileNeeded=True)
    assert files(unrestricted) == [
        (0, "alice", 640, 360),
        (0, "bob", 640, 360),
        (2, "", 1280, 960),
        (4, "alice", 0, 0),
        (4, "bob", 0, 0),
    ]
    # Without Enabled the control parameters do not apply.
    assert files(recording(emulator, RecordControl={**control, "Enabled": False})) == files(
        recording(emulator)
    )


def test_audio_disabled_streams_have_no_audio_file_and_smaller_videos(emulator: Running) -> None:
    control = {"Enabled": True, "StreamControls": [{"StreamId": "bob", "DisableAudio": True}]}
    videos = recording(emulator, RecordControl=control, AudioFileNeeded=True)
    assert [v.UserId for v in videos if v.VideoType == 4] == ["alice"]
    size = {v.UserId: v.VideoSize for v in videos if v.VideoType == 0}
    assert size["bob"] < size["alice"]


def test_the_mix_has_its_canvas_size(emulator: Running) -> None:
    custom = {
        "Canvas": {"LayoutParams": {"Width": 1920, "Height": 1080}},
        "InputStreamList": [{"LayoutParams": {"Width": 960, "Height": 540}}],
    }
    mixed = recording(emulator, MixStream={"Enabled": True, "Custom": custom})
    assert [(v.UserId, v.Width, v.Height) for v in mixed if v.VideoType == 3] == [
        ("tic_mixstream_880528_custom", 1920, 1080)
    ]
    template = recording(
        emulator,
        MixStream={"Enabled": True, "ModelId": 2},
        Whiteboard={"Width": 800, "Height": 600},
    )
    assert [(v.UserId, v.Width, v.Height) for v in template if v.VideoType == 3] == [
        ("tic_mixstream_880528_2", 800, 600)
    ]


def test_video_generation_overrides_and_the_deprecated_video_infos(emulator: Running) -> None:
    body = {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 7, "Users": ["alice"], "State": "FINISHED"}
    recording_id = emulator.seed("/tiw/recording-tasks", body)["TaskId"]
    client = tiw(emulator)
    create = models.CreateVideoGenerationTaskRequest()
    create.SdkAppId, create.OnlineRecordTaskId = DEFAULT_SDK_APP_ID, recording_id
    create.Whiteboard = models.Whiteboard()
    create.Whiteboard.Width, create.Whiteboard.Height = 1024, 768
    task_id = client.CreateVideoGenerationTask(create).TaskId
    emulator.seed(f"/tiw/video-generation-tasks/{task_id}/state", {"State": "FINISHED"})
    describe = models.DescribeVideoGenerationTaskRequest()
    describe.SdkAppId, describe.TaskId = DEFAULT_SDK_APP_ID, task_id
    response = client.DescribeVideoGenerationTask(describe)
    whiteboard = [v for v in response.VideoInfoList if v.VideoType == 2]
    assert [(v.Width, v.Height) for v in whiteboard] == [(1024, 768)]
    assert isinstance(response.VideoInfos, models.VideoInfo)
    assert response.VideoInfos.VideoId == response.VideoInfoList[0].VideoId
