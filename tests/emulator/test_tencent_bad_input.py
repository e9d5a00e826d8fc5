"""Bad input always gets Tencent's error envelope (HTTP 200, Response.Error), never a 500."""

from __future__ import annotations

import time

import httpx
import pytest

from clouds.tencentcloud import tc3
from emulator.config import Config, Progression
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve

HEADERS = {"X-TC-Version": "2019-09-19", "X-TC-Region": "ap-singapore"}


def send(
    running: Running,
    body: bytes,
    action: str = "DescribeOnlineRecord",
    content_type: str = "application/json",
    method: str = "POST",
    service: str = "tiw",
    extra: dict[str, str] | None = None,
) -> dict[str, object]:
    """A request signed correctly over exactly these bytes."""
    timestamp = int(time.time())
    host = running.endpoint
    authorization = tc3.authorization(
        SECRET_ID, SECRET_KEY, service, timestamp, method, host, content_type, "", body
    )
    headers = {
        **HEADERS,
        "X-TC-Action": action,
        "X-TC-Timestamp": str(timestamp),
        "Content-Type": content_type,
        "Authorization": authorization,
        **(extra or {}),
    }
    response = httpx.request(method, f"http://{host}/", content=body, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    inner: dict[str, object] = response.json()["Response"]
    assert isinstance(inner["RequestId"], str)
    return inner


def code(inner: dict[str, object]) -> str:
    error = inner["Error"]
    assert isinstance(error, dict)
    return str(error["Code"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"{not json", "InvalidParameter"),
        (b"\xff\xfe\x00garbage", "InvalidParameter"),
        (b"[1, 2]", "InvalidParameter"),
        (b'{"SdkAppId": 1.5, "TaskId": "t"}', "InvalidParameter.BodyParameterTypeUnmatched"),
        (b'{"SdkAppId": 1, "TaskId": null}', "InvalidParameter.BodyParameterTypeUnmatched"),
        (b'{"SdkAppId": 1}', "MissingParameter"),
        (b'{"SdkAppId": 1, "TaskId": "t", "Whatever": {}}', "UnknownParameter"),
        # Integer is a 64-bit integer: beyond it the value is invalid (and never stored).
        (b'{"SdkAppId": 9223372036854775808, "TaskId": "t"}', "InvalidParameterValue"),
        (b'{"SdkAppId": -9223372036854775809, "TaskId": "t"}', "InvalidParameterValue"),
        (b'{"SdkAppId": 1' + b"0" * 40 + b', "TaskId": "t"}', "InvalidParameterValue"),
    ],
)
def test_malformed_bodies(emulator: Running, body: bytes, expected: str) -> None:
    assert code(send(emulator, body)) == expected


def test_unknown_action_and_version(emulator: Running) -> None:
    assert code(send(emulator, b"{}", action="DescribeNothing")) == "InvalidAction"
    assert code(send(emulator, b"{}", extra={"X-TC-Version": "2000-01-01"})) == "NoSuchVersion"


def test_content_type_with_charset_is_accepted(emulator: Running) -> None:
    body = b'{"SdkAppId": 1400000001, "TaskId": "nosuchtask"}'
    assert (
        code(send(emulator, body, content_type="application/json; charset=utf-8"))
        == "InvalidParameter.TaskNotFound"
    )


def test_unsupported_method_and_missing_auth(emulator: Running) -> None:
    response = httpx.put(
        f"http://{emulator.endpoint}/",
        content=b"{}",
        headers={"X-TC-Action": "DescribeOnlineRecord"},
    )
    assert response.status_code == 200
    assert response.json()["Response"]["Error"]["Code"] == "UnsupportedProtocol"
    bare = httpx.post(
        f"http://{emulator.endpoint}/",
        content=b"{}",
        headers={"X-TC-Action": "DescribeOnlineRecord"},
    )
    assert bare.json()["Response"]["Error"]["Code"] == "AuthFailure.InvalidAuthorization"


def test_nested_parameter_errors_name_the_field(emulator: Running) -> None:
    body = b'{"SdkAppId": 1400000001, "OnlineRecordTaskId": "t", "Whiteboard": {"Width": 1}}'
    inner = send(emulator, body, action="CreateVideoGenerationTask")
    assert code(inner) == "InvalidParameterValue"
    assert "Whiteboard.Width" in str(inner["Error"])


def test_oversized_body() -> None:
    with serve(Config(progression=Progression.MANUAL, max_body_bytes=1024)) as running:
        inner = send(running, b'{"SdkAppId": 1, "TaskId": "' + b"x" * 4096 + b'"}')
        assert code(inner) == "RequestSizeLimitExceeded"


def test_no_auth_mode_routes_by_action() -> None:
    with serve(Config(progression=Progression.MANUAL, auth=False)) as running:
        response = httpx.post(
            f"http://{running.endpoint}/",
            json={"JobId": "nope"},
            headers={
                "X-TC-Action": "DescribeVideoStylizationJob",
                "X-TC-Version": "2024-05-23",
                "X-TC-Timestamp": "0",
            },
        )
    assert response.json()["Response"]["Error"]["Code"] == "FailedOperation.TaskNotExist"
