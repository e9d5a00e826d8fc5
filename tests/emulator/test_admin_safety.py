"""The admin API is out of reach of web pages and, with --admin-token, of anyone without
the token (issue 14, item 9; slow clients are in test_slow_clients.py)."""

from __future__ import annotations

import json

import pytest

from emulator.app import Emulator
from emulator.protocols.huawei_gateway import NO_API
from tests.emulator.inprocess import (
    HOST,
    Answer,
    call,
    huawei_error,
    huawei_headers,
    make_emulator,
    tencent_error,
    tencent_post,
)

NEW_APP = json.dumps({"SdkAppId": 1400000099}).encode()


def apps(app: Emulator) -> list[int]:
    state = call(app, "GET", "/_emulator/state", headers={"Host": HOST}).json()
    return [entry["SdkAppId"] for entry in state["resources"].get("tiw.app", [])]


def admin(app: Emulator, path: str, headers: dict[str, str], body: bytes = b"") -> Answer:
    return call(app, "POST", f"/_emulator{path}", headers=headers, body=body)


def test_the_issue_request_neither_creates_nor_resets() -> None:
    """A page on evil.example, rebound to 127.0.0.1, posting text/plain (no preflight)."""
    app = make_emulator()
    evil = {"Host": "evil.example", "Origin": "http://evil.example", "Content-Type": "text/plain"}
    created = admin(app, "/tiw/apps", evil, NEW_APP)
    assert created.status == 403 and "error" in created.json()
    assert admin(app, "/reset", evil).status == 403
    assert apps(app) == [1400000001]  # the built-in application survived, none was added


@pytest.mark.parametrize(
    "headers",
    [
        # DNS rebinding: the page's own name, pointed at 127.0.0.1.
        {"Host": "evil.example:8080"},
        {"Host": "evil.example"},
        {"Host": "127.0.0.1.evil.example:8080"},
        {"Host": "not a host"},
        # Cross-site forgery: the right Host, a foreign page.
        {"Host": HOST, "Origin": "http://evil.example"},
        {"Host": HOST, "Origin": "http://203.0.113.7:8080"},  # an address any site can have
        {"Host": HOST, "Origin": "null"},  # sandboxed frames, file: pages
        {"Host": HOST, "Sec-Fetch-Site": "cross-site"},
    ],
)
def test_foreign_hosts_and_origins_are_refused(headers: dict[str, str]) -> None:
    app = make_emulator()
    answer = admin(app, "/tiw/apps", {**headers, "Content-Type": "application/json"}, NEW_APP)
    assert answer.status == 403, answer
    assert "error" in answer.json()
    assert 1400000099 not in apps(app)


@pytest.mark.parametrize(
    "headers",
    [
        {"Host": "127.0.0.1:8080"},
        {"Host": "localhost:8080"},
        {"Host": "[::1]:8080"},
        {"Host": "LOCALHOST:18080"},  # a forwarded port
        {"Host": "192.0.2.10:8080"},  # an address: nothing to rebind
        {"Host": "127.0.0.1:8080", "Origin": "http://127.0.0.1:8080"},
        {"Host": "192.0.2.10:8080", "Origin": "http://192.0.2.10:8080"},  # same origin
        {"Host": "localhost:8080", "Origin": "http://localhost:3000"},  # a local dev page
        {},  # no Host at all (HTTP/1.0): not a browser
    ],
)
def test_local_callers_are_answered(headers: dict[str, str]) -> None:
    app = make_emulator()
    answer = admin(app, "/tiw/apps", {**headers, "Content-Type": "application/json"}, NEW_APP)
    assert answer.status == 201, answer
    assert 1400000099 in apps(app)


def test_the_configured_host_is_answered() -> None:
    app = make_emulator(host="emulator.internal")
    headers = {"Host": "emulator.internal:8080", "Content-Type": "application/json"}
    assert admin(app, "/tiw/apps", headers, NEW_APP).status == 201


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None]
)
def test_admin_writes_with_a_body_must_be_json(content_type: str | None) -> None:
    app = make_emulator()
    headers = (
        {"Host": HOST} if content_type is None else {"Host": HOST, "Content-Type": content_type}
    )
    answer = admin(app, "/tiw/apps", headers, NEW_APP)
    assert answer.status == 415 and "error" in answer.json()
    # A form with no fields still names its type: refused too.
    if content_type is not None:
        assert admin(app, "/reset", headers).status == 415
    assert 1400000099 not in apps(app)
    # Body-less writes need no type (curl -X POST .../reset).
    assert admin(app, "/reset", {"Host": HOST}).status == 200


def test_the_admin_token_is_required_when_set() -> None:
    app = make_emulator(admin_token="s3cret-token")
    json_headers = {"Host": HOST, "Content-Type": "application/json"}
    missing = admin(app, "/tiw/apps", json_headers, NEW_APP)
    assert missing.status == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    for wrong in ("Bearer s3cret", "Bearer s3cret-token-2", "Basic s3cret-token", "s3cret-token"):
        answer = admin(app, "/tiw/apps", {**json_headers, "Authorization": wrong}, NEW_APP)
        assert answer.status == 401, wrong
    assert call(app, "GET", "/_emulator/state", headers={"Host": HOST}).status == 401
    right = {**json_headers, "Authorization": "Bearer s3cret-token"}
    assert admin(app, "/tiw/apps", right, NEW_APP).status == 201
    state = call(
        app,
        "GET",
        "/_emulator/state",
        headers={"Host": HOST, "Authorization": "bearer s3cret-token"},
    )
    assert state.status == 200
    # The token guards the admin API only: the clouds' APIs keep their own auth.
    body = json.dumps({"SdkAppId": 1400000001, "TaskId": "none"}).encode()
    assert tencent_error(tencent_post(app, "DescribeOnlineRecord", body))["Code"] != "InternalError"


def test_without_a_token_none_is_asked() -> None:
    app = make_emulator()
    assert call(app, "GET", "/_emulator/state", headers={"Host": HOST}).status == 200


def test_cloud_apis_are_not_subject_to_the_admin_guard() -> None:
    app = make_emulator()
    headers = {**huawei_headers(), "Host": "evil.example", "Origin": "http://evil.example"}
    answer = call(app, "GET", "/v1/p/nothing", headers=headers)
    assert huawei_error(answer)["error_code"] == NO_API  # the gateway's, not the admin guard's
