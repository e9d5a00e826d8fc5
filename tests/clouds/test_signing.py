"""The runtime signers are byte-identical to the official Tencent Cloud and Huawei Cloud SDKs."""

from __future__ import annotations

import json
import types
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from unittest import mock
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clouds.huaweicloud import sdk_hmac
from clouds.huaweicloud.sdk_hmac import IAMTokenAuth, SdkHmacAuth
from clouds.tencentcloud import tc3
from clouds.tencentcloud.tc3 import TC3Auth

FUZZ = settings(max_examples=200, deadline=None, derandomize=True)

TC_ID = "AKIDEXAMPLE0000000000000000000000000"
TC_KEY = "SecretKeyExample0000000000000000"
TC_TS = 1700000000
TC_BODY = b'{"SdkAppId": 1400000001, "TaskId": "ghucnligqtgtvk2624mb"}'
TC_QUERY = "SdkAppId=1400000001&TaskId=ghucnligqtgtvk2624mb"
TC_HOST = "tiw.tencentcloudapi.com"

HW_AK = "HPUAEXAMPLEAK0000000"
HW_SK = "ExampleSecretKey0000000000000000000000000"
HW_PID = "0123456789abcdef0123456789abcdef"
HW_HOST = "metastudio.cn-north-4.myhuaweicloud.com"
HW_DATE = "20231114T221320Z"
HW_PAIRS = [
    ("offset", "0"),
    ("limit", "10"),
    ("state", "SUCCEED,FAILED"),
    ("job_ids", "a1"),
    ("job_ids", "b2"),
]


# --- referees: the official SDKs ------------------------------------------------------------


def sdk_tc3_request(
    secret_id: str, secret_key: str, service: str, ts: int, method: str, host: str, params: Any
) -> Any:
    """The SDK's own RequestInternal, built and signed by AbstractClient._build_req_inter."""
    from tencentcloud.common import abstract_client, credential
    from tencentcloud.common.http.request import RequestInternal
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile
    from tencentcloud.tiw.v20190919.tiw_client import TiwClient

    profile = ClientProfile(httpProfile=HttpProfile(endpoint=host, reqMethod=method))
    client = TiwClient(credential.Credential(secret_id, secret_key), "ap-guangzhou", profile)
    client._service = service
    req = RequestInternal(host, method, "/")
    with mock.patch.object(abstract_client.time, "time", return_value=float(ts)):
        client._build_req_inter("DescribeVideoGenerationTask", params, req)
    return req


@pytest.fixture(scope="session")
def hw() -> Iterator[types.SimpleNamespace]:
    """huaweicloudsdkcore, imported with HOME at a scratch dir (it writes ~/.huaweicloud)."""
    import tempfile

    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", home)
        from huaweicloudsdkcore.auth.credentials import BasicCredentials
        from huaweicloudsdkcore.sdk_request import SdkRequest

        yield types.SimpleNamespace(BasicCredentials=BasicCredentials, SdkRequest=SdkRequest)


def sdk_hw_sign(
    hw: types.SimpleNamespace,
    method: str,
    host: str,
    path: str,
    pairs: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    security_token: str | None = None,
) -> Any:
    """The SDK's SdkRequest after BasicCredentials.sign_request (adds X-Project-Id, then signs)."""
    request = hw.SdkRequest(
        method=method,
        schema="https",
        host=host,
        resource_path=path,
        query_params=list(pairs),
        header_params=dict(headers),
        body=body,
    )
    credentials = hw.BasicCredentials(HW_AK, HW_SK, HW_PID)
    credentials.security_token = security_token
    return credentials.sign_request(request)


# --- fixed vectors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "content_type", "query", "body", "expected"),
    [
        (
            "POST",
            "application/json",
            "",
            TC_BODY,
            "7a95c201fdaf3b0b9cbaf6842943a0b30f7b67d092a2764fff2d0b5aeaf9ac37",
        ),
        (
            "GET",
            "application/x-www-form-urlencoded",
            TC_QUERY,
            b"",
            "c6e3adccebd1b6bdad214a9b8d5bcb7cc718005f9a72177daed50926a70efd20",
        ),
    ],
)
def test_tc3_fixed_vector(
    method: str, content_type: str, query: str, body: bytes, expected: str
) -> None:
    value = tc3.authorization(
        TC_ID, TC_KEY, "tiw", TC_TS, method, TC_HOST, content_type, query, body
    )
    assert value == (
        f"TC3-HMAC-SHA256 Credential={TC_ID}/2023-11-14/tiw/tc3_request, "
        f"SignedHeaders=content-type;host, Signature={expected}"
    )


HW_HEADERS = {
    "Content-Type": "application/json",
    "X-Project-Id": HW_PID,
    "X-Sdk-Date": HW_DATE,
    "Host": HW_HOST,
}


@pytest.mark.parametrize(
    ("method", "path", "pairs", "body", "expected"),
    [
        (
            "GET",
            f"/v1/{HW_PID}/digital-human-videos",
            HW_PAIRS,
            b"",
            "97b1e9875c20a67cd2e57f9270696d30922d256105b77886573e29ef5bd97b1c",
        ),
        (
            "POST",
            f"/v1/{HW_PID}/2d-digital-human-videos",
            [],
            b'{"model_asset_id": "m1"}',
            "999a235527c63b8195fc1d557680a5f2ee6fff3b6130b59e4dc88e227e6f2eb0",
        ),
    ],
)
def test_sdk_hmac_fixed_vector(
    method: str, path: str, pairs: list[tuple[str, str]], body: bytes, expected: str
) -> None:
    value = sdk_hmac.authorization(HW_AK, HW_SK, method, path, pairs, HW_HEADERS, body)
    assert value == (
        f"SDK-HMAC-SHA256 Access={HW_AK}, "
        f"SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature={expected}"
    )


def test_sdk_hmac_canonical_query_vector() -> None:
    assert sdk_hmac.canonical_query(HW_PAIRS) == (
        "job_ids=a1&job_ids=b2&limit=10&offset=0&state=SUCCEED%2CFAILED"
    )


# --- against the SDKs over generated inputs --------------------------------------------------

ids = st.from_regex(r"[A-Za-z0-9]{1,40}", fullmatch=True)
secrets = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s and s != "")
timestamps = st.integers(min_value=0, max_value=4_102_444_800)
services = st.from_regex(r"[a-z]{2,12}", fullmatch=True)
hosts = st.one_of(
    st.just(TC_HOST),
    st.builds("{}.tencentcloudapi.com".format, services),
    st.builds("127.0.0.1:{}".format, st.integers(min_value=1, max_value=65535)),
)
scalars = st.one_of(st.text(max_size=20), st.integers(), st.booleans())
params = st.dictionaries(
    st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,15}", fullmatch=True),
    st.one_of(
        scalars, st.lists(scalars, max_size=3), st.dictionaries(st.text(max_size=5), scalars)
    ),
    max_size=5,
)


@FUZZ
@given(ids, secrets, services, timestamps, st.sampled_from(["GET", "POST"]), hosts, params)
def test_tc3_matches_sdk_client(
    secret_id: str, secret_key: str, service: str, ts: int, method: str, host: str, p: Any
) -> None:
    req = sdk_tc3_request(secret_id, secret_key, service, ts, method, host, p)
    query, body = (req.data, b"") if method == "GET" else ("", req.data.encode("utf-8"))
    ours = tc3.authorization(
        secret_id,
        secret_key,
        service,
        ts,
        method,
        req.header["Host"],
        req.header["Content-Type"],
        query,
        body,
    )
    assert ours == req.header["Authorization"]


@FUZZ
@given(secrets, services, timestamps, hosts, params, st.booleans())
def test_tc3_matches_sdk_on_raw_utf8_json(
    secret_key: str, service: str, ts: int, host: str, p: Any, ascii_only: bool
) -> None:
    from tencentcloud.common.abstract_client import AbstractClient
    from tencentcloud.common.http.request import RequestInternal

    data = json.dumps(p, ensure_ascii=ascii_only)
    header = {"Content-Type": "application/json", "Host": host, "X-TC-Timestamp": str(ts)}
    req = RequestInternal(host, "POST", "/", header=header, data=data)
    date = tc3.utc_date(ts)
    expected = AbstractClient._get_tc3_signature(None, p, req, date, service, secret_key)
    canonical = tc3.canonical_request(
        "POST", "", "application/json", host, tc3.hashed_payload(data.encode("utf-8"))
    )
    assert tc3.signature(secret_key, date, service, tc3.string_to_sign(ts, service, canonical)) == (
        expected
    )


@FUZZ
@given(secrets, st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True), services, st.text())
def test_tc3_signature_matches_sdk_sign_tc3(key: str, date: str, service: str, msg: str) -> None:
    from tencentcloud.common.sign import Sign

    assert tc3.signature(key, date, service, msg) == Sign.sign_tc3(key, date, service, msg)


tricky = st.text(alphabet="a %/2F~+é?#&=,", max_size=8)  # characters that encoders disagree on
field = st.one_of(st.text(max_size=8), tricky)
segments = st.lists(field, min_size=1, max_size=4)
pairs_st = st.lists(st.tuples(field, field), max_size=6).map(
    lambda ps: ps + [(k, v + ",x") for k, v in ps[:1]]  # a repeated key, with a comma
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json;charset=UTF-8",
        "application/bson",
        "application/octet-stream",
        "text/plain",
        "application/x-www-form-urlencoded",
    ]
)
sdk_dates = st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31)).map(
    lambda d: d.strftime(sdk_hmac.DATE_FORMAT)
)
RESERVED = {"host", "content-type", "x-project-id", "x-sdk-date", "x-security-token"}
extra_headers = st.lists(
    st.tuples(st.from_regex(r"X-[A-Za-z0-9_-]{1,10}", fullmatch=True), st.text(max_size=10)),
    unique_by=lambda t: t[0].lower(),
    max_size=3,
).map(lambda hs: [(k, v) for k, v in hs if k.lower() not in RESERVED])


@FUZZ
@given(
    segments,
    st.booleans(),
    st.booleans(),
    pairs_st,
    content_types,
    sdk_dates,
    extra_headers,
    st.binary(max_size=64),
    st.one_of(st.none(), st.text(min_size=1, max_size=8)),
    st.sampled_from(["GET", "POST", "PUT", "DELETE"]),
)
def test_sdk_hmac_matches_sdk_signer(
    hw: types.SimpleNamespace,
    segs: list[str],
    quoted: bool,
    trailing_slash: bool,
    pairs: list[tuple[str, str]],
    content_type: str,
    sdk_date: str,
    extra: list[tuple[str, str]],
    body: bytes,
    token: str | None,
    method: str,
) -> None:
    path = "/v1/" + "/".join(quote(s, safe="") if quoted else s for s in segs)
    path += "/" if trailing_slash else ""
    given_headers = {"Content-Type": content_type, "X-Sdk-Date": sdk_date, **dict(extra)}
    signed = sdk_hw_sign(hw, method, HW_HOST, path, pairs, given_headers, body, token)

    headers = {**given_headers, "Host": HW_HOST, "X-Project-Id": HW_PID}
    if token is not None:
        headers["X-Security-Token"] = token
    if sdk_hmac.needs_unsigned_payload(content_type):
        headers[sdk_hmac.CONTENT_SHA256_HEADER] = sdk_hmac.UNSIGNED_PAYLOAD
    ours = sdk_hmac.authorization(HW_AK, HW_SK, method, path, pairs, headers, body)
    assert ours == signed.header_params["Authorization"]
    assert {k.lower() for k in signed.header_params} == {k.lower() for k in headers} | {
        "authorization"
    }
    query = sdk_hmac.canonical_query(pairs)
    assert signed.uri == (f"{path}?{query}" if query else path)


# --- end to end through httpx ---------------------------------------------------------------


def _capture(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_tc3_auth_over_httpx_matches_sdk(method: str) -> None:
    host = "127.0.0.1:8080"
    p: dict[str, str | int] = {
        "SdkAppId": 1400000001,
        "TaskId": "ghucnligqtgtvk2624mb",
        "Name": "视频 a+b",
    }
    sdk = sdk_tc3_request(TC_ID, TC_KEY, "tiw", TC_TS, method, host, p)
    auth = TC3Auth(
        TC_ID,
        TC_KEY,
        service="tiw",
        version="2019-09-19",
        region="ap-guangzhou",
        clock=lambda: TC_TS,
    )
    seen: list[httpx.Request] = []
    with httpx.Client(transport=_capture(seen), auth=auth) as client:
        headers = {
            "X-TC-Action": sdk.header["X-TC-Action"],
            "Content-Type": sdk.header["Content-Type"],
        }
        if method == "POST":
            client.post(f"http://{host}/", headers=headers, content=sdk.data.encode("utf-8"))
        else:
            client.get(f"http://{host}/", headers=headers, params=p)
    (wire,) = seen
    assert wire.url.query.decode() == (sdk.data if method == "GET" else "")
    for name in ("Authorization", "Host", "X-TC-Timestamp", "X-TC-Version", "X-TC-Region"):
        assert wire.headers[name] == sdk.header[name], name


def test_tc3_auth_sets_optional_headers_and_default_content_type() -> None:
    auth = TC3Auth(
        TC_ID,
        TC_KEY,
        service="tiw",
        version="2019-09-19",
        region=None,
        token="tok",
        language="en-US",
        clock=lambda: TC_TS,
    )
    seen: list[httpx.Request] = []
    with httpx.Client(transport=_capture(seen), auth=auth) as client:
        client.post(f"https://{TC_HOST}/", headers={"X-TC-Action": "X"}, content=TC_BODY)
    (wire,) = seen
    assert wire.headers["Content-Type"] == "application/json"
    assert wire.headers["X-TC-Token"] == "tok"
    assert wire.headers["X-TC-Language"] == "en-US"
    assert "X-TC-Region" not in wire.headers
    assert wire.headers["Host"] == TC_HOST
    assert wire.headers["Authorization"].endswith(
        "Signature=7a95c201fdaf3b0b9cbaf6842943a0b30f7b67d092a2764fff2d0b5aeaf9ac37"
    )


def test_tc3_auth_requires_action_header() -> None:
    auth = TC3Auth(TC_ID, TC_KEY, service="tiw", version="2019-09-19", region=None)
    with (
        httpx.Client(transport=_capture([]), auth=auth) as client,
        pytest.raises(ValueError, match="X-TC-Action"),
    ):
        client.post(f"https://{TC_HOST}/", content=TC_BODY)


def _hw_sdk_for(
    hw: types.SimpleNamespace, wire: httpx.Request, path: str, pairs: Sequence[tuple[str, str]]
) -> Any:
    """Sign with the SDK what the caller asked for, with the headers httpx and our auth sent,
    minus those the SDK adds itself (X-Project-Id) or that we never sign (hop-by-hop)."""
    skip = {"authorization", "connection", "x-project-id"}
    headers = {k: v for k, v in wire.headers.items() if k not in skip}
    host = wire.url.netloc.decode()
    return sdk_hw_sign(hw, wire.method, host, path, pairs, headers, wire.content)


HW_CLOCK = datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("base", "segment", "content_type", "body"),
    [
        (f"https://{HW_HOST}", "digital-human-videos", None, b""),
        ("http://127.0.0.1:8080", quote("视频 a+b/%2F", safe=""), "application/json", b'{"a": 1}'),
        ("http://127.0.0.1:8080", "2d-digital-human-videos", "application/octet-stream", b"\x00"),
    ],
)
def test_sdk_hmac_auth_over_httpx_matches_sdk(
    hw: types.SimpleNamespace, base: str, segment: str, content_type: str | None, body: bytes
) -> None:
    auth = SdkHmacAuth(HW_AK, HW_SK, project_id=HW_PID, clock=lambda: HW_CLOCK)
    params = [*HW_PAIRS, ("name", "é ü+&="), ("empty", "")]
    path = f"/v1/{HW_PID}/{segment}"
    headers = {"Content-Type": content_type} if content_type else {}
    seen: list[httpx.Request] = []
    with httpx.Client(transport=_capture(seen), auth=auth) as client:
        client.request(
            "POST" if body else "GET",
            base + path,
            params=tuple(params),
            headers=headers,
            content=body,
        )
    (wire,) = seen
    assert wire.headers["X-Sdk-Date"] == HW_DATE
    assert wire.headers["X-Project-Id"] == HW_PID
    assert (sdk_hmac.CONTENT_SHA256_HEADER in wire.headers) == (
        content_type == "application/octet-stream"
    )
    sdk = _hw_sdk_for(hw, wire, path, params)
    assert wire.url.raw_path.decode() == sdk.uri
    assert wire.headers["Authorization"] == sdk.header_params["Authorization"]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(segments, pairs_st)
def test_sdk_hmac_auth_over_httpx_matches_sdk_for_any_path_and_query(
    hw: types.SimpleNamespace, segs: list[str], pairs: list[tuple[str, str]]
) -> None:
    path = "/v1/" + "/".join(quote(s, safe="") for s in segs)
    auth = SdkHmacAuth(HW_AK, HW_SK, project_id=HW_PID, clock=lambda: HW_CLOCK)
    seen: list[httpx.Request] = []
    with httpx.Client(transport=_capture(seen), auth=auth) as client:
        client.get(f"https://{HW_HOST}{path}", params=tuple(pairs))
    (wire,) = seen
    sdk = _hw_sdk_for(hw, wire, path, pairs)
    assert wire.url.raw_path.decode() == sdk.uri
    assert wire.headers["Authorization"] == sdk.header_params["Authorization"]


def test_sdk_hmac_security_token_and_iam_token() -> None:
    seen: list[httpx.Request] = []
    sts = SdkHmacAuth(HW_AK, HW_SK, project_id=HW_PID, security_token="sts-secret")
    with httpx.Client(transport=_capture(seen)) as client:
        client.get(f"https://{HW_HOST}/v1/x", auth=sts)
        client.get(f"https://{HW_HOST}/v1/x", auth=IAMTokenAuth("iam-secret"))
    signed, token = seen
    assert signed.headers["X-Security-Token"] == "sts-secret"
    assert "x-security-token" in sdk_hmac.parse_authorization(signed.headers["Authorization"])[1]
    assert token.headers["X-Auth-Token"] == "iam-secret"
    assert "Authorization" not in token.headers


# --- repr, parsing --------------------------------------------------------------------------


def test_reprs_hide_secrets() -> None:
    auths = [
        (
            TC3Auth(TC_ID, TC_KEY, service="tiw", version="v", region="r", token="tc-token"),
            [TC_KEY, "tc-token"],
            TC_ID,
        ),
        (
            SdkHmacAuth(HW_AK, HW_SK, project_id=HW_PID, security_token="sts-token"),
            [HW_SK, "sts-token"],
            HW_AK,
        ),
        (IAMTokenAuth("iam-token-value"), ["iam-token-value"], "IAMTokenAuth"),
    ]
    for auth, secrets_, shown in auths:
        text = repr(auth)
        assert shown in text
        for secret in secrets_:
            assert secret not in text


def test_parse_authorization_round_trips() -> None:
    tc = tc3.authorization(
        TC_ID, TC_KEY, "tiw", TC_TS, "POST", TC_HOST, "application/json", "", TC_BODY
    )
    assert tc3.parse_authorization(tc) == (
        TC_ID,
        "2023-11-14",
        "tiw",
        ["content-type", "host"],
        "7a95c201fdaf3b0b9cbaf6842943a0b30f7b67d092a2764fff2d0b5aeaf9ac37",
    )
    hwa = sdk_hmac.authorization(
        HW_AK, HW_SK, "GET", f"/v1/{HW_PID}/digital-human-videos", HW_PAIRS, HW_HEADERS, b""
    )
    assert sdk_hmac.parse_authorization(hwa) == (
        HW_AK,
        ["content-type", "host", "x-project-id", "x-sdk-date"],
        "97b1e9875c20a67cd2e57f9270696d30922d256105b77886573e29ef5bd97b1c",
    )


SIG = "a" * 64
TC_OK = "TC3-HMAC-SHA256 Credential=AK/2023-11-14/tiw/tc3_request, SignedHeaders=host"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "garbage",
        f"{TC_OK}, Signature={SIG[:-1]}",
        f"{TC_OK}, Signature={SIG} ",
        f"{TC_OK}, Signature={SIG.upper()}",
        f"{TC_OK}, Signature={SIG}".replace("tiw/tc3_request", "tiw"),
        f"{TC_OK}, Signature={SIG}".replace("2023-11-14", "20231114"),
        f"{TC_OK}, Signature={SIG}".replace("TC3-HMAC", "HMAC"),
        f"{TC_OK}, Signature={SIG}".replace("=host", "="),
    ],
)
def test_tc3_parse_authorization_rejects_garbage(value: str) -> None:
    with pytest.raises(ValueError, match="malformed"):
        tc3.parse_authorization(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "garbage",
        f"SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature={SIG.upper()}",
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host",
        f"SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature={SIG}",
        f"SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;, Signature={SIG}",
        f"SDK-HMAC-SM3 Access=AK, SignedHeaders=host, Signature={SIG}",
        f"SDK-HMAC-SHA256 Access=AK,SignedHeaders=host,Signature={SIG}",
    ],
)
def test_sdk_hmac_parse_authorization_rejects_garbage(value: str) -> None:
    with pytest.raises(ValueError, match="malformed"):
        sdk_hmac.parse_authorization(value)


def test_sdk_hmac_authorization_requires_date() -> None:
    headers = {k: v for k, v in HW_HEADERS.items() if k != "X-Sdk-Date"}
    with pytest.raises(ValueError, match="X-Sdk-Date"):
        sdk_hmac.authorization(HW_AK, HW_SK, "GET", "/", [], headers, b"")


def test_tc3_get_query_is_signed_as_httpx_sends_it() -> None:
    # httpx's params= encoding equals urlencode(), the form the Tencent SDK puts on the wire.
    p = {"Name": "视频 a+b/~*", "Ids.0": "1"}
    assert httpx.Request("GET", "http://h/", params=p).url.query.decode() == urlencode(p)
