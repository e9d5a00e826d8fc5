"""The refusals written before any service is asked follow X-TC-Language too: why a callback
URL is refused, why a body is not JSON, and a body too large or too slow (answered before the
request is whole, from its headers). zh-CN gets the catalogue's Chinese, en-US its English
(emulator/messages.py).

Driven in process through the ASGI app (tests/emulator/inprocess.py)."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import MutableMapping
from typing import Any

import pytest

from emulator.app import Emulator
from emulator.callback_urls import CallbackUrlError, destination
from emulator.config import DEFAULT_SDK_APP_ID, CallbackTargets, Config
from tests.emulator.inprocess import (
    HOST,
    call,
    make_emulator,
    tencent_error,
    tencent_headers,
)

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def app() -> Emulator:
    return make_emulator()


def tencent_post_in(app: Emulator, language: str, action: str, body: bytes) -> dict[str, str]:
    headers = {**tencent_headers(action, body=body), "X-TC-Language": language}
    return tencent_error(call(app, "POST", "/", headers=headers, body=body))


# ---- callback URLs (emulator/callback_urls.py) -----------------------------------------------

# (URL, the Chinese reason, the English reason)
# (The spec's pattern refuses a URL of another scheme before callback_urls.py is asked.)
CALLBACK_URLS = [
    ("http://example.com:abc/cb", "不是有效的 URL", "is not a valid URL"),
    ("http://bad!host.com/cb", "的主机名无效", "has an invalid host name"),
    ("http://:80/cb", "没有主机名", "has no host"),
    ("http://example.com:70000/cb", "的端口超出范围", "has a port out of range"),
    ("http://127.0.0.1:8080/_emulator/reset", "指向模拟器的管理 API", "points at the emulator's"),
]


@pytest.mark.parametrize(("url", "chinese", "english"), CALLBACK_URLS)
@pytest.mark.parametrize("action", ["SetOnlineRecordCallback", "SetVideoGenerationTaskCallback"])
def test_a_refused_callback_url_says_why_in_the_language(
    app: Emulator, action: str, url: str, chinese: str, english: str
) -> None:
    body = json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID, "Callback": url}).encode()
    in_chinese = tencent_post_in(app, "zh-CN", action, body)
    assert in_chinese["Code"] == "InvalidParameter.CallbackAddressFormatError", in_chinese
    assert in_chinese["Message"].startswith("回调地址不可用："), in_chinese
    assert chinese in in_chinese["Message"] and english not in in_chinese["Message"]
    in_english = tencent_post_in(app, "en-US", action, body)
    assert english in in_english["Message"] and not CJK.search(in_english["Message"])


@pytest.mark.parametrize(
    ("url", "chinese", "english"),
    [
        (
            "ftp://example.com/cb",
            "'ftp://example.com/cb' 不是以 http:// 或 https:// 开头",
            "'ftp://example.com/cb' does not start with http:// or https://",
        ),
        (
            "http://example.com/cb",
            "已拒绝：回调目标 'example.com' 不是环回地址",
            "refused: callback target 'example.com' is not a loopback address",
        ),
        (
            "http://192.0.2.1/cb",
            "已拒绝：回调目标 192.0.2.1 不是环回地址",
            "refused: callback target 192.0.2.1 is not loopback",
        ),
        (
            "http://127.0.0.1:1/_emulator/reset",
            "已拒绝：'http://127.0.0.1:1/_emulator/reset' 指向模拟器的管理 API",
            "refused: 'http://127.0.0.1:1/_emulator/reset' points at the emulator's admin API",
        ),
    ],
)
def test_an_undeliverable_url_says_why_in_both_languages(
    url: str, chinese: str, english: str
) -> None:
    config = Config(callback_targets=CallbackTargets.LOOPBACK)
    with pytest.raises(CallbackUrlError) as caught:
        asyncio.run(destination(url, config))
    assert str(caught.value).startswith(english)
    assert caught.value.reason.chinese.startswith(chinese)


# ---- a body that is not JSON (emulator/http.py) ----------------------------------------------

BIG = b'"n": 1234567890123456789, '  # 19 digits: the standard library parses the body
NOT_JSON = [
    (b"{nope", "JSON 语法错误："),
    (b"{" + BIG + b'"a": NaN}', "NaN 不是 JSON 值"),
    (b"{" + BIG + b'"a": 1e400}', "数字 '1e400' 超出了双精度浮点数的范围"),
    (b"{" + BIG + b'"a": "\xff"}', "请求体不是 UTF-8 编码"),
    (b"{" + BIG + b'"a": "\\ud800"}', "请求体含有未配对的 UTF-16 代理项"),
    (b'{"a": ' + b"[" * 40 + b"]" * 40 + b"}", "请求体的嵌套超过 32 层"),
]


@pytest.mark.parametrize(("body", "chinese"), NOT_JSON)
def test_why_a_body_is_not_json_follows_the_language(
    app: Emulator, body: bytes, chinese: str
) -> None:
    error = tencent_post_in(app, "zh-CN", "DescribeOnlineRecord", body)
    assert error["Code"] == "InvalidParameter", error
    assert error["Message"].startswith("请求体不是有效的 UTF-8 JSON：" + chinese), error
    in_english = tencent_post_in(app, "en-US", "DescribeOnlineRecord", body)
    assert in_english["Message"].startswith("The request body is not valid UTF-8 JSON: ")
    assert not CJK.search(in_english["Message"]), in_english


# ---- a body too large or too slow (emulator/app.py, before the request is whole) -------------


def test_a_body_too_large_is_refused_in_the_language() -> None:
    app = make_emulator(max_body_bytes=1024)
    body = b" " * 2048
    error = tencent_post_in(app, "zh-CN", "DescribeOnlineRecord", body)
    assert error == {"Code": "RequestSizeLimitExceeded", "Message": "请求体超过 1024 字节。"}
    error = tencent_post_in(app, "en-US", "DescribeOnlineRecord", body)
    assert error["Code"] == "RequestSizeLimitExceeded" and not CJK.search(error["Message"])


def never_arriving_body(app: Emulator, headers: dict[str, str]) -> dict[str, Any]:
    """What the app answers a POST whose body never comes."""
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "raw_path": b"/",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        await asyncio.sleep(60)
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    error: dict[str, Any] = json.loads(body)["Response"]["Error"]
    return error


def test_a_body_too_slow_is_refused_in_the_language(
    app: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "body_read_seconds", 0.05)
    headers = {"Host": HOST, "X-TC-Action": "DescribeOnlineRecord"}
    in_chinese = never_arriving_body(app, {**headers, "X-TC-Language": "zh-CN"})
    assert in_chinese == {"Code": "InvalidParameter", "Message": "请求体未在 0.05 秒内传输完成。"}
    in_english = never_arriving_body(app, {**headers, "X-TC-Language": "en-US"})
    assert in_english["Message"] == "The request body did not arrive within 0.05 s."
