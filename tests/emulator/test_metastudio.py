"""The Huawei Cloud gateway and MetaStudio in the emulator: auth, parameters, filters,
progression, and every reply checked against the spec.

Most tests call `Emulator.handle` in-process on a frozen clock; the SDK tests run the app
under uvicorn and call it with the official huaweicloudsdkmetastudio.
"""

from __future__ import annotations

import json
import logging
import types
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from emulator.app import Emulator
from emulator.clock import Clock
from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    CallbackTargets,
    Config,
    Progression,
)
from emulator.context import Context
from emulator.http import Reply, Request
from emulator.protocols.huaweicloud import (
    HuaweiCloudProtocol,
    HuaweiContext,
    HuaweiService,
    path_pattern,
    service_routes,
)
from emulator.schemas import service_schemas
from emulator.store import Store
from tests.support.emulator_server import serve

T0 = 1_700_000_000.0  # 2023-11-14T22:13:20Z: the frozen wall clock of in-process tests
DAY = 86_400
PROJECT = DEFAULT_HUAWEI_PROJECT
AK, SK = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
TOKEN = "local-emulator-token"
LIST = f"/v1/{PROJECT}/digital-human-videos"
OPERATION = service_schemas("huaweicloud", "metastudio", "v1").operations["ListDigitalHumanVideo"]


# ---- in-process harness ----------------------------------------------------------------


def make_emulator(**settings: Any) -> Emulator:
    settings.setdefault("progression", Progression.MANUAL)
    settings.setdefault("callback_targets", CallbackTargets.LOOPBACK)
    emulator = Emulator(Config(**settings))
    emulator.context.clock.wall = lambda: T0
    return emulator


@pytest.fixture
def emu() -> Emulator:
    return make_emulator()


def checked(reply: Reply) -> dict[str, Any]:
    """The reply's JSON, after checking the gateway's invariants and the spec's schema."""
    headers = dict(reply.headers)
    assert headers["Content-Type"] == "application/json"
    uuid.UUID(headers["X-Request-Id"])
    body: dict[str, Any] = json.loads(reply.body)
    OPERATION.replies[str(reply.status)].validate(body)
    return body


def get(
    emu: Emulator,
    query: str | dict[str, Any] = "",
    path: str = LIST,
    headers: dict[str, str] | None = None,
    method: str = "GET",
) -> tuple[int, dict[str, Any]]:
    raw = query if isinstance(query, str) else urlencode(query, doseq=True)
    sent = {"x-auth-token": TOKEN} if headers is None else headers
    reply = emu.handle(Request(method, path, raw, sent, b""))
    return reply.status, checked(reply)


def listed(emu: Emulator, query: str | dict[str, Any] = "") -> list[str]:
    status, body = get(emu, query)
    assert status == 200, body
    return [job["job_id"] for job in body["jobs"]]


def seed(emu: Emulator, project: str = PROJECT, **fields: Any) -> str:
    reply = emu.handle(
        Request(
            "POST", f"/_emulator/metastudio/{project}/jobs", "", {}, json.dumps(fields).encode()
        )
    )
    assert reply.status == 201, reply.body
    return str(json.loads(reply.body)["job_id"])


def pin(emu: Emulator, job_id: str, state: str | None, project: str = PROJECT) -> Reply:
    body = json.dumps({"state": state}).encode()
    path = f"/_emulator/metastudio/{project}/jobs/{job_id}/state"
    return emu.handle(Request("POST", path, "", {}, body))


def signed(
    query: dict[str, Any], sk: str = SK, at: float = T0, path: str = LIST
) -> tuple[str, str, dict[str, str]]:
    """(path, raw query, headers) of a GET signed by the project's own SdkHmacAuth."""
    request = httpx.Request("GET", f"http://127.0.0.1:8080{path}", params=query)
    auth = SdkHmacAuth(AK, sk, project_id=PROJECT, clock=lambda: at)
    request = next(auth.auth_flow(request))
    headers = {k.lower(): v for k, v in request.headers.items()}
    return path, request.url.query.decode(), headers


# ---- the official SDK over HTTP ----------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The whole app under uvicorn on a free loopback port, on the real clock (the SDK
    signs with the real time)."""
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield f"http://127.0.0.1:{running.port}"


def sdk_client(huawei_sdk: types.SimpleNamespace, endpoint: str, sk: str = SK) -> Any:
    http = huawei_sdk.HttpConfig.get_default_config()
    http.retry_times = 0
    return (
        huawei_sdk.v1.MetaStudioClient.new_builder()
        .with_credentials(huawei_sdk.BasicCredentials(AK, sk, PROJECT))
        .with_endpoints([endpoint])
        .with_http_config(http)
        .build()
    )


def test_sdk_lists_jobs_with_filters_over_aksk(
    huawei_sdk: types.SimpleNamespace, server: str
) -> None:
    seeded = {}
    for name, job_type, state in [
        ("a", "PHOTO_DIGITAL_HUMAN_VIDEO", "SUCCEED"),
        ("b", "PHOTO_DIGITAL_HUMAN_VIDEO", "WAITING"),
        ("c", "2D_DIGITAL_HUMAN_VIDEO", "SUCCEED"),
        ("d", "PHOTO_DIGITAL_HUMAN_VIDEO", "SUCCEED"),
    ]:
        reply = httpx.post(
            f"{server}/_emulator/metastudio/{PROJECT}/jobs",
            json={"asset_name": f"sdk-{name}", "job_type": job_type, "state": state},
        )
        assert reply.status_code == 201
        seeded[name] = reply.json()["job_id"]
    request = huawei_sdk.v1.ListDigitalHumanVideoRequest(
        job_type="PHOTO_DIGITAL_HUMAN_VIDEO",
        state="SUCCEED,FAILED",
        job_ids=[seeded["a"], seeded["b"], seeded["c"], seeded["d"]],
        sort_key="asset_order",
        sort_dir="desc",
        limit=1,
        offset=1,
    )
    response = sdk_client(huawei_sdk, server).list_digital_human_video(request)
    assert response.count == 2  # a and d: b is WAITING, c is a 2D avatar video
    assert [job.job_id for job in response.jobs] == [seeded["a"]]
    assert response.jobs[0].job_type == "DIGITAL_HUMAN_PHOTO_VIDEO"
    assert response.jobs[0].output_asset_config.preview_video_url.endswith("/preview.mp4")
    uuid.UUID(response.x_request_id)


def test_sdk_wrong_secret_key_is_401(huawei_sdk: types.SimpleNamespace, server: str) -> None:
    client = sdk_client(huawei_sdk, server, sk="not-the-secret-key")
    with pytest.raises(huawei_sdk.ClientRequestException) as raised:
        client.list_digital_human_video(huawei_sdk.v1.ListDigitalHumanVideoRequest())
    assert raised.value.status_code == 401
    assert raised.value.error_code == "APIG.0301"
    assert "verify aksk signature fail" in raised.value.error_msg
    uuid.UUID(raised.value.request_id)


@pytest.mark.parametrize("limit", [0, 101])
def test_sdk_invalid_limit_is_400(
    huawei_sdk: types.SimpleNamespace, server: str, limit: int
) -> None:
    with pytest.raises(huawei_sdk.ClientRequestException) as raised:
        sdk_client(huawei_sdk, server).list_digital_human_video(
            huawei_sdk.v1.ListDigitalHumanVideoRequest(limit=limit)
        )
    assert raised.value.status_code == 400
    assert raised.value.error_code == "MSS.00000003"
    assert "limit" in raised.value.error_msg


def test_server_unknown_path_is_404_with_request_id(server: str) -> None:
    reply = httpx.get(f"{server}/v1/{PROJECT}/no-such-thing", headers={"X-Auth-Token": TOKEN})
    assert reply.status_code == 404
    assert reply.headers["content-type"] == "application/json"
    assert reply.json()["error_code"] == "APIG.0101"  # the gateway's, not the service's
    uuid.UUID(reply.headers["x-request-id"])


# ---- authentication -------------------------------------------------------------------


def test_token_is_accepted(emu: Emulator) -> None:
    status, body = get(emu, headers={"x-auth-token": TOKEN})
    assert (status, body) == (200, {"count": 0, "jobs": []})


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "x-auth-token not found"),
        ({"x-auth-token": "stolen"}, "decrypt token fail"),
        ({"authorization": "Bearer nope"}, "verify aksk signature fail"),
    ],
)
def test_missing_or_bad_credentials_are_401(
    emu: Emulator, headers: dict[str, str], reason: str
) -> None:
    status, body = get(emu, headers=headers)
    assert status == 401
    assert body == {
        "error_code": "APIG.0301",
        "error_msg": f"Incorrect IAM authentication information: {reason}",
    }


def test_project_signer_is_accepted(emu: Emulator) -> None:
    job = seed(emu, asset_name="signed one")
    path, query, headers = signed({"asset_name": "signed one", "job_ids": [job, "other"]})
    assert "job_ids=other" in query  # the array goes out as repeated keys
    status, body = get(emu, query, path, headers)
    assert status == 200, body
    assert [item["job_id"] for item in body["jobs"]] == [job]


def test_tampered_query_fails_the_signature(emu: Emulator) -> None:
    path, query, headers = signed({"limit": 5})
    status, body = get(emu, query.replace("limit=5", "limit=6"), path, headers)
    assert (status, body["error_code"]) == (401, "APIG.0301")
    assert body["error_msg"].endswith("verify aksk signature fail")


def test_unknown_access_key_fails(emu: Emulator) -> None:
    path, query, headers = signed({})
    headers["authorization"] = headers["authorization"].replace(AK, "SOMEONEELSE000000000")
    assert get(emu, query, path, headers)[0] == 401


def test_unsigned_date_header_fails(emu: Emulator) -> None:
    path, query, headers = signed({})
    del headers["x-sdk-date"]
    status, body = get(emu, query, path, headers)
    assert (status, body["error_msg"]) == (
        401,
        "Incorrect IAM authentication information: verify aksk signature fail",
    )


@pytest.mark.parametrize("skew", [-16 * 60, 16 * 60])
def test_signature_older_or_newer_than_15_minutes_expires(emu: Emulator, skew: int) -> None:
    path, query, headers = signed({}, at=T0 + skew)
    status, body = get(emu, query, path, headers)
    assert (status, body["error_msg"]) == (
        401,
        "Incorrect IAM authentication information: signature expired",
    )


def test_signature_within_15_minutes_is_accepted(emu: Emulator) -> None:
    path, query, headers = signed({}, at=T0 - 14 * 60)
    assert get(emu, query, path, headers)[0] == 200


def test_auth_can_be_switched_off() -> None:
    assert get(make_emulator(auth=False), headers={})[0] == 200


# ---- routing and parameters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/digital-human-videos"),
        ("GET", f"/v2/{PROJECT}/digital-human-videos"),
        ("GET", f"{LIST}/extra"),
        ("POST", LIST),  # a known path: "The API does not exist."
        ("DELETE", LIST),
    ],
)
def test_unknown_api_is_404(emu: Emulator, method: str, path: str) -> None:
    status, body = get(emu, path=path, method=method)
    assert (status, body["error_code"]) == (404, "APIG.0101")
    known_path = path == LIST
    assert (body["error_msg"] == "The API does not exist.") is known_path


def test_unknown_path_is_404_even_without_credentials(emu: Emulator) -> None:
    assert get(emu, path="/nowhere", headers={})[0] == 404


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=abc", "limit"),
        ("limit=1.5", "limit"),
        ("limit=%ZZ", "limit"),
        ("limit=1&limit=2", "limit"),
        ("limit=" + "9" * 5000, "limit"),
        ("offset=-1", "offset"),
        ("offset=99999999999999999999999", "offset"),
        ("sort_key=name", "sort_key"),
        ("sort_dir=DESC", "sort_dir"),
        ("create_since=2022-11-30", "create_since"),
        ("create_since=2022-13-45T00:00:00Z", "create_since"),
        ("create_until=yesterday", "create_until"),
        ("job_type=DIGITAL_HUMAN_PHOTO_VIDEO", "job_type"),  # the reply's spelling only
    ],
)
def test_invalid_query_is_400(emu: Emulator, query: str, name: str) -> None:
    status, body = get(emu, query)
    assert status == 400, body
    assert body["error_code"] == "MSS.00000003"
    assert body["error_msg"].startswith(f"Invalid parameter: {name}: ")


@pytest.mark.parametrize(
    "query",
    [
        "asset_name=%ZZ",
        "job_ids=%ff%fe&job_id=%c3",
        "state=&limit=&offset=",  # blank values count as absent
        "unknown=1&limit=5",  # the gateway passes unknown parameters on; the service ignores them
        "fuzzy_query_field=,,&job_ids=",
        "asset_name=" + "x" * 10_000,
        "create_since=2022-11-30t06:59:56z",  # RFC 3339 allows lower case
        "create_since=2022-11-30T06:59:56.123456789%2B08:00",
    ],
)
def test_odd_but_valid_queries_are_200(emu: Emulator, query: str) -> None:
    status, body = get(emu, query)
    assert status == 200, body


def test_header_parameters_are_validated(emu: Emulator) -> None:
    # As the server hands it over: the UTF-8 bytes read as latin-1.
    chinese = "用户".encode().decode("latin-1")
    headers = {"x-auth-token": TOKEN, "x-app-userid": chinese}
    status, body = get(emu, headers=headers)
    assert (status, body["error_msg"].split(":")[0]) == (400, "Invalid parameter")
    assert get(emu, headers={"x-auth-token": TOKEN, "x-app-userid": "user-1"})[0] == 200


def test_handler_exception_is_a_logged_500(caplog: pytest.LogCaptureFixture) -> None:
    def broken(call: HuaweiContext) -> tuple[int, dict[str, Any]]:
        raise RuntimeError("secret internals")

    schemas = service_schemas("huaweicloud", "metastudio", "v1")
    service = HuaweiService(
        "metastudio", schemas, service_routes(schemas, {"ListDigitalHumanVideo": broken})
    )
    config = Config()
    protocol = HuaweiCloudProtocol([service], config, Clock(Store()))
    with caplog.at_level(logging.ERROR, logger="emulator"):
        reply = protocol.handle(Request("GET", LIST, "", {"x-auth-token": TOKEN}, b""))
    assert reply.status == 500
    assert checked(reply) == {"error_code": "MSS.00000004", "error_msg": "Internal Error"}
    assert b"secret" not in reply.body
    assert "secret internals" in caplog.text
    assert reply.action == "ListDigitalHumanVideo" and reply.outcome == "MSS.00000004"


def test_routes_come_from_the_spec() -> None:
    match = path_pattern("/v1/{project_id}/digital-human-videos").fullmatch(LIST)
    assert match is not None and match["project_id"] == PROJECT
    schemas = service_schemas("huaweicloud", "metastudio", "v1")
    with pytest.raises(ValueError, match="NoSuchOperation"):
        service_routes(schemas, {"NoSuchOperation": lambda call: (200, {})})


def test_reply_is_tagged_for_the_request_log(emu: Emulator) -> None:
    reply = emu.handle(Request("GET", LIST, "limit=0", {"x-auth-token": TOKEN}, b""))
    assert (reply.action, reply.outcome) == ("ListDigitalHumanVideo", "MSS.00000003")


# ---- filters, sorting, paging -------------------------------------------------------------


def test_rendered_job_before_and_after_success(emu: Emulator) -> None:
    job = seed(emu, asset_name="One Day", script_id="s-1", duration=12.5)
    (waiting,) = get(emu)[1]["jobs"]
    assert waiting == {
        "job_id": job,
        "state": "WAITING",
        "job_type": "2D_DIGITAL_HUMAN_VIDEO",
        "create_time": "2023-11-14T22:13:20Z",
        "lastupdate_time": "2023-11-14T22:13:20Z",
        "output_asset_config": {
            "asset_id": waiting["output_asset_config"]["asset_id"],
            "asset_name": "One Day",
        },
        "error_info": None,
    }
    emu.context.clock.advance(90)
    assert pin(emu, job, "SUCCEED").status == 200
    (done,) = get(emu)[1]["jobs"]
    asset = done["output_asset_config"]
    assert (done["state"], done["end_time"], done["duration"]) == (
        "SUCCEED",
        "2023-11-14T22:14:50Z",
        12.5,
    )
    assert done["start_time"] == done["lastupdate_time"] == done["end_time"]
    assert asset["cover_url"] == (
        f"https://metastudio-emulator.local/{PROJECT}/{asset['asset_id']}/cover.png"
    )
    assert "preview_video_url" not in asset  # 2D avatar videos have no preview


def test_state_filter_takes_a_list(emu: Emulator) -> None:
    jobs = {state: seed(emu, state=state) for state in ("WAITING", "SUCCEED", "FAILED", "BLOCK")}
    assert set(listed(emu, {"state": "SUCCEED,FAILED"})) == {jobs["SUCCEED"], jobs["FAILED"]}
    assert listed(emu, {"state": "BLOCK"}) == [jobs["BLOCK"]]
    assert len(listed(emu)) == 4


def test_state_filter_takes_the_pages_own_example(emu: Emulator) -> None:
    """The page's example, `state=CREATING,PUBLISHED`, names asset states: it is not refused,
    and a state no job is in matches no job."""
    done = seed(emu, state="SUCCEED")
    assert get(emu, "state=CREATING,PUBLISHED") == (200, {"count": 0, "jobs": []})
    assert listed(emu, {"state": "CREATING,SUCCEED"}) == [done]
    assert listed(emu, {"state": "succeed"}) == []


def test_job_type_filter_maps_the_photo_spelling(emu: Emulator) -> None:
    avatar = seed(emu)
    photo = seed(emu, job_type="PHOTO_DIGITAL_HUMAN_VIDEO")
    also_photo = seed(emu, job_type="DIGITAL_HUMAN_PHOTO_VIDEO")
    assert set(listed(emu, {"job_type": "PHOTO_DIGITAL_HUMAN_VIDEO"})) == {photo, also_photo}
    assert listed(emu, {"job_type": "2D_DIGITAL_HUMAN_VIDEO"}) == [avatar]


@pytest.mark.parametrize("spelling", ["repeated", "comma", "mixed"])
def test_job_ids_repeated_or_comma_separated(emu: Emulator, spelling: str) -> None:
    a = seed(emu)
    seed(emu)  # between a and c, and never asked for
    c = seed(emu)
    query = {
        "repeated": f"job_ids={a}&job_ids={c}",
        "comma": f"job_ids={a},{c}",
        "mixed": f"job_ids={a},nope&job_ids={c}",
    }[spelling]
    assert set(listed(emu, query)) == {a, c}


def test_job_id_and_exact_fields(emu: Emulator) -> None:
    a = seed(emu, asset_name="Spring Launch", script_id="script-1")
    b = seed(emu, asset_name="spring launch", script_id="script-2")
    assert listed(emu, {"job_id": b}) == [b]
    assert listed(emu, {"asset_name": "Spring Launch"}) == [a]
    assert listed(emu, {"script_id": "script-2"}) == [b]
    assert listed(emu, {"asset_name": "Spring"}) == []


def test_fuzzy_query_field(emu: Emulator) -> None:
    a = seed(emu, asset_name="Spring Launch", script_id="script-1")
    b = seed(emu, asset_name="autumn LAUNCH", script_id="script-2")
    query = {"asset_name": "launch", "fuzzy_query_field": "asset_name"}
    assert set(listed(emu, query)) == {a, b}
    # Only the named fields turn fuzzy: script_id stays exact here.
    query = {"asset_name": "launch", "script_id": "script", "fuzzy_query_field": "asset_name"}
    assert listed(emu, query) == []
    query["fuzzy_query_field"] = "asset_name,script_id"
    assert set(listed(emu, query)) == {a, b}
    assert listed(emu, {"job_id": a[:8], "fuzzy_query_field": ["job_id"]}) == [a]


def test_sorting(emu: Emulator) -> None:
    first = seed(emu, asset_name="b")
    emu.context.clock.advance(10)
    second = seed(emu, asset_name="c")
    emu.context.clock.advance(10)
    third = seed(emu, asset_name="a")
    emu.context.clock.advance(10)
    pin(emu, first, "PROCESSING")  # now the most recently updated
    assert listed(emu) == [first, second, third]
    assert listed(emu, {"sort_dir": "desc"}) == [third, second, first]
    assert listed(emu, {"sort_key": "asset_order"}) == [third, first, second]
    assert listed(emu, {"sort_key": "update_time", "sort_dir": "desc"}) == [first, third, second]


def test_paging_and_count(emu: Emulator) -> None:
    jobs = [seed(emu, created=T0 - 100 + i) for i in range(25)]
    status, body = get(emu)
    assert (status, body["count"], len(body["jobs"])) == (200, 25, 10)  # limit defaults to 10
    assert [job["job_id"] for job in body["jobs"]] == jobs[:10]
    status, body = get(emu, {"offset": 20, "limit": 10})
    assert (body["count"], [job["job_id"] for job in body["jobs"]]) == (25, jobs[20:])
    status, body = get(emu, {"offset": 30})
    assert (body["count"], body["jobs"]) == (25, [])
    assert get(emu, {"limit": 100, "state": "FAILED"})[1]["count"] == 0


def test_only_the_paths_project(emu: Emulator) -> None:
    mine = seed(emu)
    seed(emu, project="another0project0another0project0")
    assert listed(emu) == [mine]


def test_default_window_is_the_last_month(emu: Emulator) -> None:
    old = seed(emu, created=T0 - 31 * DAY)
    edge = seed(emu, created=T0 - 30 * DAY)
    recent = seed(emu, created=T0 - DAY)
    assert listed(emu) == [edge, recent]
    since = "2023-10-01T00:00:00Z"  # before `old` (2023-10-14)
    assert listed(emu, {"create_since": since}) == [old, edge, recent]
    # create_until alone lifts the default window too.
    assert listed(emu, {"create_until": "2023-10-14T23:00:00Z"}) == [old]
    between = {"create_since": "2023-10-15T00:00:00Z", "create_until": "2023-11-14T00:00:00Z"}
    assert listed(emu, between) == [edge, recent]


def test_window_bounds_are_inclusive_to_the_second(emu: Emulator) -> None:
    job = seed(emu, created=T0 + 0.75)
    exact = {"create_since": "2023-11-14T22:13:20Z", "create_until": "2023-11-14T22:13:20Z"}
    assert listed(emu, exact) == [job]
    assert listed(emu, {"create_since": "2023-11-15T06:13:21+08:00"}) == []


# ---- progression --------------------------------------------------------------------------


def test_manual_progression_moves_only_by_pinning(emu: Emulator) -> None:
    job = seed(emu)
    emu.context.clock.advance(3600)
    assert get(emu)[1]["jobs"][0]["state"] == "WAITING"
    for state in ("PROCESSING", "CANCELED", "BLOCK", "SUCCEED"):
        reply = pin(emu, job, state)
        assert json.loads(reply.body) == {"job_id": job, "state": state}
        assert get(emu)[1]["jobs"][0]["state"] == state
    reply = pin(emu, job, None)
    assert json.loads(reply.body)["state"] == "WAITING"


def test_pinning_errors(emu: Emulator) -> None:
    job = seed(emu)
    assert pin(emu, job, "DONE").status == 400
    assert pin(emu, job, "SUCCEED", project="someone-else").status == 404
    assert pin(emu, "no-such-job", "SUCCEED").status == 404


def test_polls_progression_moves_one_step_per_listing() -> None:
    emu = make_emulator(progression=Progression.POLLS)
    job = seed(emu)
    seen = []
    for _ in range(4):
        (item,) = get(emu)[1]["jobs"]
        seen.append((item["state"], "start_time" in item, "end_time" in item))
        emu.context.clock.advance(5)
    assert seen == [
        ("WAITING", False, False),
        ("PROCESSING", True, False),
        ("SUCCEED", True, True),
        ("SUCCEED", True, True),
    ]
    # A listing that does not return the job does not move it.
    other = seed(emu)
    get(emu, {"job_id": job})
    assert get(emu, {"job_id": other})[1]["jobs"][0]["state"] == "WAITING"


def test_time_progression_reports_exact_transition_times() -> None:
    emu = make_emulator(progression=Progression.TIME, step_seconds=5.0)
    seed(emu)
    emu.context.clock.advance(7)
    (item,) = get(emu)[1]["jobs"]
    assert (item["state"], item["start_time"]) == ("PROCESSING", "2023-11-14T22:13:25Z")
    emu.context.clock.advance(100)
    (item,) = get(emu)[1]["jobs"]
    assert (item["state"], item["end_time"], item["lastupdate_time"]) == (
        "SUCCEED",
        "2023-11-14T22:13:30Z",
        "2023-11-14T22:13:30Z",
    )


def test_failed_job_renders_error_info() -> None:
    emu = make_emulator(progression=Progression.IMMEDIATE, failure_rate=1.0)
    seed(emu, job_type="PHOTO_DIGITAL_HUMAN_VIDEO")
    (item,) = get(emu)[1]["jobs"]
    assert item["state"] == "FAILED"
    assert item["error_info"] == {
        "error_code": "MSS.10000004",
        "error_msg": "Video production failed (injected by the emulator)",
    }
    assert "end_time" in item and "cover_url" not in item["output_asset_config"]


# ---- admin ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"[]",
        b"not json",
        b'{"job_type": "3D"}',
        b'{"duration": "long"}',
        b'{"duration": -1}',
        b'{"created": true}',
        b'{"state": "DONE"}',
        b'{"asset_name": 7}',
    ],
)
def test_admin_rejects_bad_job_bodies(emu: Emulator, body: bytes) -> None:
    reply = emu.handle(Request("POST", f"/_emulator/metastudio/{PROJECT}/jobs", "", {}, body))
    assert reply.status == 400, reply.body


def test_admin_defaults(emu: Emulator) -> None:
    reply = emu.handle(Request("POST", f"/_emulator/metastudio/{PROJECT}/jobs", "", {}, b""))
    assert reply.status == 201
    (item,) = get(emu)[1]["jobs"]
    assert item["job_type"] == "2D_DIGITAL_HUMAN_VIDEO"
    pin(emu, item["job_id"], "SUCCEED")
    assert get(emu)[1]["jobs"][0]["duration"] == 60


def test_context_is_shared_with_the_service(emu: Emulator) -> None:
    # Seeding writes through the same store the API reads; nothing is cached per request.
    assert isinstance(emu.context, Context)
    seed(emu)
    assert len(emu.context.store.dump()["metastudio.job"]) == 1
