"""`--rate-limit`: each operation's own documented limit (x-videoapi-rate-limit), over real
HTTP, answered as each cloud answers it: Tencent's RequestLimitExceeded envelope, the Huawei
gateway's 429 APIG.0308. The limiter's clock stands still unless a test moves it, so that
the calls of a test fall in one window however slow the machine."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from clouds.tencentcloud.tc3 import TC3Auth
from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    Config,
    Progression,
)
from emulator.rate_limit import RateLimit, RateLimiter
from emulator.schemas import ServiceSchemas, schemas_of, service_schemas
from emulator.services import metastudio, tiw
from tests.emulator.test_metastudio_jobs import body_of
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve

AK, SK = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
PROJECT = DEFAULT_HUAWEI_PROJECT
METASTUDIO = ("huaweicloud", "metastudio", "v1")
TIW = ("tencentcloud", "tiw", "2019-09-19")
CREATE_2D = f"/v1/{PROJECT}/2d-digital-human-videos"
LIST = f"/v1/{PROJECT}/digital-human-videos"


class StillClock:
    """The limiter's clock: it moves only when a test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@contextmanager
def limited(clock: StillClock, rate_limit: bool = True) -> Iterator[Running]:
    with serve(Config(progression=Progression.MANUAL, rate_limit=rate_limit)) as running:
        running.emulator.limiter.now = clock
        yield running


def huawei(running: Running, method: str, path: str, body: Any = None) -> httpx.Response:
    """A call signed with the AK/SK, as the SDK signs it."""
    auth = SdkHmacAuth(AK, SK, project_id=PROJECT)
    with httpx.Client(auth=auth, base_url=f"http://{running.endpoint}") as client:
        return client.request(method, path, json=body)


def tencent(running: Running, action: str, body: dict[str, Any]) -> dict[str, Any]:
    """The Response object of a TC3-signed TIW call (always HTTP 200)."""
    auth = TC3Auth(
        SECRET_ID, SECRET_KEY, service="tiw", version="2019-09-19", region="ap-singapore"
    )
    response = httpx.post(
        f"http://{running.endpoint}/", json=body, headers={"X-TC-Action": action}, auth=auth
    )
    assert response.status_code == 200
    inner: dict[str, Any] = response.json()["Response"]
    return inner


def describe_record(running: Running) -> str:
    """DescribeOnlineRecord of an unknown task: its error code, or the throttling one."""
    inner = tencent(
        running, "DescribeOnlineRecord", {"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": "t"}
    )
    return str(inner["Error"]["Code"])


def assert_throttled(response: httpx.Response, operation: str, limit: str) -> None:
    """The API gateway's throttling reply: 429, APIG.0308, X-Request-Id like every reply."""
    assert response.status_code == 429, response.text
    assert response.headers["content-type"] == "application/json"
    uuid.UUID(response.headers["x-request-id"])
    body = response.json()
    assert body["error_code"] == "APIG.0308"
    assert body["error_msg"].startswith("The throttling threshold has been reached: ")
    assert operation in body["error_msg"] and limit in body["error_msg"]


# ---- Huawei ------------------------------------------------------------------------------


def test_huawei_create_is_refused_on_its_second_call_within_a_second() -> None:
    clock = StillClock()
    with limited(clock) as running:
        first = huawei(running, "POST", CREATE_2D, body_of("2D"))
        assert first.status_code == 200, first.text
        assert_throttled(
            huawei(running, "POST", CREATE_2D, body_of("2D")),
            "Create2DDigitalHumanVideo",
            "1 request per second",
        )
        # Cancel (also 1/s) has a window of its own: its first call is not refused.
        cancel = f"{CREATE_2D}/{first.json()['job_id']}/cancel"
        assert huawei(running, "POST", cancel).status_code == 200
        assert_throttled(
            huawei(running, "POST", cancel), "Cancel2DDigitalHumanVideo", "1 request per second"
        )
        clock.now += 1.0  # the first call has left the window
        assert huawei(running, "POST", CREATE_2D, body_of("2D")).status_code == 200


def test_huawei_listing_passes_20_calls_a_second_and_refuses_the_21st() -> None:
    clock = StillClock()
    with limited(clock) as running:
        replies = [huawei(running, "GET", LIST) for _ in range(21)]
        assert [r.status_code for r in replies[:20]] == [200] * 20
        assert_throttled(replies[20], "ListDigitalHumanVideo", "20 requests per second")
        # A refused call takes no place in the window: at 1 s after the first, one passes.
        clock.now += 0.999
        assert huawei(running, "GET", LIST).status_code == 429
        clock.now += 0.001
        assert huawei(running, "GET", LIST).status_code == 200


def test_huawei_without_the_flag_is_never_throttled() -> None:
    with limited(StillClock(), rate_limit=False) as running:
        statuses = {huawei(running, "POST", CREATE_2D, body_of("2D")).status_code for _ in range(3)}
    assert statuses == {200}


# ---- Tencent -----------------------------------------------------------------------------


def test_tencent_action_is_refused_on_call_21_within_a_second() -> None:
    clock = StillClock()
    with limited(clock) as running:
        codes = [describe_record(running) for _ in range(21)]
        assert codes == ["InvalidParameter.TaskNotFound"] * 20 + ["RequestLimitExceeded"]
        inner = tencent(running, "DescribeOnlineRecord", {"SdkAppId": 1, "TaskId": "t"})
        message = inner["Error"]["Message"]
        assert "DescribeOnlineRecord" in message and "20 requests per second" in message
        assert isinstance(inner["RequestId"], str)
        # Another action has its own window.
        other = tencent(running, "DescribeOnlineRecordCallback", {"SdkAppId": DEFAULT_SDK_APP_ID})
        assert "Error" not in other, other
        clock.now += 1.0
        assert describe_record(running) == "InvalidParameter.TaskNotFound"


# ---- the limit is the spec's ---------------------------------------------------------------


def with_limits(key: tuple[str, str, str], limits: dict[str, Any]) -> ServiceSchemas:
    """The service's schemas built from a copy of its document with other limits
    (None: no x-videoapi-rate-limit at all)."""
    document = copy.deepcopy(service_schemas(*key).document)
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") in limits:
                limit = limits[operation["operationId"]]
                if limit is None:
                    del operation["x-videoapi-rate-limit"]
                else:
                    operation["x-videoapi-rate-limit"] = limit
    return schemas_of(document)


def test_the_emulator_follows_a_limit_changed_in_the_spec(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    huawei_schemas = with_limits(
        METASTUDIO,
        {
            "Create2DDigitalHumanVideo": {"requests": 3, "per": "second"},
            "ListDigitalHumanVideo": None,
        },
    )
    tiw_schemas = with_limits(TIW, {"DescribeOnlineRecord": {"requests": 2, "per": "minute"}})
    monkeypatch.setattr(metastudio, "service_schemas", lambda *key: huawei_schemas)
    monkeypatch.setattr(tiw, "service_schemas", lambda *key: tiw_schemas)
    clock = StillClock()
    with limited(clock) as running:
        creates = [huawei(running, "POST", CREATE_2D, body_of("2D")) for _ in range(4)]
        assert [r.status_code for r in creates] == [200, 200, 200, 429]
        assert_throttled(creates[3], "Create2DDigitalHumanVideo", "3 requests per second")
        # Without the extension an operation is not limited at all.
        assert {huawei(running, "GET", LIST).status_code for _ in range(30)} == {200}

        codes = [describe_record(running) for _ in range(3)]
        assert codes == ["InvalidParameter.TaskNotFound"] * 2 + ["RequestLimitExceeded"]
        clock.now += 59.0  # per minute: still in the window
        assert describe_record(running) == "RequestLimitExceeded"
        clock.now += 1.0
        assert describe_record(running) == "InvalidParameter.TaskNotFound"


def test_operation_schemas_carry_the_documented_limits() -> None:
    operations = service_schemas(*METASTUDIO).operations
    assert operations["Create2DDigitalHumanVideo"].rate_limit == RateLimit(1, "second")
    assert operations["CancelPhotoDigitalHumanVideo"].rate_limit == RateLimit(1, "second")
    assert operations["ListDigitalHumanVideo"].rate_limit == RateLimit(20, "second")
    for operation in service_schemas(*TIW).operations.values():
        assert operation.rate_limit == RateLimit(20, "second")


@pytest.mark.parametrize(
    "raw",
    [{"requests": 0, "per": "second"}, {"requests": 5, "per": "hour"}, {"requests": "5"}, 20],
)
def test_a_malformed_limit_is_refused(raw: Any) -> None:
    with pytest.raises(ValueError, match="x-videoapi-rate-limit"):
        RateLimit.of_operation({"x-videoapi-rate-limit": raw})


def test_the_window_slides() -> None:
    times = iter([0.0, 0.5, 0.9, 1.0, 1.4, 1.6])
    limiter = RateLimiter(now=lambda: next(times))
    two = RateLimit(2, "second")
    allowed = [limiter.allow(("tiw", "A"), two) for _ in range(6)]
    # At 1.0 the call at 0.0 has left the window; at 1.4 the ones at 0.5 and 1.0 remain.
    assert allowed == [True, True, False, True, False, True]
    assert limiter.allow(("tiw", "B"), None)  # no documented limit: never refused
