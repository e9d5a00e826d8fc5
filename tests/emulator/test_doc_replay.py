"""Replay of the documentation: each documented example request, with matching state
seeded, gets a reply shaped like the documented example reply (keys, types, enum values).
The examples' callback URLs (the vendor's example.com) are sent to a loopback address."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from clouds.tencentcloud.tc3 import TC3Auth
from contract.callbacks import send_callbacks_to
from emulator.config import DEFAULT_HUAWEI_CREDENTIALS, Config, Progression
from speclib.bundle import bundle_spec
from speclib.catalog import SPECS
from speclib.walk import operations, resolve
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.receiver import NO_RECEIVER
from tests.support.reply_checks import spec_problems

DOC_PROJECT = "0d697589d98091f12f92c0073501cd79"


@pytest.fixture
def emulator() -> Iterator[Running]:
    """The emulator, its local AK bound to the documented examples' project instead."""
    config = Config(
        progression=Progression.MANUAL,
        huawei_projects=dict.fromkeys(DEFAULT_HUAWEI_CREDENTIALS, DOC_PROJECT),
    )
    with serve(config) as running:
        yield running
        assert spec_problems(running) == []


def documented(spec: str, operation_id: str) -> tuple[Any, Any]:
    """The first documented (request, success reply) example values of an operation."""
    document = bundle_spec(SPECS / spec / "openapi.yaml")
    operation = next(op for op in operations(document) if op.operation_id == operation_id).node
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    values = [resolve(document, example)["value"] for example in examples.values()]
    reply = next(value for value in values if "Error" not in value.get("Response", {}))
    body = (
        operation.get("requestBody", {})
        .get("content", {})
        .get("application/json", {})
        .get("examples")
    )
    request = resolve(document, next(iter(body.values())))["value"] if body else None
    for value in (request, reply):  # fresh copies: the document was bundled for this call
        send_callbacks_to(value, f"http://{NO_RECEIVER}")
    return request, reply


def shape(value: Any) -> Any:
    """Keys and JSON types, lists merged over their items."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        merged: dict[str, Any] = {}
        kinds = set()
        for item in value:
            item_shape = shape(item)
            if isinstance(item_shape, dict):
                merged.update(item_shape)
            else:
                kinds.add(item_shape)
        return [merged] if merged else sorted(kinds)
    return type(value).__name__


def assert_same_shape(documented_reply: Any, reply: Any, where: str = "") -> None:
    """Every documented key is there with the documented type (replies may carry more)."""
    want, have = shape(documented_reply), shape(reply)
    _compare(want, have, where)


def _compare(want: Any, have: Any, where: str) -> None:
    if isinstance(want, dict):
        assert isinstance(have, dict), where
        for key, item in want.items():
            assert key in have, f"{where}.{key} missing"
            _compare(item, have[key], f"{where}.{key}")
    elif isinstance(want, list):
        assert isinstance(have, list), where
        if want and have:
            _compare(want[0], have[0], f"{where}[]")
    elif want != "NoneType":  # a documented null may be a value once the state says so
        assert want == have, f"{where}: {want} != {have}"


def tencent(
    running: Running, service: str, version: str, region: str, action: str, body: Any
) -> Any:
    auth = TC3Auth(SECRET_ID, SECRET_KEY, service=service, version=version, region=region)
    with httpx.Client(auth=auth) as client:
        reply = client.post(
            f"http://{running.endpoint}/", json=body, headers={"X-TC-Action": action}
        )
    return reply.json()


def test_describe_online_record(emulator: Running) -> None:
    request, reply = documented("tencentcloud/tiw/2019-09-19", "DescribeOnlineRecord")
    emulator.seed(
        "/tiw/recording-tasks",
        {
            "TaskId": request["TaskId"],
            "SdkAppId": request["SdkAppId"],
            "RoomId": 880528,
            "Users": ["Mac_trtc_04"],
            "MixStream": {"Enabled": True, "ModelId": 1},
            "RecordMode": "VIDEO_GENERATION_MODE",
            "State": "FINISHED",
        },
    )
    got = tencent(emulator, "tiw", "2019-09-19", "ap-singapore", "DescribeOnlineRecord", request)
    assert_same_shape(reply, got)
    inner, doc = got["Response"], reply["Response"]
    assert (inner["Status"], inner["FinishReason"], inner["TaskId"]) == (
        doc["Status"],
        doc["FinishReason"],
        doc["TaskId"],
    )
    assert {v["VideoType"] for v in inner["VideoInfos"]} == {
        v["VideoType"] for v in doc["VideoInfos"]
    }


def test_create_video_generation_task(emulator: Running) -> None:
    request, reply = documented("tencentcloud/tiw/2019-09-19", "CreateVideoGenerationTask")
    emulator.seed(
        "/tiw/recording-tasks",
        {
            "TaskId": request["OnlineRecordTaskId"],
            "SdkAppId": request["SdkAppId"],
            "RoomId": 1,
            "State": "FINISHED",
        },
    )
    got = tencent(
        emulator, "tiw", "2019-09-19", "ap-singapore", "CreateVideoGenerationTask", request
    )
    assert_same_shape(reply, got)
    assert len(got["Response"]["TaskId"]) == len(reply["Response"]["TaskId"])


def test_describe_video_generation_task_callback(emulator: Running) -> None:
    request, reply = documented(
        "tencentcloud/tiw/2019-09-19", "DescribeVideoGenerationTaskCallback"
    )
    documented_reply = reply["Response"]
    emulator.admin.put(
        f"/tiw/apps/{request['SdkAppId']}/video-generation-callback",
        json={
            "Callback": documented_reply["Callback"],
            "CallbackKey": documented_reply["CallbackKey"],
        },
    ).raise_for_status()
    got = tencent(
        emulator,
        "tiw",
        "2019-09-19",
        "ap-singapore",
        "DescribeVideoGenerationTaskCallback",
        request,
    )
    assert_same_shape(reply, got)
    assert got["Response"]["Callback"] == documented_reply["Callback"]


TIW = ("tencentcloud/tiw/2019-09-19", "tiw", "2019-09-19", "ap-singapore")


def replay(running: Running, operation_id: str, request: Any | None = None) -> tuple[Any, Any]:
    documented_request, reply = documented(TIW[0], operation_id)
    got = tencent(running, *TIW[1:], operation_id, request or documented_request)
    assert_same_shape(reply, got)
    return got, reply


def test_recording_actions(emulator: Running) -> None:
    """Start, pause, resume and stop as documented; each documented task is started here."""
    got, reply = replay(emulator, "StartOnlineRecord")
    assert len(got["Response"]["TaskId"]) == len(reply["Response"]["TaskId"])
    started = got["Response"]["TaskId"]
    emulator.seed(f"/tiw/recording-tasks/{started}/state", {"State": "RECORDING"})
    for action in ("PauseOnlineRecord", "ResumeOnlineRecord", "StopOnlineRecord"):
        request, _ = documented(TIW[0], action)
        got, _ = replay(emulator, action, {**request, "TaskId": started})
        assert "Error" not in got["Response"], (action, got)


def test_callback_actions(emulator: Running) -> None:
    for action in (
        "SetOnlineRecordCallback",
        "SetOnlineRecordCallbackKey",
        "SetVideoGenerationTaskCallback",
        "SetVideoGenerationTaskCallbackKey",
    ):
        got, _ = replay(emulator, action)
        assert "Error" not in got["Response"], (action, got)
    got, reply = replay(emulator, "DescribeOnlineRecordCallback")
    assert got["Response"]["Callback"] == reply["Response"]["Callback"]
    assert got["Response"]["CallbackKey"] == reply["Response"]["CallbackKey"]


def test_describe_video_generation_task(emulator: Running) -> None:
    request, reply = documented(TIW[0], "DescribeVideoGenerationTask")
    recording = emulator.seed(
        "/tiw/recording-tasks",
        {"SdkAppId": request["SdkAppId"], "RoomId": 900822, "State": "FINISHED"},
    )["TaskId"]
    created = tencent(
        emulator,
        *TIW[1:],
        "CreateVideoGenerationTask",
        {"SdkAppId": request["SdkAppId"], "OnlineRecordTaskId": recording},
    )["Response"]["TaskId"]
    emulator.seed(f"/tiw/video-generation-tasks/{created}/state", {"State": "FINISHED"})
    got, _ = replay(emulator, "DescribeVideoGenerationTask", {**request, "TaskId": created})
    inner, doc = got["Response"], reply["Response"]
    assert (inner["Status"], inner["RoomId"], inner["GroupId"]) == (
        doc["Status"],
        doc["RoomId"],
        doc["GroupId"],
    )


def test_describe_video_stylization_job(emulator: Running) -> None:
    request, reply = documented("tencentcloud/vclm/2024-05-23", "DescribeVideoStylizationJob")
    emulator.seed(
        "/vclm/stylization-jobs",
        {"JobId": request["JobId"], "State": reply["Response"]["StatusCode"]},
    )
    got = tencent(
        emulator, "vclm", "2024-05-23", "ap-guangzhou", "DescribeVideoStylizationJob", request
    )
    assert_same_shape(reply, got)
    inner, doc = got["Response"], reply["Response"]
    assert (inner["StatusCode"], inner["StatusMsg"], inner["ResultVideoUrl"]) == (
        doc["StatusCode"],
        doc["StatusMsg"],
        doc["ResultVideoUrl"],
    )


def test_list_digital_human_video(emulator: Running) -> None:
    _, reply = documented("huaweicloud/metastudio/v1", "ListDigitalHumanVideo")
    job = reply["jobs"][0]
    emulator.seed(
        f"/metastudio/{DOC_PROJECT}/jobs",
        {
            "job_type": "2D_DIGITAL_HUMAN_VIDEO",
            "asset_name": job["output_asset_config"]["asset_name"],
            "duration": job["duration"],
            "state": job["state"],
        },
    )
    ak, sk = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
    with httpx.Client(auth=SdkHmacAuth(ak, sk, project_id=DOC_PROJECT)) as client:
        got = client.get(f"http://{emulator.endpoint}/v1/{DOC_PROJECT}/digital-human-videos").json()
    assert_same_shape(reply, got)
    assert (got["count"], got["jobs"][0]["state"]) == (reply["count"], job["state"])


def test_submit_video_stylization_job(emulator: Running) -> None:
    request, reply = documented("tencentcloud/vclm/2024-05-23", "SubmitVideoStylizationJob")
    got = tencent(
        emulator, "vclm", "2024-05-23", "ap-guangzhou", "SubmitVideoStylizationJob", request
    )
    assert_same_shape(reply, got)
    assert len(got["Response"]["JobId"]) == len(reply["Response"]["JobId"])


def test_create_digital_human_videos(emulator: Running) -> None:
    """The example bodies create jobs, and the example shows have the shape of their replies."""
    ak, sk = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
    base = f"http://{emulator.endpoint}/v1/{DOC_PROJECT}"
    with httpx.Client(auth=SdkHmacAuth(ak, sk, project_id=DOC_PROJECT)) as client:
        for kind, path in (
            ("2D", "2d-digital-human-videos"),
            ("Photo", "photo-digital-human-videos"),
        ):
            request, reply = documented(
                "huaweicloud/metastudio/v1", f"Create{kind}DigitalHumanVideo"
            )
            created = client.post(f"{base}/{path}", json=request)
            assert created.status_code == 200
            assert_same_shape(reply, created.json())
            _, shown = documented("huaweicloud/metastudio/v1", f"Show{kind}DigitalHumanVideo")
            job_id = created.json()["job_id"]
            emulator.seed(
                f"/metastudio/{DOC_PROJECT}/jobs/{job_id}/state", {"state": shown["state"]}
            )
            got = client.get(f"{base}/{path}/{job_id}", params={"show_script": "true"}).json()
            assert_same_shape(shown, got)
