"""Hostile input (issue 14, items 3, 5, 6 and 10): bounded decoding, never a server error,
strict JSON, the clouds' own size limits and short messages.

Driven in process through the ASGI app (tests/emulator/inprocess.py). The two bounds
(< 100 ms, < 50 MB) are the issue's acceptance; the old code took seconds and gigabytes.
Time is this process's CPU time, so that other work on a busy machine does not count.
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from emulator.app import Emulator
from emulator.config import DEFAULT_SDK_APP_ID
from speclib.catalog import REPOSITORY
from speclib.loader import load_file
from tests.emulator.inprocess import (
    HOST,
    PROJECT,
    Answer,
    call,
    huawei_error,
    huawei_headers,
    make_emulator,
    tencent_error,
    tencent_get,
    tencent_post,
)

TIME_BOUND = 0.1  # seconds
MEMORY_BOUND = 50 * 1024 * 1024  # bytes
INVALID_EXTRA = "InvalidParameter.InvalidExtra"  # TIW's documented code for Extras
START = {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 1, "RecordUserId": "r", "RecordUserSig": "s"}
CREATE_2D = f"/v1/{PROJECT}/2d-digital-human-videos"
TIW_SPEC = REPOSITORY / "specs" / "tencentcloud" / "tiw" / "2019-09-19" / "openapi.yaml"


def create_2d(**extra: Any) -> dict[str, Any]:
    return {
        "model_asset_id": "9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c",
        "voice_config": {"voice_asset_id": "f5e6a13eab4443fa85421191ad061780", "speed": 100},
        "video_config": {"codec": "H264", "bitrate": 5000, "width": 1920, "height": 1080},
        "shoot_scripts": [
            {
                "sequence_no": 0,
                "shoot_script": {"script_type": "TEXT", "text_config": {"text": "Hi"}},
            }
        ],
        "output_asset_config": {"asset_name": "Clip"},
        **extra,
    }


@pytest.fixture(scope="module")
def app() -> Emulator:
    return make_emulator()


def measured(action: Callable[[], Answer]) -> tuple[Answer, float, int]:
    """The answer, the CPU seconds it took (untraced) and the peak memory it allocated."""
    started = time.process_time()
    answer = action()
    elapsed = time.process_time() - started
    tracemalloc.start()
    try:
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return answer, elapsed, peak


def admin_post(app: Emulator, path: str, body: bytes) -> Answer:
    headers = {"Host": HOST, "Content-Type": "application/json"}
    return call(app, "POST", f"/_emulator{path}", headers=headers, body=body)


# ---- item 3: bounded decoding and validation ------------------------------------------------


@pytest.mark.parametrize(
    ("action", "query"),
    [
        # The request, with an index that the old code padded a list to.
        (
            "DescribeOnlineRecord",
            f"SdkAppId={DEFAULT_SDK_APP_ID}&TaskId=x&Extras.10000000=MIX_STREAM",
        ),
        (
            "StartOnlineRecord",
            f"SdkAppId={DEFAULT_SDK_APP_ID}&RoomId=1&RecordUserId=r&RecordUserSig=s"
            "&Extras.10000000=MIX_STREAM",
        ),
        # Thousands of digits: never turned into an int.
        ("StartOnlineRecord", f"SdkAppId={DEFAULT_SDK_APP_ID}&Extras.{'9' * 5000}=MIX_STREAM"),
    ],
)
def test_a_large_list_index_in_a_get_is_refused_at_once(
    app: Emulator, action: str, query: str
) -> None:
    answer, elapsed, peak = measured(lambda: tencent_get(app, action, query))
    error = tencent_error(answer)
    assert error["Code"] == "InvalidParameter", error
    assert "without gaps" in error["Message"]
    assert elapsed < TIME_BOUND, elapsed
    assert peak < MEMORY_BOUND, peak


def test_list_indexes_within_the_items_given_still_decode(app: Emulator) -> None:
    query = (
        f"SdkAppId={DEFAULT_SDK_APP_ID}&RoomId=1&RecordUserId=r&RecordUserSig=s"
        "&Extras.1=MIX_STREAM&Extras.0=MIX_STREAM"
    )
    answer = tencent_get(app, "StartOnlineRecord", query)
    assert "Error" not in answer.json()["Response"], answer.json()
    # A name that is a list in one pair and an object in another is refused, not a 500.
    clash = f"SdkAppId={DEFAULT_SDK_APP_ID}&TaskId=x&A.0=1&A.B=2&C=1&C.D=2"
    assert tencent_error(tencent_get(app, "DescribeOnlineRecord", clash))["Code"] in (
        "InvalidParameter",
        "UnknownParameter",
    )


def test_a_million_bad_values_are_answered_at_once(app: Emulator) -> None:
    body = json.dumps({**START, "Extras": [0] * 10**6}).encode()
    answer, elapsed, peak = measured(lambda: tencent_post(app, "StartOnlineRecord", body))
    error = tencent_error(answer)
    assert error["Code"] == INVALID_EXTRA, error
    assert elapsed < TIME_BOUND, elapsed
    assert peak < MEMORY_BOUND, peak


def test_a_million_bad_values_to_huawei_are_answered_at_once(app: Emulator) -> None:
    scripts = [0] * 10**6  # each breaks the item schema
    body = json.dumps(create_2d(shoot_scripts=scripts)).encode()

    def send() -> Answer:
        return call(app, "POST", CREATE_2D, headers=huawei_headers(), body=body)

    answer, elapsed, peak = measured(send)
    assert huawei_error(answer)["error_code"] == "MSS.10000003"
    assert elapsed < TIME_BOUND, elapsed
    assert peak < MEMORY_BOUND, peak


def test_tencent_size_limits_answer_with_the_cloud_code_and_a_request_id(app: Emulator) -> None:
    # GET: the documented 32 KB of query string.
    long_query = f"SdkAppId={DEFAULT_SDK_APP_ID}&TaskId={'x' * 33 * 1024}"
    error = tencent_error(tencent_get(app, "DescribeOnlineRecord", long_query))
    assert error["Code"] == "RequestSizeLimitExceeded", error
    # POST: the documented 10 MB of body (refused before it is read whole).
    body = b" " * (10 * 1024 * 1024 + 1)
    error = tencent_error(tencent_post(app, "DescribeOnlineRecord", body))
    assert error["Code"] == "RequestSizeLimitExceeded", error
    # A GET just under the limit is decoded as usual.
    fits = f"SdkAppId={DEFAULT_SDK_APP_ID}&TaskId={'x' * 30 * 1024}"
    assert tencent_error(tencent_get(app, "DescribeOnlineRecord", fits))["Code"] != (
        "RequestSizeLimitExceeded"
    )


# ---- item 5: odd input never reaches a server error -----------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT, b'{"SdkAppId": 1, "TaskId": ' + DEEP + b"}"])
def test_a_deeply_nested_tencent_body_is_a_parameter_error(app: Emulator, body: bytes) -> None:
    error = tencent_error(tencent_post(app, "DescribeOnlineRecord", body))
    assert error["Code"] == "InvalidParameter", error


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT])
def test_a_deeply_nested_huawei_body_is_a_bad_body(app: Emulator, body: bytes) -> None:
    answer = call(app, "POST", CREATE_2D, headers=huawei_headers(), body=body)
    assert huawei_error(answer)["error_code"] == "MSS.10000002"


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT])
def test_a_deeply_nested_admin_body_is_a_400(app: Emulator, body: bytes) -> None:
    answer = admin_post(app, "/tiw/recording-tasks", body)
    assert answer.status == 400 and "error" in answer.json()


@pytest.mark.parametrize(
    ("action", "body"),
    [
        # An unknown parameter whose name is a lone surrogate (the old error reply failed).
        ("DescribeOnlineRecord", b'{"SdkAppId": 1400000001, "TaskId": "t", "\\ud800": 1}'),
        ("StartOnlineRecord", json.dumps({**START, "RecordUserId": "\ud800"}).encode()),
        ("DescribeOnlineRecord", b'{"SdkAppId": 1400000001, "TaskId": "\\udfff"}'),
    ],
)
def test_a_lone_surrogate_is_a_parameter_error(app: Emulator, action: str, body: bytes) -> None:
    error = tencent_error(tencent_post(app, action, body))
    assert error["Code"] == "InvalidParameter", error


def test_a_lone_surrogate_in_a_huawei_body_is_a_bad_body(app: Emulator) -> None:
    body = json.dumps(create_2d(output_asset_config={"asset_name": "\ud800"})).encode()
    answer = call(app, "POST", CREATE_2D, headers=huawei_headers(), body=body)
    assert huawei_error(answer)["error_code"] == "MSS.10000002"
    # A surrogate pair is a character like any other.
    paired = json.dumps(create_2d(output_asset_config={"asset_name": "\U0001f600"})).encode()
    assert call(app, "POST", CREATE_2D, headers=huawei_headers(), body=paired).status == 200


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/tiw/recording-tasks", {"SdkAppId": 1400000001, "RoomId": 1, "DurationSeconds": [1]}),
        ("/tiw/recording-tasks", {"SdkAppId": 1400000001, "RoomId": 1, "Created": {}}),
        ("/tiw/recording-tasks", {"SdkAppId": 1400000001, "RoomId": 1, "Users": 5}),
        ("/tiw/recording-tasks", {"SdkAppId": 1400000001, "RoomId": 1, "Created": 1e300}),
        ("/tiw/recording-tasks", {"SdkAppId": 2**64, "RoomId": 1}),
        ("/tiw/recording-tasks", {"SdkAppId": 1400000001, "RoomId": 1, "TaskId": "\ud800"}),
        ("/tiw/apps", {"SdkAppId": "1"}),
        ("/vclm/stylization-jobs", {"StyleId": 5}),
        (f"/metastudio/{PROJECT}/jobs", {"duration": "long"}),
        (f"/metastudio/{PROJECT}/jobs", {"created": 1e300}),
        ("/clock/advance", {"seconds": -1}),
        ("/clock/advance", {"seconds": 1e300}),
        ("/clock/advance", {"seconds": True}),
    ],
)
def test_admin_bodies_of_the_wrong_type_are_a_400(
    app: Emulator, path: str, body: dict[str, Any]
) -> None:
    answer = admin_post(app, path, json.dumps(body).encode())
    assert answer.status == 400, answer
    assert isinstance(answer.json()["error"], str)


@pytest.mark.parametrize("seconds", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_the_clock_takes_only_finite_seconds(seconds: bytes) -> None:
    app = make_emulator()
    answer = admin_post(app, "/clock/advance", b'{"seconds": ' + seconds + b"}")
    assert answer.status == 400, answer
    # The clock is untouched: a recording still starts.
    reply = tencent_post(app, "StartOnlineRecord", json.dumps(START).encode()).json()
    assert "Error" not in reply["Response"], reply


# ---- item 6: strict JSON ----------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_nan_and_infinity_are_refused_by_tencent(app: Emulator, value: bytes) -> None:
    body = (
        b'{"SdkAppId": 1400000001, "RoomId": '
        + value
        + b', "RecordUserId": "r", "RecordUserSig": "s"}'
    )
    error = tencent_error(tencent_post(app, "StartOnlineRecord", body))
    assert error["Code"] == "InvalidParameter", error


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_by_huawei(app: Emulator, value: str) -> None:
    scripts = [{"sequence_no": 0, "shoot_script": {"script_type": "AUDIO", "audio_duration": 1.5}}]
    body = json.dumps(create_2d(shoot_scripts=scripts)).replace("1.5", value).encode()
    answer = call(app, "POST", CREATE_2D, headers=huawei_headers(), body=body)
    assert huawei_error(answer)["error_code"] == "MSS.10000002"


# ---- item 10: short messages, callback URL length, media types ------------------------------


def test_messages_quote_a_short_prefix_of_a_bad_value(app: Emulator) -> None:
    big = "x" * (1024 * 1024)
    body = json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": 5, "Extra": big}).encode()
    tencent = tencent_post(app, "DescribeOnlineRecord", body)
    assert len(tencent.body) < 2048, len(tencent.body)
    key = json.dumps({**START, "RecordUserId": big, big: 1}).encode()
    assert len(tencent_post(app, "StartOnlineRecord", key).body) < 2048
    long_name = json.dumps(create_2d(output_asset_config={"asset_name": big})).encode()
    huawei = call(app, "POST", CREATE_2D, headers=huawei_headers(), body=long_name)
    assert huawei_error(huawei)["error_code"] == "MSS.10000003"
    assert len(huawei.body) < 2048, len(huawei.body)


@pytest.mark.parametrize("action", ["SetOnlineRecordCallback", "SetVideoGenerationTaskCallback"])
def test_a_callback_url_beyond_2048_characters_is_not_stored(app: Emulator, action: str) -> None:
    url = "https://example.com/" + "a" * (1024 * 1024)
    body = json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID, "Callback": url}).encode()
    error = tencent_error(tencent_post(app, action, body))
    assert error["Code"] == "InvalidParameter.CallbackAddressFormatError", error
    describe = action.replace("Set", "Describe", 1)
    stored = tencent_post(app, describe, json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID}).encode())
    assert len(stored.json()["Response"]["Callback"]) <= 2048


@pytest.mark.parametrize("action", ["SetOnlineRecordCallback", "SetVideoGenerationTaskCallback"])
def test_the_callback_url_limit_is_the_specs(app: Emulator, action: str) -> None:
    """The longest callback URL is the spec's maxLength (an x-videoapi-assumption there),
    enforced by the request's validation: a URL of that length is kept, one longer is not."""
    schema = load_file(TIW_SPEC)["components"]["schemas"][f"{action}Request"]
    callback = schema["properties"]["Callback"]
    limit = callback["maxLength"]
    assert limit == 2048 and "x-videoapi-assumption" in callback
    describe = action.replace("Set", "Describe", 1)
    for length, kept in ((limit, True), (limit + 1, False)):
        url = "https://example.com/" + "a" * (length - len("https://example.com/"))
        body = json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID, "Callback": url}).encode()
        reply = tencent_post(app, action, body).json()["Response"]
        stored = tencent_post(app, describe, json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID}).encode())
        assert (stored.json()["Response"]["Callback"] == url) is kept, length
        if not kept:
            error = reply["Error"]
            assert error["Code"] == "InvalidParameter.CallbackAddressFormatError", error
            assert f"is longer than {limit} characters" in error["Message"], error


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_a_huawei_create_that_is_not_json_is_refused(app: Emulator, content_type: str) -> None:
    body = json.dumps(create_2d()).encode()
    answer = call(app, "POST", CREATE_2D, headers=huawei_headers(content_type), body=body)
    assert huawei_error(answer)["error_code"] == "MSS.10000002"
    with_charset = huawei_headers("application/json; charset=utf-8")
    assert call(app, "POST", CREATE_2D, headers=with_charset, body=body).status == 200
