"""The client runtime: typed errors raised where a reply is read (never in the transport),
retry rules, one deadline over every attempt, backoff, credentials, secrets kept out."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest

from clouds.client_errors import DeadlineExceeded, InvalidReply, NetworkError
from clouds.huaweicloud import client_runtime as huawei_runtime
from clouds.huaweicloud.client_runtime import HuaweiCloudError, ReadOnlyOperations, auth_from
from clouds.huaweicloud.client_runtime import http_clients as huawei_clients
from clouds.retry import DEADLINE, Backoff, RetryingTransport, send
from clouds.tencentcloud import client_runtime as tencent_runtime
from clouds.tencentcloud.client_runtime import TencentCloudError, credentials
from clouds.tencentcloud.client_runtime import http_clients as tencent_clients

SECRET = "SecretKeyExample0000000000000000"
NO_WAIT = Backoff(max_attempts=4, base=0.2, cap=5.0, jitter=lambda: 1.0)
Handler = Callable[[httpx.Request], httpx.Response]


def envelope(inner: dict[str, object]) -> httpx.Response:
    return httpx.Response(200, json={"Response": inner})


def error(code: str) -> httpx.Response:
    return envelope({"Error": {"Code": code, "Message": f"{code} happened"}, "RequestId": "r-1"})


class Script:
    """Answers from a list, one per attempt, and records the attempts."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers, self.requests = list(answers), list[httpx.Request]()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def tencent_pair(script: Script) -> tuple[httpx.Client, httpx.AsyncClient]:
    """Sync and async clients whose transports both answer from `script`."""
    return tencent_clients(
        service="tiw",
        version="2019-09-19",
        endpoint="127.0.0.1:9",
        read_only=frozenset({"DescribeOnlineRecord"}),
        secret_id="AKIDtest",
        secret_key=SECRET,
        region="ap-singapore",
        backoff=NO_WAIT,
        transport=httpx.MockTransport(script),
        async_transport=httpx.MockTransport(script),
    )


def tencent(script: Script, sleeps: list[float]) -> httpx.Client:
    client, _ = tencent_pair(script)
    client._transport.sleep = sleeps.append  # type: ignore[attr-defined]
    return client


def post(client: httpx.Client, action: str) -> httpx.Response:
    """A call as the generated functions make it: sent, then the reply checked."""
    request = {"method": "POST", "url": "/", "json": {"SdkAppId": 1}}
    response = send(client, {**request, "headers": {"X-TC-Action": action}})
    tencent_runtime.check(response)
    return response


def hw(client: httpx.Client, method: str, url: str, **kwargs: object) -> httpx.Response:
    response = send(client, {"method": method, "url": url, **kwargs})
    huawei_runtime.check(response)
    return response


def test_tencent_error_envelope_raises_typed_error() -> None:
    script, sleeps = Script(error("InvalidParameter.TaskNotFound")), list[float]()
    with pytest.raises(TencentCloudError) as caught:
        post(tencent(script, sleeps), "DescribeOnlineRecord")
    assert (caught.value.code, caught.value.request_id) == ("InvalidParameter.TaskNotFound", "r-1")
    assert caught.value.message == "InvalidParameter.TaskNotFound happened"
    assert len(script.requests) == 1 and sleeps == []


def test_tencent_non_200_is_a_server_network_error() -> None:
    script = Script(httpx.Response(404, text="no such page"))
    with pytest.raises(TencentCloudError) as caught:
        post(tencent(script, []), "CreateVideoGenerationTask")
    assert caught.value.code == "ServerNetworkError"
    assert "404" in caught.value.message


def test_tencent_read_only_action_is_retried_with_backoff() -> None:
    script = Script(
        error("RequestLimitExceeded"),
        error("InternalError"),
        httpx.Response(502),
        envelope({"TaskId": "t", "RequestId": "r-2"}),
    )
    sleeps: list[float] = []
    response = post(tencent(script, sleeps), "DescribeOnlineRecord")
    assert response.json()["Response"]["TaskId"] == "t"
    assert len(script.requests) == 4
    assert sleeps == [0.2, 0.4, 0.8]


def test_tencent_sub_codes_of_the_limit_are_retried_too() -> None:
    script = Script(error("RequestLimitExceeded.UinLimitExceeded"), envelope({"RequestId": "r"}))
    post(tencent(script, []), "DescribeOnlineRecord")
    assert len(script.requests) == 2


def test_tencent_write_action_is_not_retried() -> None:
    script, sleeps = Script(error("InternalError")), list[float]()
    with pytest.raises(TencentCloudError, match="InternalError"):
        post(tencent(script, sleeps), "CreateVideoGenerationTask")
    assert len(script.requests) == 1 and sleeps == []


def test_a_refused_write_is_retried() -> None:
    """RequestLimitExceeded: the cloud did nothing, so any action may try again."""
    script = Script(error("RequestLimitExceeded"), envelope({"TaskId": "t", "RequestId": "r"}))
    post(tencent(script, []), "CreateVideoGenerationTask")
    assert len(script.requests) == 2


def test_tencent_other_errors_are_not_retried() -> None:
    script = Script(error("AuthFailure.SignatureFailure"))
    with pytest.raises(TencentCloudError, match="SignatureFailure"):
        post(tencent(script, []), "DescribeOnlineRecord")
    assert len(script.requests) == 1


def test_retries_stop_after_the_last_attempt() -> None:
    script = Script(*[error("RequestLimitExceeded")] * 4)
    sleeps: list[float] = []
    with pytest.raises(TencentCloudError, match="RequestLimitExceeded"):
        post(tencent(script, sleeps), "DescribeOnlineRecord")
    assert len(script.requests) == 4 and len(sleeps) == 3


def test_transport_errors_are_retried_for_reads_or_before_the_request_went_out() -> None:
    broken = httpx.ReadError("connection reset")
    script = Script(broken, envelope({"RequestId": "r"}))
    post(tencent(script, []), "DescribeOnlineRecord")
    assert len(script.requests) == 2
    once = Script(broken)
    with pytest.raises(NetworkError, match="connection reset") as caught:
        post(tencent(once, []), "CreateVideoGenerationTask")
    assert len(once.requests) == 1 and isinstance(caught.value.__cause__, httpx.ReadError)
    refused = Script(httpx.ConnectError("refused"), envelope({"RequestId": "r"}))
    post(tencent(refused, []), "CreateVideoGenerationTask")  # never sent: safe to retry
    assert len(refused.requests) == 2


class Clock:
    """A fake monotonic clock that sleeping moves forward."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_one_deadline_covers_every_attempt_and_each_attempt_gets_what_is_left() -> None:
    clock = Clock()
    seen: list[float] = []

    def slow(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"]["read"])
        clock.now += 0.6
        return error("InternalError")

    transport = RetryingTransport(
        httpx.MockTransport(slow),
        retry=lambda request, response, sent: True,
        backoff=Backoff(max_attempts=10, base=0.2, cap=0.2, jitter=lambda: 1.0),
        timeout=2.0,
        sleep=clock.sleep,
        clock=clock,
    )
    client = httpx.Client(transport=transport, base_url="http://127.0.0.1:9")
    response = client.post("/", json={})
    # 2.0 s: attempts at 0, 0.8, 1.6 (each 0.6 s, 0.2 s apart); no fourth fits.
    assert seen == pytest.approx([2.0, 1.2, 0.4])
    assert response.json()["Response"]["Error"]["Code"] == "InternalError"


def test_a_timed_out_call_is_a_deadline_error_with_the_last_request_id() -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        if hang.calls == 0:  # type: ignore[attr-defined]
            hang.calls += 1  # type: ignore[attr-defined]
            return error("RequestLimitExceeded")
        raise httpx.ReadTimeout("timed out", request=request)

    hang.calls = 0  # type: ignore[attr-defined]
    client = tencent(Script(), [])
    client._transport.inner = httpx.MockTransport(hang)  # type: ignore[attr-defined]
    with pytest.raises(DeadlineExceeded) as caught:
        post(client, "DescribeOnlineRecord")
    assert caught.value.request_id == "r-1"
    assert isinstance(caught.value, NetworkError)


def test_a_deadline_already_passed_sends_nothing() -> None:
    script = Script(envelope({"RequestId": "r"}))
    client = tencent(script, [])
    with pytest.raises(DeadlineExceeded):
        headers = {"X-TC-Action": "DescribeOnlineRecord"}
        send(
            client,
            {"method": "POST", "url": "/", "headers": headers, "extensions": {DEADLINE: 1.0}},
        )
    assert script.requests == []


def test_a_reply_without_an_envelope_is_an_invalid_reply() -> None:
    script = Script(httpx.Response(200, text="<html>gateway</html>"))
    with pytest.raises(InvalidReply, match="no Response"):
        post(tencent(script, []), "DescribeOnlineRecord")


def test_backoff_is_capped_and_jittered() -> None:
    backoff = Backoff(base=1.0, cap=3.0, jitter=lambda: 0.5)
    assert [backoff.delay(n) for n in range(4)] == [0.5, 1.0, 1.5, 1.5]


def test_async_client_retries_and_raises_the_same_way() -> None:
    script = Script(error("InternalError"), error("InvalidParameterValue"))
    sleeps: list[float] = []

    async def record(delay: float) -> None:
        sleeps.append(delay)

    _, client = tencent_pair(script)
    client._transport.sleep = record  # type: ignore[attr-defined]

    async def call() -> httpx.Response:
        return await client.post("/", json={}, headers={"X-TC-Action": "DescribeOnlineRecord"})

    with pytest.raises(TencentCloudError, match="InvalidParameterValue"):
        tencent_runtime.check(asyncio.run(call()))
    assert len(script.requests) == 2 and sleeps == [0.2]


def test_tencent_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENCENTCLOUD_SECRET_ID", raising=False)
    monkeypatch.delenv("TENCENTCLOUD_SECRET_KEY", raising=False)
    with pytest.raises(ValueError, match="TENCENTCLOUD_SECRET_ID"):
        credentials(None, None)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET)
    assert credentials(None, None) == ("AKIDenv", SECRET)
    assert credentials("AKIDarg", "k") == ("AKIDarg", "k")


def test_secrets_stay_out_of_reprs_and_errors() -> None:
    script = Script(error("AuthFailure.SignatureFailure"))
    client = tencent(script, [])
    assert SECRET not in repr(client.auth)
    with pytest.raises(TencentCloudError) as caught:
        post(client, "DescribeOnlineRecord")
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in repr(auth_from("ak", SECRET, "p", None))
    assert SECRET not in repr(auth_from(None, None, None, SECRET))


def huawei(script: Script) -> httpx.Client:
    client, _ = huawei_clients(
        endpoint="http://127.0.0.1:9",
        auth=auth_from("ak", SECRET, "0123", None),
        read_only=[("GET", "/x"), ("GET", "/v1/{project_id}/digital-human-videos")],
        backoff=NO_WAIT,
        transport=httpx.MockTransport(script),
    )
    client._transport.sleep = lambda _: None  # type: ignore[attr-defined]
    return client


def test_huawei_error_reply_raises_typed_error() -> None:
    body = {"error_code": "MSS.00000003", "error_msg": "Invalid parameter"}
    script = Script(httpx.Response(400, json=body, headers={"X-Request-Id": "hw-1"}))
    with pytest.raises(HuaweiCloudError) as caught:
        hw(huawei(script), "GET", "/v1/0123/digital-human-videos")
    error_ = caught.value
    assert (error_.status_code, error_.error_code, error_.request_id) == (
        400,
        "MSS.00000003",
        "hw-1",
    )
    assert error_.error_msg == "Invalid parameter"
    assert (error_.code, error_.message) == (error_.error_code, error_.error_msg)


def test_huawei_rate_limited_writes_are_retried() -> None:
    script = Script(httpx.Response(429), httpx.Response(200, json={"job_id": "j"}))
    assert hw(huawei(script), "POST", "/x", content=b"{}").json() == {"job_id": "j"}
    assert len(script.requests) == 2


def test_huawei_gateway_error_names_and_plain_bodies() -> None:
    gateway = Script(httpx.Response(401, json={"code": "APIG.0301", "message": "bad signature"}))
    with pytest.raises(HuaweiCloudError, match=r"APIG\.0301"):
        hw(huawei(gateway), "GET", "/x")
    plain = Script(httpx.Response(403, text="forbidden"))
    with pytest.raises(HuaweiCloudError) as caught:
        hw(huawei(plain), "GET", "/x")
    assert (caught.value.error_code, caught.value.error_msg) == ("403", "forbidden")


def test_huawei_reads_are_retried_on_503_and_writes_are_not() -> None:
    ok = httpx.Response(200, json={"count": 0, "jobs": []})
    script = Script(httpx.Response(503), httpx.Response(429), ok)
    assert hw(huawei(script), "GET", "/x").json() == {"count": 0, "jobs": []}
    assert len(script.requests) == 3
    once = Script(httpx.Response(503, json={"error_code": "MSS.00000004", "error_msg": "x"}))
    with pytest.raises(HuaweiCloudError, match=r"MSS\.00000004"):
        hw(huawei(once), "POST", "/x", content=json.dumps({}))
    assert len(once.requests) == 1


def test_huawei_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AK", "SK", "PROJECT_ID", "TOKEN"):
        monkeypatch.delenv(f"HUAWEICLOUD_SDK_{name}", raising=False)
    with pytest.raises(ValueError, match="no credentials"):
        auth_from(None, None, None, None)
    with pytest.raises(ValueError, match="project id"):
        auth_from("ak", "sk", None, None)
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "ak")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", "sk")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "p")
    assert type(auth_from(None, None, None, None)).__name__ == "SdkHmacAuth"


def test_clients_keep_no_cookies() -> None:
    script = Script(
        httpx.Response(200, json={"Response": {"RequestId": "r"}}, headers={"Set-Cookie": "a=1"})
    )
    client = tencent(script, [])
    post(client, "DescribeOnlineRecord")
    assert list(client.cookies.jar) == []


def test_every_call_has_a_timeout() -> None:
    sync_client, async_client = tencent_clients(
        service="tiw",
        version="2019-09-19",
        endpoint="127.0.0.1:9",
        read_only=frozenset(),
        secret_id="AKIDtest",
        secret_key=SECRET,
        timeout=2.5,
    )
    for client in (sync_client, async_client):
        assert client.timeout == httpx.Timeout(2.5)


def test_huawei_read_only_paths_match_one_segment_per_parameter() -> None:
    read_only = ReadOnlyOperations(
        [("GET", "/v1/{project_id}/jobs/{job_id}"), ("get", "/v1/{project_id}/jobs")]
    )
    assert read_only.matches("GET", "/v1/p/jobs/j")
    assert read_only.matches("GET", "/v1/p/jobs")
    assert read_only.matches("GET", "/v1/p/jobs/a%2Fb")  # a quoted slash stays in its segment
    assert not read_only.matches("GET", "/v1/p/jobs/a/b")
    assert not read_only.matches("GET", "/v1/p/q/jobs")
    assert not read_only.matches("GET", "/v1/p/jobs/j/cancel")
    assert not read_only.matches("POST", "/v1/p/jobs/j")
    assert not read_only.matches("HEAD", "/v1/p/jobs")  # only what the spec lists
    assert not read_only.matches("GET", "/v1//jobs")
    assert not read_only.matches("GET", "/v1/p/jobsX")


def test_huawei_read_only_requests_are_matched_without_query_under_the_base_path() -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={}))
    client, _ = huawei_clients(
        endpoint="http://127.0.0.1:9/gateway/",
        auth=auth_from("ak", SECRET, "0123", None),
        read_only=[("GET", "/v1/{project_id}/jobs/{job_id}")],
        backoff=NO_WAIT,
        transport=httpx.MockTransport(script),
    )
    client._transport.sleep = lambda _: None  # type: ignore[attr-defined]
    hw(client, "GET", "/v1/0123/jobs/a%2Fb", params={"limit": "1"})
    assert len(script.requests) == 2
    assert script.requests[0].url.raw_path == b"/gateway/v1/0123/jobs/a%2Fb?limit=1"
    outside = Script(httpx.Response(503))
    client._transport.inner = httpx.MockTransport(outside)  # type: ignore[attr-defined]
    with pytest.raises(HuaweiCloudError):
        hw(client, "GET", "http://127.0.0.1:9/v1/0123/jobs/j")  # not under the endpoint's path
    assert len(outside.requests) == 1
