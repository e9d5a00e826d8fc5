"""The emulator in the test's own process: every cloud through the httpx transport (signed
as over HTTP, by the generated clients and by the clouds' signers), sync and asyncio, no
socket opened; event callbacks delivered to a receiver in the process."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clouds.huaweicloud import sdk_hmac
from clouds.tencentcloud import tc3
from emulator.in_process import ENDPOINT, InProcessEmulator
from speclib.catalog import REPOSITORY
from tests.support.credentials import HUAWEI_AK, HUAWEI_SK, SECRET_ID, SECRET_KEY

for name in (
    "tencentcloud-tiw-client",
    "tencentcloud-vclm-client",
    "huaweicloud-metastudio-client",
):
    sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / name))

import huaweicloud_metastudio_client as metastudio  # noqa: E402
import tencentcloud_tiw_client as tiw  # noqa: E402
import tencentcloud_vclm_client as vclm  # noqa: E402
from tencentcloud_tiw_client.callbacks import parse_callback  # noqa: E402

KEY = "6vg9G7Fd"


@pytest.fixture
def emulator() -> Iterator[InProcessEmulator]:
    with InProcessEmulator(progression="manual") as running:
        yield running


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any socket the test opens fails it: in-process means no network, not even loopback."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("an in-process call opened a socket")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def seed(emulator: InProcessEmulator, path: str, body: dict[str, Any]) -> dict[str, Any]:
    with emulator.client() as client:
        reply = client.post(f"/_emulator{path}", json=body)
    assert reply.status_code in (200, 201), reply.text
    result: dict[str, Any] = reply.json()
    return result


@pytest.mark.usefixtures("no_sockets")
def test_tiw_through_the_generated_client_sync_and_async(emulator: InProcessEmulator) -> None:
    app = emulator.sdk_app_id
    task = seed(emulator, "/tiw/recording-tasks", {"SdkAppId": app, "RoomId": 7})["TaskId"]
    # No endpoint: the cloud's own host is what is signed and sent; no socket is opened.
    with tiw.TiwClient(SECRET_ID, SECRET_KEY, transport=emulator.transport()) as client:
        record = client.describe_online_record(sdk_app_id=app, task_id=task)
        with pytest.raises(tiw.TencentCloudError) as failure:
            client.describe_online_record(sdk_app_id=app, task_id="missing")
    assert (record.task_id, record.room_id) == (task, 7)
    assert failure.value.code == "InvalidParameter.TaskNotFound"
    assert len(failure.value.request_id or "") == 36

    async def described() -> Any:
        async with tiw.AsyncTiwClient(
            SECRET_ID, SECRET_KEY, transport=emulator.transport()
        ) as client:
            return await client.describe_online_record(sdk_app_id=app, task_id=task)

    assert asyncio.run(described()).task_id == task


@pytest.mark.usefixtures("no_sockets")
def test_a_wrong_key_is_refused_in_process_as_over_http(emulator: InProcessEmulator) -> None:
    client = tiw.TiwClient(SECRET_ID, "wrong" + SECRET_KEY, transport=emulator.transport())
    with client, pytest.raises(tiw.TencentCloudError) as failure:
        client.describe_online_record(sdk_app_id=emulator.sdk_app_id, task_id="t")
    assert failure.value.code == "AuthFailure.SignatureFailure"


@pytest.mark.usefixtures("no_sockets")
def test_vclm_and_metastudio_through_the_generated_clients(emulator: InProcessEmulator) -> None:
    with vclm.VclmClient(
        SECRET_ID, SECRET_KEY, region="ap-guangzhou", transport=emulator.transport()
    ) as client:
        job = client.submit_video_stylization_job(
            style_id="2d_anime", video_url="https://example.com/input.mov"
        )
        described = client.describe_video_stylization_job(job_id=str(job.job_id))
    assert described.status_code == "JobInit"
    project = emulator.huawei_project
    job_id = seed(emulator, f"/metastudio/{project}/jobs", {})["job_id"]
    with metastudio.MetaStudioClient(
        HUAWEI_AK, HUAWEI_SK, project_id=project, transport=emulator.transport()
    ) as hw:
        page = hw.list_digital_human_video()
    assert [job.job_id for job in page.jobs or []] == [job_id]


@pytest.mark.usefixtures("no_sockets")
def test_calls_signed_by_the_clouds_signers_over_a_plain_httpx_client(
    emulator: InProcessEmulator,
) -> None:
    """TC3 and SDK-HMAC from clouds/, on bytes the test chose, through httpx.Client."""
    host = ENDPOINT.removeprefix("http://")
    body = json.dumps({"SdkAppId": emulator.sdk_app_id, "TaskId": "absent"}).encode()
    now = int(time.time())
    tencent = {
        "Content-Type": "application/json",
        "X-TC-Action": "DescribeOnlineRecord",
        "X-TC-Version": "2019-09-19",
        "X-TC-Region": "ap-singapore",
        "X-TC-Timestamp": str(now),
        "Authorization": tc3.authorization(
            SECRET_ID, SECRET_KEY, "tiw", now, "POST", host, "application/json", "", body
        ),
    }
    with emulator.client() as client:
        reply = client.post("/", content=body, headers=tencent)
        assert reply.json()["Response"]["Error"]["Code"] == "InvalidParameter.TaskNotFound"
        signed = tencent["Authorization"]  # its last hex digit changed
        tencent["Authorization"] = signed[:-1] + ("1" if signed[-1] == "0" else "0")
        forged = client.post("/", content=body, headers=tencent).json()["Response"]["Error"]
        assert forged["Code"] == "AuthFailure.SignatureFailure"
        path = f"/v1/{emulator.huawei_project}/digital-human-videos"
        huawei = {
            "Host": host,
            "Content-Type": "application/json",
            sdk_hmac.DATE_HEADER: time.strftime(sdk_hmac.DATE_FORMAT, time.gmtime()),
        }
        huawei["Authorization"] = sdk_hmac.authorization(
            HUAWEI_AK, HUAWEI_SK, "GET", path, [], huawei, b""
        )
        listed = client.get(path, headers=huawei)
    assert listed.status_code == 200, listed.text
    assert listed.json()["count"] == 0


def test_a_callback_is_delivered_to_the_receiver_in_the_process() -> None:
    with InProcessEmulator(progression="immediate") as emulator:
        app = emulator.sdk_app_id
        url = emulator.callbacks.url("/tiw/events")
        with tiw.TiwClient(SECRET_ID, SECRET_KEY, transport=emulator.transport()) as client:
            client.set_video_generation_task_callback(sdk_app_id=app, callback=url)
            client.set_video_generation_task_callback_key(sdk_app_id=app, callback_key=KEY)
            recording = seed(emulator, "/tiw/recording-tasks", {"SdkAppId": app, "RoomId": 3})
            video = client.create_video_generation_task(
                sdk_app_id=app, online_record_task_id=recording["TaskId"]
            )
        [received] = emulator.callbacks.wait_for(1)
        assert received.url == url and received.path == "/tiw/events"
        event = parse_callback(received.body, KEY)
        assert event.event_type == "VideoGenerationFinished"
        with emulator.client() as admin:
            listed = admin.get("/_emulator/callback-deliveries").json()["deliveries"]
        [delivery] = [d for d in listed if d["EventType"] == "VideoGenerationFinished"]
    assert received.json()["EventData"]["TaskId"] == video.task_id
    assert delivery["Status"] == "delivered" and delivery["Url"] == url


def test_a_receiver_refusal_is_retried_in_process() -> None:
    with InProcessEmulator(progression="immediate", callback_backoff_seconds=30.0) as emulator:
        emulator.callbacks.script.append(503)
        app = emulator.sdk_app_id
        with tiw.TiwClient(SECRET_ID, SECRET_KEY, transport=emulator.transport()) as client:
            client.set_video_generation_task_callback(
                sdk_app_id=app, callback=emulator.callbacks.url()
            )
            recording = seed(emulator, "/tiw/recording-tasks", {"SdkAppId": app, "RoomId": 4})
            client.create_video_generation_task(
                sdk_app_id=app, online_record_task_id=recording["TaskId"]
            )
        emulator.callbacks.wait_for(1)
        seed(emulator, "/clock/advance", {"seconds": 30})
        second = emulator.callbacks.wait_for(2)
        # The receiver has the second attempt; its outcome is recorded once the reply is in.
        deadline = time.monotonic() + 10
        while True:
            with emulator.client() as admin:
                listed = admin.get("/_emulator/callback-deliveries").json()["deliveries"]
            [delivery] = [d for d in listed if d["EventType"] == "VideoGenerationFinished"]
            if delivery["Status"] != "pending" or time.monotonic() > deadline:
                break
            time.sleep(0.02)
    assert len(second) == 2
    assert [a["HttpStatus"] for a in delivery["Attempts"]] == [503, 200]


def test_the_transport_answers_from_inside_a_running_loop(emulator: InProcessEmulator) -> None:
    """A sync client called from async code (a common test shape) does not deadlock."""

    async def inside() -> int:
        with httpx.Client(transport=emulator.transport(), base_url=ENDPOINT) as client:
            return client.get("/_emulator/state").status_code

    assert asyncio.run(inside()) == 200
