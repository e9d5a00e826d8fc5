"""The generated service clients against the emulator: every operation of every package,
sync and asyncio; each kind of error of the one error family; tolerant replies; the
environment variables; waiters and the paginator.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest
from openapi_python_client.strings import snake_case

from emulator.config import DEFAULT_HUAWEI_PROJECT, DEFAULT_SDK_APP_ID, Config, Progression
from generator.config import load_config
from speclib.bundle import bundle_spec
from speclib.catalog import REPOSITORY
from speclib.walk import operations
from tests.emulator.test_vclm_clients import every_operation
from tests.support.credentials import HUAWEI_AK, HUAWEI_SK, SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve

for name in (
    "tencentcloud-tiw-client",
    "tencentcloud-vclm-client",
    "huaweicloud-metastudio-client",
):
    sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / name))

import huaweicloud_metastudio_client as metastudio  # noqa: E402
import tencentcloud_tiw_client as tiw  # noqa: E402
import tencentcloud_vclm_client as vclm  # noqa: E402
from huaweicloud_metastudio_client import models as metastudio_models  # noqa: E402
from huaweicloud_metastudio_client.models import (  # noqa: E402
    OutputAssetConfig,
    PhotoVideoConfig,
    ShootScript,
    ShootScriptItem,
    TextConfig,
    VideoConfig,
    VoiceConfig,
)
from tencentcloud_tiw_client import models as tiw_models  # noqa: E402
from tencentcloud_vclm_client import models as vclm_models  # noqa: E402

T = TypeVar("T")
APP = DEFAULT_SDK_APP_ID
PROJECT = DEFAULT_HUAWEI_PROJECT
Call = Callable[..., Any]


def operation_names(distribution: str) -> set[str]:
    [package] = [c for c in load_config().clients if c.distribution == distribution]
    return {snake_case(op.operation_id or "") for op in operations(bundle_spec(package.spec.path))}


class LoopThread:
    """An event loop in a thread, so one async client serves a test's many calls."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, awaitable: Awaitable[T]) -> T:
        async def wrapped() -> T:
            return await awaitable

        return asyncio.run_coroutine_threadsafe(wrapped(), self.loop).result(60)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@pytest.fixture
def loop() -> Iterator[LoopThread]:
    running = LoopThread()
    yield running
    running.close()


class Recorder:
    """Calls methods of a service client (sync, or async through the loop), noting which."""

    def __init__(self, client: Any, loop: LoopThread | None = None) -> None:
        self.client, self.loop, self.called = client, loop, set[str]()

    def __call__(self, method: str, **kwargs: Any) -> Any:
        self.called.add(method)
        result = getattr(self.client, method)(**kwargs)
        return self.loop.run(result) if self.loop is not None else result


def url(running: Running) -> str:
    return f"http://{running.endpoint}"


# Every operation, through the service client, sync and asyncio


def tiw_flow(call: Recorder, running: Running) -> None:
    assert isinstance(
        call("set_online_record_callback", sdk_app_id=APP, callback="http://127.0.0.1:9/r"),
        tiw_models.SetOnlineRecordCallbackResponse,
    )
    call("set_online_record_callback_key", sdk_app_id=APP, callback_key="recording-key")
    registered = call("describe_online_record_callback", sdk_app_id=APP)
    assert (registered.callback, registered.callback_key) == (
        "http://127.0.0.1:9/r",
        "recording-key",
    )
    call("set_video_generation_task_callback", sdk_app_id=APP, callback="http://127.0.0.1:9/v")
    call("set_video_generation_task_callback_key", sdk_app_id=APP, callback_key="video-key")
    assert call("describe_video_generation_task_callback", sdk_app_id=APP).callback == (
        "http://127.0.0.1:9/v"
    )
    started = call(
        "start_online_record",
        sdk_app_id=APP,
        room_id=1203,
        record_user_id="tic_record_user_1203_1",
        record_user_sig="sig",
    )
    task_id = started.task_id
    running.seed(f"/tiw/recording-tasks/{task_id}/state", {"State": "RECORDING"})
    call("pause_online_record", sdk_app_id=APP, task_id=task_id)
    running.seed(f"/tiw/recording-tasks/{task_id}/state", {"State": "PAUSED"})
    call("resume_online_record", sdk_app_id=APP, task_id=task_id)
    call("stop_online_record", sdk_app_id=APP, task_id=task_id)
    running.seed(f"/tiw/recording-tasks/{task_id}/state", {"State": "FINISHED"})
    record = call("describe_online_record", sdk_app_id=APP, task_id=task_id)
    assert isinstance(record, tiw_models.DescribeOnlineRecordResponse)
    assert (record.status, record.room_id) == ("FINISHED", 1203)
    video = call("create_video_generation_task", sdk_app_id=APP, online_record_task_id=task_id)
    described = call("describe_video_generation_task", sdk_app_id=APP, task_id=video.task_id)
    assert isinstance(described, tiw_models.DescribeVideoGenerationTaskResponse)
    assert described.task_id == video.task_id


def vclm_flow(call: Recorder, running: Running) -> None:
    every_operation(call)


def avatar_request(name: str) -> dict[str, Any]:
    scene = ShootScript(script_type="TEXT", text_config=TextConfig(text=f"This is {name}."))
    return {
        "model_asset_id": "9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c",
        "voice_config": VoiceConfig(voice_asset_id="voice-1"),
        "video_config": VideoConfig(bitrate=5000, width=1280, height=720),
        "shoot_scripts": [ShootScriptItem(sequence_no=0, shoot_script=scene)],
        "output_asset_config": OutputAssetConfig(asset_name=name),
    }


def metastudio_flow(call: Recorder, running: Running) -> None:
    created = call("create_2d_digital_human_video", **avatar_request("first"))
    assert isinstance(created, metastudio_models.Create2DDigitalHumanVideoResponse)
    shown = call("show_2d_digital_human_video", job_id=created.job_id, show_script=True)
    assert isinstance(shown, metastudio_models.Show2DDigitalHumanVideoResponse)
    assert shown.state == "WAITING"
    photo = call(
        "create_photo_digital_human_video",
        human_image="aGVsbG8=",
        video_config=PhotoVideoConfig(codec="H264"),
        shoot_scripts=[
            ShootScriptItem(shoot_script=ShootScript(text_config=TextConfig(text="Hi.")))
        ],
        output_asset_config=OutputAssetConfig(asset_name="photo"),
    )
    shown_photo = call("show_photo_digital_human_video", job_id=photo.job_id)
    assert shown_photo.job_type == "DIGITAL_HUMAN_PHOTO_VIDEO"
    assert call("cancel_2d_digital_human_video", job_id=created.job_id) is None
    assert call("cancel_photo_digital_human_video", job_id=photo.job_id) is None
    page = call("list_digital_human_video", state="CANCELED")
    assert isinstance(page, metastudio_models.ListDigitalHumanVideoResponse)
    assert isinstance(page.jobs, list)
    assert {job.job_id for job in page.jobs} >= {created.job_id, photo.job_id}


def tiw_clients(running: Running) -> tuple[Any, Any]:
    return (
        tiw.TiwClient(SECRET_ID, SECRET_KEY, endpoint=url(running)),
        tiw.AsyncTiwClient(SECRET_ID, SECRET_KEY, endpoint=url(running)),
    )


def vclm_clients(running: Running) -> tuple[Any, Any]:
    return (
        vclm.VclmClient(SECRET_ID, SECRET_KEY, endpoint=url(running), region="ap-guangzhou"),
        vclm.AsyncVclmClient(SECRET_ID, SECRET_KEY, endpoint=url(running), region="ap-guangzhou"),
    )


def metastudio_clients(running: Running) -> tuple[Any, Any]:
    return (
        metastudio.MetaStudioClient(
            HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, endpoint=url(running)
        ),
        metastudio.AsyncMetaStudioClient(
            HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, endpoint=url(running)
        ),
    )


FLOWS = {
    "tencentcloud-tiw-client": (tiw_clients, tiw_flow),
    "tencentcloud-vclm-client": (vclm_clients, vclm_flow),
    "huaweicloud-metastudio-client": (metastudio_clients, metastudio_flow),
}


@pytest.mark.parametrize("distribution", sorted(FLOWS))
def test_every_operation_through_the_service_client_sync_and_async(
    emulator: Running, loop: LoopThread, distribution: str
) -> None:
    make, flow = FLOWS[distribution]
    sync_client, async_client = make(emulator)
    with sync_client:
        sync_calls = Recorder(sync_client)
        flow(sync_calls, emulator)
    async_calls = Recorder(async_client, loop)
    flow(async_calls, emulator)
    loop.run(async_client.aclose())
    expected = operation_names(distribution)
    assert sync_calls.called == expected
    assert async_calls.called == expected


def test_the_service_client_closes_its_connections(emulator: Running) -> None:
    with vclm.VclmClient(SECRET_ID, SECRET_KEY, endpoint=url(emulator)) as client:
        client.describe_video_stylization_job(
            job_id=emulator.seed("/vclm/stylization-jobs", {})["JobId"]
        )
    assert client.low_level_client.get_httpx_client().is_closed


# The error family


def test_an_api_error_carries_code_message_and_request_id(emulator: Running) -> None:
    client = tiw.TiwClient(SECRET_ID, SECRET_KEY, endpoint=url(emulator))
    with client, pytest.raises(tiw.TencentCloudError) as caught:
        client.describe_online_record(sdk_app_id=APP, task_id="missing")
    error = caught.value
    assert isinstance(error, tiw.ApiError) and isinstance(error, tiw.ClientError)
    assert error.code == "InvalidParameter.TaskNotFound" and error.message and error.request_id
    hw = metastudio.MetaStudioClient(
        HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, endpoint=url(emulator)
    )
    with hw, pytest.raises(metastudio.HuaweiCloudError) as found:
        hw.show_2d_digital_human_video(job_id="missing")
    assert (found.value.status_code, found.value.code) == (404, "MSS.00000002")
    assert found.value.request_id and isinstance(found.value, metastudio.ClientError)
    # Each package has its own family: one package's error is not another's.
    assert not isinstance(error, vclm.ClientError)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_server_gone_is_a_network_error() -> None:
    fast = vclm.Backoff(max_attempts=2, base=0.01, cap=0.01)
    with serve(Config(progression=Progression.MANUAL)) as running:
        client = vclm.VclmClient(SECRET_ID, SECRET_KEY, endpoint=url(running), backoff=fast)
        job = running.seed("/vclm/stylization-jobs", {})["JobId"]
        client.describe_video_stylization_job(job_id=job)
    with client, pytest.raises(vclm.NetworkError) as caught:  # the emulator has stopped
        client.describe_video_stylization_job(job_id=job)
    assert not isinstance(caught.value, vclm.DeadlineExceeded)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    never = vclm.VclmClient(SECRET_ID, SECRET_KEY, endpoint=f"http://127.0.0.1:{closed_port()}")
    with never, pytest.raises(vclm.NetworkError) as refused:
        never.submit_video_stylization_job(style_id="2d_anime", video_url="https://e.com/a.mov")
    assert isinstance(refused.value.__cause__, httpx.ConnectError)


@pytest.fixture
def hanging_server() -> Iterator[str]:
    """A loopback socket that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_hanging_server_ends_the_call_at_its_deadline(hanging_server: str) -> None:
    """`timeout` covers every attempt: a read-only call (retried) still ends by it.
    (Before, each of 4 attempts had the whole timeout: 0.5 s became over 2 s.)"""
    with tiw.TiwClient(SECRET_ID, SECRET_KEY, endpoint=hanging_server, timeout=0.5) as client:
        start = time.monotonic()
        with pytest.raises(tiw.DeadlineExceeded):
            client.describe_online_record(sdk_app_id=APP, task_id="t")
        assert time.monotonic() - start < 1.5


def test_a_hanging_server_ends_an_async_call_too(hanging_server: str, loop: LoopThread) -> None:
    client = metastudio.AsyncMetaStudioClient(
        HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, endpoint=hanging_server, timeout=0.3
    )
    with pytest.raises(metastudio.DeadlineExceeded):
        loop.run(client.list_digital_human_video())
    loop.run(client.aclose())


def answering(*replies: httpx.Response) -> httpx.MockTransport:
    queue = list(replies)
    return httpx.MockTransport(lambda request: queue.pop(0))


RECORD = {
    "FinishReason": "",
    "TaskId": "t",
    "Status": "RECORDING",
    "RoomId": 1,
    "GroupId": "1",
    "RecordUserId": "u",
    "RecordStartTime": 0,
    "RecordStopTime": 0,
    "TotalTime": 0,
    "ExceptionCnt": 0,
    "OmittedDurations": [],
    "VideoInfos": [],
    "ReplayUrl": None,
    "Interrupts": None,
    "RequestId": "req-1",
}


def tiw_replying(*replies: httpx.Response) -> Any:
    fast = tiw.Backoff(max_attempts=2, base=0.01, cap=0.01)
    return tiw.TiwClient(SECRET_ID, SECRET_KEY, transport=answering(*replies), backoff=fast)


def test_a_malformed_reply_is_an_invalid_reply() -> None:
    client = tiw_replying(httpx.Response(200, text="<html>proxy</html>"))
    with client, pytest.raises(tiw.InvalidReply):
        client.describe_online_record(sdk_app_id=APP, task_id="t")
    bad = answering(httpx.Response(200, text="["))
    hw = metastudio.MetaStudioClient(HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, transport=bad)
    with hw, pytest.raises(metastudio.InvalidReply):
        hw.show_2d_digital_human_video(job_id="j")


def test_a_missing_required_field_is_the_packages_error_naming_it() -> None:
    reply = {key: value for key, value in RECORD.items() if key != "Status"}
    client = tiw_replying(httpx.Response(200, json={"Response": reply}))
    with client, pytest.raises(tiw.InvalidReply) as caught:
        client.describe_online_record(sdk_app_id=APP, task_id="t")
    assert (caught.value.field, caught.value.request_id) == ("Status", "req-1")
    assert "Status" in str(caught.value) and "req-1" in str(caught.value)


def test_a_new_enum_value_and_an_unknown_field_are_kept(caplog: pytest.LogCaptureFixture) -> None:
    reply = {**RECORD, "Status": "ARCHIVED", "FinishReason": "QUOTA", "NewField": {"a": 1}}
    replies = [httpx.Response(200, json={"Response": reply}) for _ in range(2)]
    with caplog.at_level(logging.WARNING), tiw_replying(*replies) as client:
        first = client.describe_online_record(sdk_app_id=APP, task_id="t")
        second = client.describe_online_record(sdk_app_id=APP, task_id="t")
    assert (first.status, first.finish_reason) == ("ARCHIVED", "QUOTA")
    assert second.status == "ARCHIVED"
    assert first.additional_properties["NewField"] == {"a": 1}
    warned = [r.getMessage() for r in caplog.records if "ARCHIVED" in r.getMessage()]
    assert len(warned) == 1 and "DescribeOnlineRecordResponseStatus" in warned[0]
    assert caplog.records[0].name == "tencentcloud_tiw_client"


def test_requests_stay_strict() -> None:
    with pytest.raises(TypeError):
        vclm_models.SubmitVideoStylizationJobRequest.from_dict(
            {"StyleId": "watercolour", "VideoUrl": "https://example.com/a.mov"}
        )


# Credentials, region, endpoint from the environment


def test_tencent_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("TENCENTCLOUD_REGION", "ap-beijing")
    monkeypatch.setenv("TENCENTCLOUD_SESSION_TOKEN", "session-token")
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"Response": RECORD})

    with tiw.TiwClient(transport=httpx.MockTransport(record)) as client:
        client.describe_online_record(sdk_app_id=APP, task_id="t")
    assert client.region == "ap-beijing"
    assert seen[0].headers["X-TC-Region"] == "ap-beijing"
    assert seen[0].headers["X-TC-Token"] == "session-token"
    assert seen[0].headers["Authorization"].split("Credential=")[1].startswith(SECRET_ID)
    shown = repr(client) + repr(client.low_level_client)
    shown += repr(client.low_level_client.get_httpx_client().auth)
    assert "ap-beijing" in shown and SECRET_ID in shown
    assert SECRET_KEY not in shown and "session-token" not in shown
    assert tiw.TiwClient(region="ap-hongkong").region == "ap-hongkong"  # the argument first


def test_huawei_environment_variables(emulator: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", HUAWEI_AK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", HUAWEI_SK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    monkeypatch.setenv("HUAWEICLOUD_SDK_REGION", "cn-east-3")
    assert metastudio.MetaStudioClient().endpoint.startswith("https://metastudio.cn-east-3.")
    with metastudio.MetaStudioClient(endpoint=url(emulator)) as client:
        assert client.project_id == PROJECT
        assert client.list_digital_human_video().count == 0
    assert HUAWEI_SK not in repr(client)
    monkeypatch.delenv("HUAWEICLOUD_SDK_PROJECT_ID")
    with pytest.raises(ValueError, match="HUAWEICLOUD_SDK_PROJECT_ID"):
        metastudio.MetaStudioClient()


def test_the_bearer_token_client_is_not_exported() -> None:
    for package in (tiw, vclm, metastudio):
        assert not hasattr(package, "AuthenticatedClient")
        assert not hasattr(package.client, "AuthenticatedClient")


# Waiters and the paginator


def test_a_waiter_reaches_success() -> None:
    with serve(Config(progression=Progression.POLLS)) as running:
        with vclm.VclmClient(SECRET_ID, SECRET_KEY, endpoint=url(running)) as client:
            job = client.submit_video_stylization_job(
                style_id="2d_anime", video_url="https://example.com/input.mov"
            )
            done = client.wait_until_video_stylization_job_finished(
                job_id=str(job.job_id), interval=0.01
            )
        assert done.status_code == "JobSuccess"
        task = running.seed("/tiw/recording-tasks", {"SdkAppId": APP, "RoomId": 7})["TaskId"]
        with tiw.TiwClient(SECRET_ID, SECRET_KEY, endpoint=url(running)) as tiw_client:
            record = tiw_client.wait_until_online_record_finished(
                sdk_app_id=APP, task_id=task, interval=0.01
            )
            video = tiw_client.create_video_generation_task(
                sdk_app_id=APP, online_record_task_id=task
            )
            generated = tiw_client.wait_until_video_generation_task_finished(
                sdk_app_id=APP, task_id=str(video.task_id), interval=0.01
            )
        assert record.status == "FINISHED"
        assert (generated.status, generated.task_id) == ("FINISHED", video.task_id)


def test_a_waiter_stops_on_a_failure_state(emulator: Running, loop: LoopThread) -> None:
    job = emulator.seed("/vclm/stylization-jobs", {"State": "JobFailed"})["JobId"]
    client = vclm.VclmClient(SECRET_ID, SECRET_KEY, endpoint=url(emulator))
    with client, pytest.raises(vclm.JobFailed) as caught:
        client.wait_until_video_stylization_job_finished(job_id=job, interval=0.01)
    assert caught.value.status == "JobFailed" and caught.value.last.job_id == job
    hw_job = emulator.seed(f"/metastudio/{PROJECT}/jobs", {"state": "FAILED"})["job_id"]
    client_ = metastudio.AsyncMetaStudioClient(
        HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, endpoint=url(emulator)
    )
    with pytest.raises(metastudio.JobFailed) as failed:
        loop.run(client_.wait_until_2d_digital_human_video_finished(job_id=hw_job, interval=0.01))
    assert failed.value.status == "FAILED" and isinstance(failed.value, metastudio.WaiterError)
    loop.run(client_.aclose())


def test_a_waiter_gives_up_at_its_deadline(emulator: Running) -> None:
    job = emulator.seed("/vclm/stylization-jobs", {"State": "JobRunning"})["JobId"]
    with vclm.VclmClient(SECRET_ID, SECRET_KEY, endpoint=url(emulator)) as client:
        start = time.monotonic()
        with pytest.raises(vclm.WaitTimedOut) as caught:
            client.wait_until_video_stylization_job_finished(
                job_id=job, timeout=0.3, interval=0.05, max_interval=0.1
            )
        assert time.monotonic() - start < 3
    assert caught.value.status == "JobRunning"
    polls = [
        request
        for request, _ in emulator.emulator.exchanges
        if request.headers.get("x-tc-action") == "DescribeVideoStylizationJob"
    ]
    assert 2 <= len(polls) <= 10  # polled more than once, with waits in between


def seed_jobs(running: Running, count: int) -> set[str]:
    return {
        running.seed(f"/metastudio/{PROJECT}/jobs", {"asset_name": f"job {n}"})["job_id"]
        for n in range(count)
    }


def list_calls(running: Running) -> int:
    return sum(
        1
        for request, _ in running.emulator.exchanges
        if request.method == "GET" and request.path.endswith("/digital-human-videos")
    )


def test_the_paginator_lists_250_jobs_lazily(emulator: Running, loop: LoopThread) -> None:
    seeded = seed_jobs(emulator, 250)
    with metastudio.MetaStudioClient(
        HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, endpoint=url(emulator)
    ) as client:
        jobs = client.iter_digital_human_videos(page_size=100)
        assert list_calls(emulator) == 0  # nothing fetched before the iteration asks
        first = next(jobs)
        assert list_calls(emulator) == 1
        rest = list(jobs)
    ids = [first.job_id, *(job.job_id for job in rest)]
    assert len(ids) == 250 and set(ids) == seeded
    assert list_calls(emulator) == 3
    async_client = metastudio.AsyncMetaStudioClient(
        HUAWEI_AK, HUAWEI_SK, project_id=PROJECT, endpoint=url(emulator)
    )

    async def collect() -> list[str]:
        return [
            str(job.job_id) async for job in async_client.iter_digital_human_videos(page_size=60)
        ]

    assert sorted(loop.run(collect())) == sorted(seeded)
    loop.run(async_client.aclose())


# README's client examples, run as they are against an emulator


def readme_examples() -> list[str]:
    text = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    section = text.split("## Using a generated client", 1)[1].split("\n## ", 1)[0]
    section = section.split("### ", 1)[0]
    blocks = [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]
    return [block for block in blocks if "tencentcloud.common" not in block]


def test_the_readme_examples_run_against_the_emulator(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    examples = readme_examples()
    assert len(examples) == 3
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", HUAWEI_AK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", HUAWEI_SK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    with serve(Config(progression=Progression.POLLS)) as running:
        running.seed(f"/metastudio/{PROJECT}/jobs", {"asset_name": "done", "state": "SUCCEED"})
        running.seed(f"/metastudio/{PROJECT}/jobs", {"asset_name": "bad", "state": "FAILED"})
        for example in examples:
            code = example.replace("http://127.0.0.1:8080", url(running))
            code = code.replace("timeout=600)", "timeout=30, interval=0.05)")
            code = code.replace(
                "job_id=str(video.job_id))", "job_id=str(video.job_id), interval=0.05)"
            )
            exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "PREPARED 0"  # the recording just started
    assert printed[1].startswith("FailedOperation.TaskNotExist ")
    assert printed[2].startswith("JobSuccess https://")
    assert printed[3].endswith(" SUCCEED")
    assert printed[4].startswith("FAILED DigitalHumanVideo") or printed[4].startswith(
        "FAILED Show2DDigitalHumanVideoResponse("
    )
    assert len(printed) == 5
