"""VCLM stylization jobs end to end with the current Tencent SDK's CommonClient (the actions
left the SDKs): submit, poll to the end, the documented errors, failure injection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

from emulator.config import Config, Progression
from emulator.services.vclm.backend import JOB_LIFETIME_SECONDS, MAX_UNFINISHED_JOBS
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems

VIDEO = "https://cos.ap-guangzhou.myqcloud.com/video.mp4"


def vclm(running: Running) -> CommonClient:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=running.endpoint, protocol="http"))
    return CommonClient(
        "vclm", "2024-05-23", credential.Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", profile
    )


def call(running: Running, action: str, params: dict[str, Any]) -> dict[str, Any]:
    response: dict[str, Any] = vclm(running).call_json(action, params)["Response"]
    return response


def sdk_error(running: Running, action: str, params: dict[str, Any]) -> str:
    with pytest.raises(TencentCloudSDKException) as caught:
        call(running, action, params)
    assert caught.value.get_request_id()
    return str(caught.value.get_code())


def submit(running: Running, **params: Any) -> str:
    job_id: str = call(running, "SubmitVideoStylizationJob", {"VideoUrl": VIDEO, **params})["JobId"]
    return job_id


@pytest.fixture
def polled() -> Iterator[Running]:
    """An emulator whose jobs move one step per describe call; every reply checked."""
    with serve(Config(progression=Progression.POLLS)) as running:
        yield running
        assert spec_problems(running) == []


def test_submit_and_poll_to_job_success(polled: Running) -> None:
    job_id = submit(polled, StyleId="3d_cartoon", StyleStrength="high")
    assert len(job_id) == 32
    seen = []
    for _ in range(5):
        reply = call(polled, "DescribeVideoStylizationJob", {"JobId": job_id})
        seen.append((reply["StatusCode"], reply["StatusMsg"], bool(reply["ResultVideoUrl"])))
        if reply["StatusCode"] == "JobSuccess":
            break
    assert seen == [
        ("JobInit", "初始化中", False),
        ("JobRunning", "处理中", False),
        ("JobSuccess", "处理完成", True),
    ]
    stored = polled.emulator.context.store.get_task("vclm.stylization_job", job_id)
    assert stored is not None
    assert (stored["StyleId"], stored["StyleStrength"], stored["VideoUrl"]) == (
        "3d_cartoon",
        "high",
        VIDEO,
    )


def test_style_strength_defaults_to_medium(emulator: Running) -> None:
    job_id = submit(emulator, StyleId="pixel_art")
    stored = emulator.emulator.context.store.get_task("vclm.stylization_job", job_id)
    assert stored is not None and stored["StyleStrength"] == "medium"


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"StyleId": "oil_painting", "VideoUrl": VIDEO}, "InvalidParameterValue.StyleNotExist"),
        (
            {"StyleId": "2d_anime", "VideoUrl": VIDEO, "StyleStrength": "max"},
            "InvalidParameterValue.StyleStrengthNotExist",
        ),
        ({"StyleId": "2d_anime", "VideoUrl": "not a url"}, "InvalidParameterValue.UrlIllegal"),
        (
            {"StyleId": "2d_anime", "VideoUrl": "ftp://example.com/a.mp4"},
            "InvalidParameterValue.UrlIllegal",
        ),
        (
            {"StyleId": "2d_anime", "VideoUrl": "https://example.com/clip.avi"},
            "InvalidParameterValue.InvalidVideoFormat",
        ),
        ({"StyleId": "2d_anime"}, "MissingParameter"),
        ({"StyleId": "2d_anime", "VideoUrl": 7}, "InvalidParameter"),
        ({"StyleId": "2d_anime", "VideoUrl": VIDEO, "Prompt": "x"}, "UnknownParameter"),
    ],
)
def test_documented_submit_errors(emulator: Running, params: dict[str, Any], code: str) -> None:
    assert sdk_error(emulator, "SubmitVideoStylizationJob", params) == code


def test_a_mov_or_an_extensionless_url_is_accepted(emulator: Running) -> None:
    for url in ("https://example.com/Clip.MOV", "https://example.com/signed?sig=abc"):
        assert submit(emulator, StyleId="3d_china", VideoUrl=url)


def test_too_many_unfinished_jobs(emulator: Running) -> None:
    jobs = [submit(emulator, StyleId="2d_anime") for _ in range(MAX_UNFINISHED_JOBS)]
    params = {"StyleId": "2d_anime", "VideoUrl": VIDEO}
    assert sdk_error(emulator, "SubmitVideoStylizationJob", params) == (
        "RequestLimitExceeded.JobNumExceed"
    )
    emulator.seed(f"/vclm/stylization-jobs/{jobs[0]}/state", {"State": "JobSuccess"})
    assert submit(emulator, StyleId="2d_anime")  # a finished job frees its place


def test_a_job_is_gone_after_48_hours(emulator: Running) -> None:
    job_id = submit(emulator, StyleId="2d_anime")
    clock = emulator.emulator.context.clock
    clock.advance(JOB_LIFETIME_SECONDS - 60)
    # Signatures are checked against real time, so the SDK signs as it always does.
    assert call(emulator, "DescribeVideoStylizationJob", {"JobId": job_id})["JobId"] == job_id
    clock.advance(120)
    assert sdk_error(emulator, "DescribeVideoStylizationJob", {"JobId": job_id}) == (
        "FailedOperation.TaskNotExist"
    )


def test_failure_injection_ends_jobs_in_either_failure_state() -> None:
    with serve(Config(progression=Progression.IMMEDIATE, failure_rate=1.0, seed=3)) as running:
        ends = set()
        for _ in range(8):
            job_id = submit(running, StyleId="2d_anime")
            reply = call(running, "DescribeVideoStylizationJob", {"JobId": job_id})
            assert reply["ResultVideoUrl"] == ""
            ends.add((reply["StatusCode"], reply["StatusMsg"]))
        assert spec_problems(running) == []
    assert ends == {("JobFailed", "处理失败"), ("JobModerationFailed", "审核失败")}


def test_a_moderation_failure_can_be_pinned(emulator: Running) -> None:
    job_id = submit(emulator, StyleId="2d_anime")
    emulator.seed(f"/vclm/stylization-jobs/{job_id}/state", {"State": "JobModerationFailed"})
    reply = call(emulator, "DescribeVideoStylizationJob", {"JobId": job_id})
    assert (reply["StatusCode"], reply["ResultVideoUrl"]) == ("JobModerationFailed", "")
