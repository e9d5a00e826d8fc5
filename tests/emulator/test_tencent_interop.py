"""The official Tencent SDKs, pointed at the emulator, cannot tell it from the cloud:
every documented operation succeeds, and the documented errors arrive as the SDK's
own exception with the right code."""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import pytest
from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.tiw.v20190919 import models, tiw_client

from emulator.config import DEFAULT_SDK_APP_ID, Config, Progression
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.receiver import NO_RECEIVER

REGION = "ap-singapore"


def tiw(
    running: Running, secret_key: str = SECRET_KEY, method: str = "POST"
) -> tiw_client.TiwClient:
    profile = HttpProfile(endpoint=running.endpoint, protocol="http", reqMethod=method)
    return tiw_client.TiwClient(
        credential.Credential(SECRET_ID, secret_key), REGION, ClientProfile(httpProfile=profile)
    )


def vclm(running: Running) -> CommonClient:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=running.endpoint, protocol="http"))
    return CommonClient(
        "vclm", "2024-05-23", credential.Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", profile
    )


def finished_recording(running: Running, **extra: Any) -> str:
    body = {
        "SdkAppId": DEFAULT_SDK_APP_ID,
        "RoomId": 880528,
        "Users": ["Mac_trtc_04"],
        "State": "FINISHED",
        **extra,
    }
    task_id: str = running.seed("/tiw/recording-tasks", body)["TaskId"]
    return task_id


def describe_request(task_id: str) -> models.DescribeOnlineRecordRequest:
    request = models.DescribeOnlineRecordRequest()
    request.SdkAppId, request.TaskId = DEFAULT_SDK_APP_ID, task_id
    return request


def sdk_error(call: Any) -> TencentCloudSDKException:
    with pytest.raises(TencentCloudSDKException) as caught:
        call()
    return caught.value


def test_describe_online_record(emulator: Running) -> None:
    task_id = finished_recording(emulator, MixStream={"Enabled": True, "ModelId": 1})
    response = tiw(emulator).DescribeOnlineRecord(describe_request(task_id))
    assert (response.TaskId, response.Status, response.FinishReason) == (
        task_id,
        "FINISHED",
        "USER_CALL",
    )
    assert response.RoomId == 880528 and response.TotalTime == 60000
    assert sorted(video.VideoType for video in response.VideoInfos) == [0, 2, 3]
    assert response.RequestId


def test_describe_online_record_by_get(emulator: Running) -> None:
    task_id = finished_recording(emulator)
    response = tiw(emulator, method="GET").DescribeOnlineRecord(describe_request(task_id))
    assert response.Status == "FINISHED"


def test_recording_moves_through_its_states(emulator: Running) -> None:
    task_id = emulator.seed("/tiw/recording-tasks", {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 1})[
        "TaskId"
    ]
    client = tiw(emulator)
    seen = []
    for state in ("PREPARED", "RECORDING", "PAUSED", "RECORDING", "STOPPED", "FINISHED"):
        emulator.seed(f"/tiw/recording-tasks/{task_id}/state", {"State": state})
        response = client.DescribeOnlineRecord(describe_request(task_id))
        seen.append((response.Status, response.FinishReason, len(response.VideoInfos)))
    assert seen[0] == ("PREPARED", "", 0)
    assert seen[-2] == ("STOPPED", "USER_CALL", 0)
    assert seen[-1] == ("FINISHED", "USER_CALL", 1)


def test_create_video_generation_task_and_callback(emulator: Running) -> None:
    task_id = finished_recording(emulator)
    emulator.admin.put(
        f"/tiw/apps/{DEFAULT_SDK_APP_ID}/video-generation-callback",
        json={"Callback": f"https://{NO_RECEIVER}/offline/callback", "CallbackKey": "6vg9G7Fd"},
    ).raise_for_status()
    client = tiw(emulator)
    create = models.CreateVideoGenerationTaskRequest()
    create.SdkAppId, create.OnlineRecordTaskId = DEFAULT_SDK_APP_ID, task_id
    create.MixStream = models.MixStream()
    create.MixStream.Enabled, create.MixStream.ModelId = True, 2
    assert len(client.CreateVideoGenerationTask(create).TaskId) == 20
    callback = models.DescribeVideoGenerationTaskCallbackRequest()
    callback.SdkAppId = DEFAULT_SDK_APP_ID
    response = client.DescribeVideoGenerationTaskCallback(callback)
    assert (response.Callback, response.CallbackKey) == (
        f"https://{NO_RECEIVER}/offline/callback",
        "6vg9G7Fd",
    )


def test_describe_video_stylization_job(emulator: Running) -> None:
    job_id = emulator.seed("/vclm/stylization-jobs", {"State": "JobRunning"})["JobId"]
    response = vclm(emulator).call_json("DescribeVideoStylizationJob", {"JobId": job_id})[
        "Response"
    ]
    assert response["StatusCode"] == "JobRunning" and response["StatusMsg"] == "处理中"
    assert response["ResultVideoUrl"] == ""
    emulator.seed(f"/vclm/stylization-jobs/{job_id}/state", {"State": "JobSuccess"})
    done = vclm(emulator).call_json("DescribeVideoStylizationJob", {"JobId": job_id})["Response"]
    assert done["ResultVideoUrl"].startswith("https://")


def test_unknown_task_is_the_documented_error(emulator: Running) -> None:
    error = sdk_error(lambda: tiw(emulator).DescribeOnlineRecord(describe_request("nosuchtask")))
    assert error.get_code() == "InvalidParameter.TaskNotFound"
    assert error.get_request_id()
    missing = sdk_error(
        lambda: vclm(emulator).call_json("DescribeVideoStylizationJob", {"JobId": "x"})
    )
    assert missing.get_code() == "FailedOperation.TaskNotExist"


def test_wrong_secret_key(emulator: Running) -> None:
    error = sdk_error(
        lambda: tiw(emulator, secret_key="wrong").DescribeOnlineRecord(describe_request("t"))
    )
    assert error.get_code() == "AuthFailure.SignatureFailure"


def test_unknown_secret_id(emulator: Running) -> None:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=emulator.endpoint, protocol="http"))
    client = tiw_client.TiwClient(credential.Credential("AKIDunknown", SECRET_KEY), REGION, profile)
    assert (
        sdk_error(lambda: client.DescribeOnlineRecord(describe_request("t"))).get_code()
        == "AuthFailure.SecretIdNotFound"
    )


def test_expired_timestamp(emulator: Running) -> None:
    client = tiw(emulator)
    with mock.patch(
        "time.time", return_value=1_000_000_000
    ):  # the SDK stamps X-TC-Timestamp from it
        error = sdk_error(lambda: client.DescribeOnlineRecord(describe_request("t")))
    assert error.get_code() == "AuthFailure.SignatureExpire"


def test_invalid_parameters(emulator: Running) -> None:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=emulator.endpoint, protocol="http"))
    common = CommonClient(
        "tiw", "2019-09-19", credential.Credential(SECRET_ID, SECRET_KEY), REGION, profile
    )
    cases = {
        "InvalidParameter.BodyParameterTypeUnmatched": {"SdkAppId": "not-a-number", "TaskId": "t"},
        "MissingParameter": {"SdkAppId": DEFAULT_SDK_APP_ID},
        "UnknownParameter": {"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": "t", "Extra": 1},
    }
    for code, params in cases.items():
        error = sdk_error(lambda params=params: common.call_json("DescribeOnlineRecord", params))
        assert error.get_code() == code, (params, error)
    mix = {
        "SdkAppId": DEFAULT_SDK_APP_ID,
        "OnlineRecordTaskId": finished_recording(emulator),
        "MixStream": {"Enabled": True},
    }
    error = sdk_error(lambda: common.call_json("CreateVideoGenerationTask", mix))
    assert error.get_code() == "InvalidParameter.RecordParameter"
    wrong_region = CommonClient(
        "tiw", "2019-09-19", credential.Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", profile
    )
    error = sdk_error(
        lambda: wrong_region.call_json("DescribeOnlineRecord", {"SdkAppId": 1, "TaskId": "t"})
    )
    assert error.get_code() == "UnsupportedRegion"


def test_application_rules(emulator: Running) -> None:
    emulator.seed("/tiw/apps", {"SdkAppId": 1400000002, "Status": "not_registered"})
    emulator.seed("/tiw/apps", {"SdkAppId": 1400000003, "SecretId": "AKIDsomeoneelse"})
    codes = {}
    for app in (1400000002, 1400000003, 1400009999):
        request = models.DescribeOnlineRecordRequest()
        request.SdkAppId, request.TaskId = app, "t"
        codes[app] = sdk_error(
            lambda request=request: tiw(emulator).DescribeOnlineRecord(request)
        ).get_code()
    assert codes == {
        1400000002: "ResourceUnavailable.NotRegistered",
        1400000003: "UnauthorizedOperation.SdkAppId",
        1400009999: "UnauthorizedOperation.SdkAppId",
    }


def test_video_generation_concurrency_limit(emulator: Running) -> None:
    task_id = finished_recording(emulator)
    client = tiw(emulator)
    create = models.CreateVideoGenerationTaskRequest()
    create.SdkAppId, create.OnlineRecordTaskId = DEFAULT_SDK_APP_ID, task_id
    for _ in range(5):
        client.CreateVideoGenerationTask(create)
    assert (
        sdk_error(lambda: client.CreateVideoGenerationTask(create)).get_code()
        == "LimitExceeded.TaskConcurrency"
    )


def test_failed_recording_reports_failed_operation_record(emulator: Running) -> None:
    task_id = finished_recording(emulator, State="FAILED")
    error = sdk_error(lambda: tiw(emulator).DescribeOnlineRecord(describe_request(task_id)))
    assert error.get_code() == "FailedOperation.Record"
    assert (
        json.loads(emulator.emulator.exchanges[-1][1].body)["Response"]["Error"]["Code"]
        == error.get_code()
    )


def test_get_with_flattened_nested_parameters_and_python_booleans(emulator: Running) -> None:
    """The SDK's GET form sends MixStream.Enabled=True and Whiteboard.Width=... as query keys."""
    task_id = finished_recording(emulator)
    create = models.CreateVideoGenerationTaskRequest()
    create.SdkAppId, create.OnlineRecordTaskId = DEFAULT_SDK_APP_ID, task_id
    create.MixStream = models.MixStream()
    create.MixStream.Enabled, create.MixStream.ModelId = True, 1
    create.RecordControl = models.RecordControl()
    create.RecordControl.Enabled = True
    control = models.StreamControl()
    control.StreamId, control.DisableAudio = "tic_record_user", False
    create.RecordControl.StreamControls = [control]
    assert tiw(emulator, method="GET").CreateVideoGenerationTask(create).TaskId
    request = emulator.emulator.exchanges[-1][0]
    assert "MixStream.Enabled=True" in request.raw_query
    assert "RecordControl.StreamControls.0.StreamId=tic_record_user" in request.raw_query


def test_polls_progression_moves_one_step_per_describe() -> None:
    with serve(Config(progression=Progression.POLLS)) as running:
        task_id = running.seed(
            "/tiw/recording-tasks", {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 1}
        )["TaskId"]
        client = tiw(running)
        states = [client.DescribeOnlineRecord(describe_request(task_id)).Status for _ in range(5)]
    assert states == ["PREPARED", "RECORDING", "STOPPED", "FINISHED", "FINISHED"]


def test_failure_injection_ends_every_task_in_failure_when_the_share_is_one() -> None:
    with serve(Config(progression=Progression.IMMEDIATE, failure_rate=1.0)) as running:
        task_id = running.seed(
            "/tiw/recording-tasks", {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 1}
        )["TaskId"]
        error = sdk_error(lambda: tiw(running).DescribeOnlineRecord(describe_request(task_id)))
        assert error.get_code() == "FailedOperation.Record"
        job_id = running.seed("/vclm/stylization-jobs", {})["JobId"]
        assert (
            vclm(running).call_json("DescribeVideoStylizationJob", {"JobId": job_id})["Response"][
                "StatusCode"
            ]
            == "JobFailed"
        )


def test_no_failures_when_the_share_is_zero() -> None:
    with serve(Config(progression=Progression.IMMEDIATE, failure_rate=0.0)) as running:
        task_id = running.seed(
            "/tiw/recording-tasks", {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 1}
        )["TaskId"]
        assert tiw(running).DescribeOnlineRecord(describe_request(task_id)).Status == "FINISHED"
