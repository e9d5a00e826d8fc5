"""Signature v1 (HmacSHA1, HmacSHA256) is byte-identical to the official Tencent SDK's."""

from __future__ import annotations

import base64
from typing import Any
from unittest import mock
from urllib.parse import parse_qsl

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tencentcloud.common import credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.common.sign import Sign
from tencentcloud.tiw.v20190919.tiw_client import TiwClient

from clouds.tencentcloud import signature_v1

FUZZ = settings(max_examples=200, deadline=None, derandomize=True)
SECRET_ID = "AKIDEXAMPLE0000000000000000000000000"
SECRET_KEY = "SecretKeyExample0000000000000000"
HOST = "tiw.tencentcloudapi.com"


def sdk_request(method: str, sign_method: str, params: dict[str, Any], token: str | None) -> Any:
    """The SDK's own request, built and signed by AbstractClient._build_req_inter."""
    profile = ClientProfile(
        signMethod=sign_method, httpProfile=HttpProfile(endpoint=HOST, reqMethod=method)
    )
    client = TiwClient(credential.Credential(SECRET_ID, SECRET_KEY, token), "ap-guangzhou", profile)
    request = RequestInternal(HOST, method, "/", header={})
    with mock.patch("time.time", return_value=1700000000):
        client._build_req_inter("DescribeOnlineRecord", params, request)
    return request


def test_the_documented_vector() -> None:
    """protocols.md 1.6: the SDK's own string to sign and signature for a GET."""
    params = {
        "Action": "DescribeOnlineRecord",
        "Language": "zh-CN",
        "Nonce": "12345",
        "Region": "ap-guangzhou",
        "RequestClient": "SDK_PYTHON_3.1.59",
        "SdkAppId": "1400000001",
        "SecretId": SECRET_ID,
        "SignatureMethod": "HmacSHA256",
        "TaskId": "ghucnligqtgtvk2624mb",
        "Timestamp": "1700000000",
        "Version": "2019-09-19",
    }
    text = signature_v1.string_to_sign("GET", HOST, "/", params.items())
    assert text == (
        "GETtiw.tencentcloudapi.com/?Action=DescribeOnlineRecord&Language=zh-CN&Nonce=12345"
        "&Region=ap-guangzhou&RequestClient=SDK_PYTHON_3.1.59&SdkAppId=1400000001"
        f"&SecretId={SECRET_ID}&SignatureMethod=HmacSHA256&TaskId=ghucnligqtgtvk2624mb"
        "&Timestamp=1700000000&Version=2019-09-19"
    )
    assert signature_v1.sign(SECRET_KEY, text, "HmacSHA256") == (
        "DCBYrpPshtiF1LPZ5aFeD42lebs8X6GGAoZyF+y3kCI="
    )


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("sign_method", ["HmacSHA1", "HmacSHA256"])
@pytest.mark.parametrize("token", [None, "session-token"])
def test_the_sdk_request_verifies_with_our_signer(
    method: str, sign_method: str, token: str | None
) -> None:
    """What the SDK sends, decoded as a server decodes it, gives the SDK's Signature back."""
    params = {
        "SdkAppId": 1400000001,
        "TaskId": "t_1 +&=",
        "MixStream": {"Enabled": True, "Custom": {"InputStreamList": [{"InputStreamId": "u"}]}},
    }
    request = sdk_request(method, sign_method, params, token)
    assert request.header["Content-Type"] == "application/x-www-form-urlencoded"
    pairs = parse_qsl(request.data, keep_blank_values=True)
    sent = dict(pairs)
    assert sent["SignatureMethod"] == sign_method and sent.get("Token") == token
    text = signature_v1.string_to_sign(method, HOST, "/", pairs)
    assert signature_v1.sign(SECRET_KEY, text, sign_method) == sent["Signature"]
    assert signature_v1.matches(SECRET_KEY, text, sign_method, sent["Signature"])
    assert not signature_v1.matches(SECRET_KEY + "x", text, sign_method, sent["Signature"])
    unsigned = {name: value for name, value in sent.items() if name != "Signature"}
    assert (
        signature_v1.signed_parameters(unsigned, SECRET_KEY, method, HOST)["Signature"]
        == sent["Signature"]
    )


@FUZZ
@given(
    key=st.text(min_size=1, max_size=40),
    text=st.text(max_size=300),
    method=st.sampled_from(sorted(signature_v1.METHODS)),
)
def test_sign_is_the_sdks_sign(key: str, text: str, method: str) -> None:
    assert signature_v1.sign(key, text, method) == Sign.sign(key, text, method)


@FUZZ
@given(
    st.dictionaries(
        st.from_regex(r"[A-Za-z][A-Za-z0-9_.]{0,12}", fullmatch=True),
        st.text(max_size=20),
        max_size=8,
    )
)
def test_string_to_sign_is_the_sdks(params: dict[str, str]) -> None:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=HOST, reqMethod="POST"))
    client = TiwClient(credential.Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", profile)
    # The SDK's rule takes the last of two names that become one once `_` is written `.`.
    distinct = {name.replace("_", "."): value for name, value in params.items()}
    expected = client._format_sign_string(distinct)
    assert signature_v1.string_to_sign("POST", HOST, "/", distinct.items()) == expected


def test_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError, match="HmacSHA1"):
        signature_v1.sign(SECRET_KEY, "text", "HmacMD5")
    assert base64.b64decode(signature_v1.sign(SECRET_KEY, "x", "HmacSHA1")).__len__() == 20
