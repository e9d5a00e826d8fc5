"""The messages the emulator writes for Tencent, in the caller's X-TC-Language: each
service's own errors come back in Chinese for zh-CN and in English for en-US, and every
Tencent-facing ApiError takes its message from the catalogue (emulator/messages.py), so
none can be left English-only."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

from emulator.config import DEFAULT_SDK_APP_ID, Config, Progression
from emulator.http import QUOTE_CHARS
from emulator.messages import CATALOGUE, Text
from emulator.protocols.errors import ApiError
from emulator.protocols.tencent_params import unflatten
from emulator.services.vclm.backend import MAX_UNFINISHED_JOBS
from emulator.services.vclm.job_kinds import JOB_KINDS
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems

ROOT = Path(__file__).resolve().parents[2]
SERVICES = {"tiw": ("2019-09-19", "ap-singapore"), "vclm": ("2024-05-23", "ap-guangzhou")}
VIDEO = "https://cos.ap-guangzhou.myqcloud.com/video.mp4"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield running
        assert spec_problems(running) == []


def client(running: Running, service: str, language: str) -> CommonClient:
    version, region = SERVICES[service]
    http = HttpProfile(endpoint=running.endpoint, protocol="http")
    profile = ClientProfile(httpProfile=http, language=language)
    return CommonClient(
        service, version, credential.Credential(SECRET_ID, SECRET_KEY), region, profile
    )


def error(
    running: Running, service: str, action: str, params: dict[str, Any], language: str
) -> tuple[str, str]:
    with pytest.raises(TencentCloudSDKException) as caught:
        client(running, service, language).call_json(action, params)
    return str(caught.value.get_code()), str(caught.value.get_message())


GENERATION = JOB_KINDS[0]
# (service, action, params, code, en-US message, zh-CN message)
CASES = [
    (
        "tiw",
        "DescribeOnlineRecord",
        {"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": "no-such-task"},
        "InvalidParameter.TaskNotFound",
        "The task `no-such-task` does not exist.",
        "任务 `no-such-task` 不存在。",
    ),
    (
        "tiw",
        "CreateVideoGenerationTask",
        {"SdkAppId": DEFAULT_SDK_APP_ID, "OnlineRecordTaskId": "no-such-recording"},
        "FailedOperation",
        "The recording task does not exist.",
        "录制任务不存在。",
    ),
    (
        "vclm",
        "DescribeVideoStylizationJob",
        {"JobId": "0" * 32},
        "FailedOperation.TaskNotExist",
        f"The job `{'0' * 32}` does not exist.",
        f"任务 `{'0' * 32}` 不存在。",
    ),
    (
        "vclm",
        GENERATION.describe_action,
        {"JobId": "1234"},
        GENERATION.not_found_code,
        "The job `1234` does not exist.",
        "任务 `1234` 不存在。",
    ),
    (
        "vclm",
        "DescribeAigcElement",
        {"ElementId": "elem_missing"},
        "InvalidParameterValue",
        "The subject `elem_missing` does not exist.",
        "主体 `elem_missing` 不存在。",
    ),
    (
        "vclm",
        "SubmitVideoStylizationJob",
        {"StyleId": "2d_anime", "VideoUrl": VIDEO[:-4] + ".avi"},
        "InvalidParameterValue.InvalidVideoFormat",
        "The input video must be mp4 or mov, not `.avi`.",
        "输入视频必须是 mp4 或 mov 格式，不能是 `.avi`。",
    ),
]


@pytest.mark.parametrize(
    ("service", "action", "params", "code", "english", "chinese"),
    CASES,
    ids=[f"{case[0]}-{case[1]}-{case[3]}" for case in CASES],
)
def test_a_service_error_follows_the_language(
    server: Running,
    service: str,
    action: str,
    params: dict[str, Any],
    code: str,
    english: str,
    chinese: str,
) -> None:
    assert error(server, service, action, params, "zh-CN") == (code, chinese)
    assert error(server, service, action, params, "en-US") == (code, english)


def test_a_limit_reached_follows_the_language() -> None:
    with serve(Config(progression=Progression.MANUAL)) as running:
        params = {"StyleId": "2d_anime", "VideoUrl": VIDEO}
        for _ in range(MAX_UNFINISHED_JOBS):
            client(running, "vclm", "en-US").call_json("SubmitVideoStylizationJob", params)
        messages = {
            language: error(running, "vclm", "SubmitVideoStylizationJob", params, language)
            for language in ("zh-CN", "en-US")
        }
    code = "RequestLimitExceeded.JobNumExceed"
    assert messages == {
        "zh-CN": (code, f"未完成的视频风格化任务最多 {MAX_UNFINISHED_JOBS} 个。"),
        "en-US": (
            code,
            f"At most {MAX_UNFINISHED_JOBS} stylization jobs may be unfinished at once.",
        ),
    }


def describe_in_both(
    running: Running, action: str, params: dict[str, Any], field: str
) -> dict[str, Any]:
    return {
        language: client(running, "vclm", language).call_json(action, params)["Response"][field]
        for language in ("zh-CN", "en-US")
    }


def test_reply_messages_follow_the_language(server: Running) -> None:
    """What a Describe reply says in words: a portrait job's StatusMsg, why a job or a
    subject failed (ErrorMessage)."""
    portrait = server.seed("/vclm/jobs/PortraitSing", {"State": "RUN"})["JobId"]
    assert describe_in_both(
        server, "DescribePortraitSingJob", {"JobId": portrait}, "StatusMsg"
    ) == {
        "zh-CN": "运行中",
        "en-US": "running",
    }
    failed = server.seed(f"/vclm/jobs/{GENERATION.name}", {"State": "FAIL"})["JobId"]
    reasons = describe_in_both(
        server, GENERATION.describe_action, {"JobId": failed}, "ErrorMessage"
    )
    assert (reasons["en-US"], reasons["zh-CN"]) in [
        (str(message), message.chinese) for _, message in GENERATION.failures
    ]
    element = server.seed("/vclm/aigc-elements", {"State": "failed"})["ElementId"]
    details = describe_in_both(
        server, "DescribeAigcElement", {"ElementId": element}, "ProviderDetails"
    )
    assert {language: d[0]["ErrorMessage"] for language, d in details.items()} == {
        "zh-CN": "无法根据参考素材生成主体。",
        "en-US": "The reference could not be turned into a subject.",
    }


def test_a_quoted_value_stays_clipped_in_both_languages(server: Running) -> None:
    long_id = "x" * 1000
    params = {"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": long_id}
    for language in ("zh-CN", "en-US"):
        _, message = error(server, "tiw", "DescribeOnlineRecord", params, language)
        assert long_id[: QUOTE_CHARS + 1] not in message
        assert "x" * QUOTE_CHARS + "..." in message


def test_a_flattened_parameter_error_is_catalogued() -> None:
    with pytest.raises(ApiError) as caught:
        unflatten([(".".join(["A"] * 100), "1")], {}, lambda node: node)
    message = caught.value.message
    assert isinstance(message, Text) and CJK.search(message.chinese)


# ---- every Tencent-facing message is catalogued ---------------------------------------------

# Where ApiErrors for Tencent are raised: the Tencent services and the Tencent protocol.
# MetaStudio is Huawei's: its gateway answers in English only.
TENCENT_SOURCES = [
    *sorted((ROOT / "emulator" / "services" / "tiw").glob("*.py")),
    *sorted((ROOT / "emulator" / "services" / "vclm").glob("*.py")),
    *sorted((ROOT / "emulator" / "protocols").glob("tencent*.py")),
]


def _message_argument(call: ast.Call) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "message":
            return keyword.value
    return call.args[1] if len(call.args) > 1 else None


def uncatalogued_messages(source: str) -> list[str]:
    """ApiError(...) calls whose message is not the catalogue's: a literal, an f-string,
    a concatenation or a str()/format() of something; and text() calls naming a key the
    catalogue lacks."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name == "text":
            key = node.args[0] if node.args else None
            known = isinstance(key, ast.Constant) and key.value in CATALOGUE
            # A key computed at run time must be a parameter (invalid_status's key).
            if not known and not isinstance(key, ast.Name):
                problems.append(f"line {node.lineno}: text() of an unknown key")
        if name != "ApiError":
            continue
        message = _message_argument(node)
        if message is None:
            problems.append(f"line {node.lineno}: ApiError without a message")
        elif isinstance(message, ast.Call):
            called = message.func
            if not (isinstance(called, ast.Name) and called.id == "text"):
                problems.append(f"line {node.lineno}: message is {ast.unparse(message)}")
        elif not isinstance(message, ast.Name):
            problems.append(f"line {node.lineno}: message is {ast.unparse(message)}")
    return problems


@pytest.mark.parametrize("path", TENCENT_SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_tencent_api_error_takes_a_catalogued_text(path: Path) -> None:
    assert uncatalogued_messages(path.read_text(encoding="utf-8")) == []


def test_the_scan_finds_an_uncatalogued_message() -> None:
    source = (
        'raise ApiError("X", f"The task `{task_id}` does not exist.")\n'
        'raise ApiError("X", "plain")\n'
        'raise ApiError("X", str(error))\n'
        'raise ApiError("X", text("no.such.key"))\n'
        'raise ApiError("X", text("tiw.recording_missing"))\n'
    )
    assert [problem.split(":")[0] for problem in uncatalogued_messages(source)] == [
        "line 1",
        "line 2",
        "line 3",
        "line 4",
    ]


def test_the_catalogued_constants_are_texts() -> None:
    """The messages held in names (RECORD_FAILURE) are catalogued Texts too."""
    from emulator.services.tiw.backend import RECORD_FAILURE

    assert isinstance(RECORD_FAILURE, Text) and CJK.search(RECORD_FAILURE.chinese)


def _fields(wording: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(wording) if field}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_each_entry_has_a_chinese_wording_with_the_same_fields(key: str) -> None:
    english, chinese = CATALOGUE[key]
    assert CJK.search(chinese), chinese
    assert not CJK.search(english), english
    assert _fields(chinese) == _fields(english)
