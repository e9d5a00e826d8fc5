"""The whole TIW workflow against the emulator, through the official SDK and through our
generated client: start a recording, pause, resume, stop, see it finish, generate videos
from it, receive the signed events on a loopback receiver, and the documented errors."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    Config,
    Progression,
)
from tests.support.emulator_server import Running, serve
from tests.support.receiver import NO_RECEIVER, receiver
from tests.support.tiw_callers import CLIENTS, Call, failure, parse_callback

APP = DEFAULT_SDK_APP_ID
STEP = 1000.0  # seconds per state step; only the admin clock makes them pass
RECORDING_KEY, VIDEO_KEY = "recording-key", "video-key"


@pytest.fixture
def timed() -> Iterator[Running]:
    """Tasks move one state per STEP seconds of the emulator clock; events are swept often."""
    config = Config(progression=Progression.TIME, step_seconds=STEP, callback_sweep_seconds=0.05)
    with serve(config) as running:
        freeze(running)
        yield running


def freeze(running: Running) -> None:
    """Emulator time stands still but for the admin clock, so durations come out exact."""
    start = time.time()
    running.emulator.context.clock.wall = lambda: start


def advance(running: Running, seconds: float = STEP) -> None:
    running.admin.post("/clock/advance", json={"seconds": seconds}).raise_for_status()


def status(call: Call, task_id: str) -> str:
    return str(call("DescribeOnlineRecord", SdkAppId=APP, TaskId=task_id)["Status"])


@pytest.mark.parametrize("client", sorted(CLIENTS))
def test_record_pause_resume_stop_generate_and_receive_the_events(
    timed: Running, client: str
) -> None:
    call = CLIENTS[client](timed)
    with receiver() as app_server:
        call("SetOnlineRecordCallback", SdkAppId=APP, Callback=app_server.url("/recording"))
        call("SetOnlineRecordCallbackKey", SdkAppId=APP, CallbackKey=RECORDING_KEY)
        call("SetVideoGenerationTaskCallback", SdkAppId=APP, Callback=app_server.url("/video"))
        call("SetVideoGenerationTaskCallbackKey", SdkAppId=APP, CallbackKey=VIDEO_KEY)
        registered = call("DescribeOnlineRecordCallback", SdkAppId=APP)
        assert (registered["Callback"], registered["CallbackKey"]) == (
            app_server.url("/recording"),
            RECORDING_KEY,
        )
        timed.emulator.callbacks.start()

        task_id = call(
            "StartOnlineRecord",
            SdkAppId=APP,
            RoomId=1203,
            RecordUserId="tic_record_user_1203_1",
            RecordUserSig="sig",
            Concat={"Enabled": True},
        )["TaskId"]
        assert status(call, task_id) == "PREPARED"
        assert failure(call, "PauseOnlineRecord", SdkAppId=APP, TaskId=task_id) == (
            "UnsupportedOperation.InvalidTaskStatus"
        )
        advance(timed)
        assert status(call, task_id) == "RECORDING"
        advance(timed)
        assert status(call, task_id) == "RECORDING"  # records until told otherwise
        call("PauseOnlineRecord", SdkAppId=APP, TaskId=task_id)
        advance(timed)
        assert status(call, task_id) == "PAUSED"
        assert failure(call, "PauseOnlineRecord", SdkAppId=APP, TaskId=task_id) == (
            "UnsupportedOperation.InvalidTaskStatus"
        )
        call("ResumeOnlineRecord", SdkAppId=APP, TaskId=task_id)
        assert status(call, task_id) == "RECORDING"
        assert failure(call, "ResumeOnlineRecord", SdkAppId=APP, TaskId=task_id) == (
            "UnsupportedOperation.InvalidTaskStatus"
        )
        advance(timed)
        call("StopOnlineRecord", SdkAppId=APP, TaskId=task_id)
        assert status(call, task_id) == "STOPPED"
        for action in ("StopOnlineRecord", "PauseOnlineRecord", "ResumeOnlineRecord"):
            assert failure(call, action, SdkAppId=APP, TaskId=task_id) == (
                "UnsupportedOperation.TaskHasAlreadyStopped"
            )
        advance(timed)
        record = call("DescribeOnlineRecord", SdkAppId=APP, TaskId=task_id)
        # Recorded 2 steps, paused 1, recorded 1 more: the pause is cut out of the splice.
        assert (record["Status"], record["FinishReason"]) == ("FINISHED", "USER_CALL")
        assert record["TotalTime"] == 3 * STEP * 1000
        assert [d["VideoTime"] for d in record["OmittedDurations"]] == [2 * STEP * 1000]
        assert [video["VideoType"] for video in record["VideoInfos"]] == [2]

        video_task = call("CreateVideoGenerationTask", SdkAppId=APP, OnlineRecordTaskId=task_id)[
            "TaskId"
        ]
        seen = []
        for _ in range(3):
            seen.append(call("DescribeVideoGenerationTask", SdkAppId=APP, TaskId=video_task))
            advance(timed)
        assert [output["Status"] for output in seen] == ["QUEUED", "PROCESSING", "FINISHED"]
        generated = seen[-1]
        assert generated["TotalTime"] == 3 * STEP * 1000 and generated["RoomId"] == 1203

        received = app_server.wait_for(4)
        events = {}
        for delivery in received:
            key = RECORDING_KEY if delivery.path == "/recording" else VIDEO_KEY
            event = parse_callback(delivery.body, key)  # signature and expiry checked
            events[event.event_type] = event
        assert sorted(events) == [
            "OnlineRecordFinished",
            "OnlineRecordStarted",
            "OnlineRecordStopped",
            "VideoGenerationFinished",
        ]
        assert {event.event_data.task_id for event in events.values()} == {task_id, video_task}
        finished = events["OnlineRecordFinished"].to_dict()["EventData"]
        assert finished["TotalTime"] == record["TotalTime"]
        assert finished["OmittedDurations"] == record["OmittedDurations"]
        produced = events["VideoGenerationFinished"].to_dict()["EventData"]
        again = call("DescribeVideoGenerationTask", SdkAppId=APP, TaskId=video_task)
        assert produced["VideoInfoList"] == again["VideoInfoList"] == generated["VideoInfoList"]
        assert all(d.headers["content-type"] == "application/json" for d in received)


def start_params(user: str = "tic_record_user_7_1", **extra: Any) -> dict[str, Any]:
    return {
        "SdkAppId": APP,
        "RoomId": 7,
        "RecordUserId": user,
        "RecordUserSig": "sig",
        **extra,
    }


@pytest.mark.parametrize("client", sorted(CLIENTS))
def test_start_online_record_rules(emulator: Running, client: str) -> None:
    call = CLIENTS[client](emulator)
    first = call("StartOnlineRecord", **start_params())["TaskId"]
    assert failure(call, "StartOnlineRecord", **start_params()) == "ResourceInUse.RecordUserId"
    call("StopOnlineRecord", SdkAppId=APP, TaskId=first)
    call("StartOnlineRecord", **start_params())  # free again once stopped
    mix = {"Enabled": True, "ModelId": 1}
    assert failure(call, "StartOnlineRecord", **start_params("u2", MixStream=mix)) == (
        "InvalidParameter.RecordParameter"
    )
    call("StartOnlineRecord", **start_params("u2", MixStream=mix, Extras=["MIX_STREAM"]))
    for index in range(8):  # ten live tasks in all
        call("StartOnlineRecord", **start_params(f"tic_record_user_7_{index + 10}"))
    assert failure(call, "StartOnlineRecord", **start_params("one-more")) == (
        "LimitExceeded.TaskConcurrency"
    )


@pytest.mark.parametrize("client", sorted(CLIENTS))
def test_documented_parameter_errors(emulator: Running, client: str) -> None:
    """Codes the spec attaches to a refused value (x-videoapi-invalid-value-code)."""
    call = CLIENTS[client](emulator)
    for action in ("SetOnlineRecordCallback", "SetVideoGenerationTaskCallback"):
        assert failure(call, action, SdkAppId=APP, Callback="ftp://127.0.0.1/cb") == (
            "InvalidParameter.CallbackAddressFormatError"
        )
    for action in ("SetOnlineRecordCallbackKey", "SetVideoGenerationTaskCallbackKey"):
        assert failure(call, action, SdkAppId=APP, CallbackKey="k" * 65) == "InvalidParameter"
    assert failure(call, "StartOnlineRecord", **start_params(AutoStopTimeout=10)) == (
        "InvalidParameterValue"
    )


def test_an_unknown_extra_feature(emulator: Running) -> None:
    """Through the official SDK: the generated client's model refuses the value itself."""
    call = CLIENTS["official-sdk"](emulator)
    bad_extra = start_params(Extras=["MixStream"])
    assert failure(call, "StartOnlineRecord", **bad_extra) == "InvalidParameter.InvalidExtra"
    with pytest.raises(TypeError):
        CLIENTS["generated-client"](emulator)("StartOnlineRecord", **bad_extra)


@pytest.mark.parametrize("client", sorted(CLIENTS))
def test_callback_settings_and_their_removal(emulator: Running, client: str) -> None:
    call = CLIENTS[client](emulator)
    assert call("DescribeOnlineRecordCallback", SdkAppId=APP) | {"RequestId": ""} == {
        "Callback": "",
        "CallbackKey": "",
        "RequestId": "",
    }
    call("SetOnlineRecordCallback", SdkAppId=APP, Callback=f"https://{NO_RECEIVER}/online/callback")
    call("SetOnlineRecordCallbackKey", SdkAppId=APP, CallbackKey="6vg9G7Fd")
    call("SetVideoGenerationTaskCallback", SdkAppId=APP, Callback=f"http://{NO_RECEIVER}/v")
    online = call("DescribeOnlineRecordCallback", SdkAppId=APP)
    video = call("DescribeVideoGenerationTaskCallback", SdkAppId=APP)
    assert (online["Callback"], online["CallbackKey"]) == (
        f"https://{NO_RECEIVER}/online/callback",
        "6vg9G7Fd",
    )
    assert (video["Callback"], video.get("CallbackKey")) == (f"http://{NO_RECEIVER}/v", "")
    call("SetOnlineRecordCallback", SdkAppId=APP, Callback="")
    call("SetOnlineRecordCallbackKey", SdkAppId=APP, CallbackKey="")
    removed = call("DescribeOnlineRecordCallback", SdkAppId=APP)
    assert (removed["Callback"], removed["CallbackKey"]) == ("", "")


@pytest.mark.parametrize(
    "action",
    [
        "StopOnlineRecord",
        "PauseOnlineRecord",
        "ResumeOnlineRecord",
        "DescribeVideoGenerationTask",
    ],
)
def test_unknown_tasks(emulator: Running, action: str) -> None:
    call = CLIENTS["official-sdk"](emulator)
    assert failure(call, action, SdkAppId=APP, TaskId="nosuchtask") == (
        "InvalidParameter.TaskNotFound"
    )


@pytest.mark.parametrize(
    ("action", "params"),
    [
        ("StartOnlineRecord", start_params()),
        ("StopOnlineRecord", {"TaskId": "t"}),
        ("PauseOnlineRecord", {"TaskId": "t"}),
        ("ResumeOnlineRecord", {"TaskId": "t"}),
        ("DescribeVideoGenerationTask", {"TaskId": "t"}),
        ("SetOnlineRecordCallback", {"Callback": ""}),
        ("SetOnlineRecordCallbackKey", {"CallbackKey": ""}),
        ("DescribeOnlineRecordCallback", {}),
        ("SetVideoGenerationTaskCallback", {"Callback": ""}),
        ("SetVideoGenerationTaskCallbackKey", {"CallbackKey": ""}),
    ],
)
def test_application_errors_of_every_new_action(
    emulator: Running, action: str, params: dict[str, Any]
) -> None:
    emulator.seed("/tiw/apps", {"SdkAppId": 1400000002, "Status": "not_registered"})
    emulator.seed("/tiw/apps", {"SdkAppId": 1400000003, "Status": "expired"})
    call = CLIENTS["official-sdk"](emulator)
    codes = [
        failure(call, action, **{**params, "SdkAppId": app})
        for app in (1400000002, 1400000003, 1400009999)
    ]
    assert codes == [
        "ResourceUnavailable.NotRegistered",
        "ResourceUnavailable.ServiceExpired",
        "UnauthorizedOperation.SdkAppId",
    ]


def test_a_failed_video_generation_answers_failed_operation_record(emulator: Running) -> None:
    call = CLIENTS["official-sdk"](emulator)
    recording = emulator.seed(
        "/tiw/recording-tasks", {"SdkAppId": APP, "RoomId": 5, "State": "FINISHED"}
    )["TaskId"]
    video_task = call("CreateVideoGenerationTask", SdkAppId=APP, OnlineRecordTaskId=recording)[
        "TaskId"
    ]
    queued = call("DescribeVideoGenerationTask", SdkAppId=APP, TaskId=video_task)
    assert (queued["Status"], queued["VideoInfoList"], queued["Progress"]) == ("QUEUED", [], 0)
    emulator.seed(f"/tiw/video-generation-tasks/{video_task}/state", {"State": "FAILED"})
    assert failure(call, "DescribeVideoGenerationTask", SdkAppId=APP, TaskId=video_task) == (
        "FailedOperation.Record"
    )


def test_pauses_split_the_files_unless_they_are_spliced() -> None:
    """Without Concat, each recorded span is its own file, placed where it was recorded."""
    with serve(Config(progression=Progression.POLLS)) as running:
        freeze(running)
        call = CLIENTS["official-sdk"](running)
        task_id = call("StartOnlineRecord", **start_params())["TaskId"]
        assert [status(call, task_id) for _ in range(3)] == ["PREPARED", "RECORDING", "RECORDING"]
        running.admin.post("/clock/advance", json={"seconds": 10}).raise_for_status()
        call("PauseOnlineRecord", SdkAppId=APP, TaskId=task_id)
        running.admin.post("/clock/advance", json={"seconds": 5}).raise_for_status()
        call("ResumeOnlineRecord", SdkAppId=APP, TaskId=task_id)
        running.admin.post("/clock/advance", json={"seconds": 20}).raise_for_status()
        call("StopOnlineRecord", SdkAppId=APP, TaskId=task_id)
        assert [status(call, task_id) for _ in range(2)] == ["STOPPED", "FINISHED"]
        record = call("DescribeOnlineRecord", SdkAppId=APP, TaskId=task_id)
    files = sorted((v["VideoPlayTime"], v["VideoDuration"]) for v in record["VideoInfos"])
    assert record["OmittedDurations"] == []
    assert files == [(0, 10000), (15000, 20000)]
    assert record["TotalTime"] == 30000
    assert json.dumps(record).count("tiw-emulator.local") == 2


def test_the_admin_clock_moves_tasks_but_does_not_expire_signatures(emulator: Running) -> None:
    """Signatures are checked against real time, so tasks can be moved on by hours."""
    advance(emulator, 24 * 3600)
    call = CLIENTS["generated-client"](emulator)
    assert call("DescribeOnlineRecordCallback", SdkAppId=APP)["Callback"] == ""
    project = DEFAULT_HUAWEI_PROJECT
    ak, sk = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
    with httpx.Client(auth=SdkHmacAuth(ak, sk, project_id=project)) as client:
        reply = client.get(f"http://{emulator.endpoint}/v1/{project}/digital-human-videos")
    assert reply.status_code == 200, reply.text
