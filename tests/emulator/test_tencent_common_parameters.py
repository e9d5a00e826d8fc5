"""Tencent's common parameters (Action, Version, Region, Language, Timestamp, Token) read the
same from a signature v1 form as from TC3's X-TC-* headers (emulator/protocols/tencent_auth.py),
and a missing one is named as the caller sent the others."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from emulator.http import Request
from emulator.protocols.errors import ApiError
from emulator.protocols.tencent_auth import Call, read_call, where
from tests.emulator.inprocess import HOST, call, make_emulator, tencent_error

VALUES = {
    "Action": "DescribeOnlineRecord",
    "Version": "2019-09-19",
    "Region": "ap-singapore",
    "Language": "zh-CN",
    "Timestamp": "1700000000",
    "Token": "a-session-token",
}
READ = ("action", "version", "region", "language", "timestamp", "token")


def v1_request(parameters: dict[str, str]) -> Request:
    query = urlencode({**parameters, "SecretId": "AKIDv1", "Nonce": "7", "Signature": "x"})
    return Request("GET", "/", query, {"host": HOST}, b"")


def tc3_request(parameters: dict[str, str]) -> Request:
    headers = {f"x-tc-{name.lower()}": value for name, value in parameters.items()}
    return Request("POST", "/", "", {"host": HOST, **headers}, b"{}")


def common(found: Call) -> dict[str, str | None]:
    return {field: getattr(found, field) for field in READ}


def test_the_form_and_the_headers_give_the_same_call() -> None:
    expected = dict(zip(READ, VALUES.values(), strict=True))
    from_form = read_call(v1_request(VALUES), auth=False)
    from_headers = read_call(tc3_request(VALUES), auth=False)
    assert common(from_form) == expected
    assert common(from_headers) == expected
    assert (from_form.secret_id, from_form.form) == ("AKIDv1", [])
    assert from_form.signed_pairs is not None and from_headers.signed_pairs is None


@pytest.mark.parametrize("name", VALUES)
def test_each_parameter_is_read_on_its_own(name: str) -> None:
    only = {"Action": "A"} if name != "Action" else {}
    for request in (v1_request({**only, name: "v"}), tc3_request({**only, name: "v"})):
        found = common(read_call(request, auth=False))
        assert found[name.lower()] == "v"
        assert [field for field, value in found.items() if value is None] == [
            field for field in READ if field not in (name.lower(), "action")
        ]


def test_a_repeated_common_parameter_in_the_form_is_refused() -> None:
    request = Request("GET", "/", "Action=A&Region=r1&Region=r2&Signature=x", {}, b"")
    with pytest.raises(ApiError) as caught:
        read_call(request, auth=False)
    assert caught.value.code == "InvalidParameter"
    assert "Region" in str(caught.value.message)


@pytest.mark.parametrize(
    ("field", "v1", "tc3"),
    [
        ("action", "Action parameter", "X-TC-Action header"),
        ("version", "Version parameter", "X-TC-Version header"),
        ("timestamp", "Timestamp parameter", "X-TC-Timestamp header"),
    ],
)
def test_a_parameter_is_named_as_the_call_came_in(field: str, v1: str, tc3: str) -> None:
    assert where(read_call(v1_request({}), auth=False), field) == v1
    assert where(read_call(tc3_request({}), auth=False), field) == tc3


def test_a_missing_version_is_named_in_the_reply() -> None:
    app = make_emulator(auth=False)
    query = "Action=DescribeOnlineRecord&Timestamp=1700000000&SecretId=AKID&Signature=x"
    answer = call(app, "GET", "/", query=query.encode(), headers={"Host": HOST})
    error = tencent_error(answer)
    assert error["Code"] == "MissingParameter" and "Version parameter" in error["Message"]
    headers = {
        "Host": HOST,
        "Content-Type": "application/json",
        "X-TC-Action": "DescribeOnlineRecord",
    }
    answer = call(app, "POST", "/", headers=headers, body=b"{}")
    error = tencent_error(answer)
    assert error["Code"] == "MissingParameter" and "X-TC-Version header" in error["Message"]
