"""TIW event signing (clouds/tencentcloud/tiw_callback.py) and the generated client's
`callbacks.parse_callback`, on the documented vector and the spec's event examples."""

from __future__ import annotations

import ast
import json
import sys
from typing import Any

import pytest

from clouds.tencentcloud.tiw_callback import (
    InvalidCallback,
    callback_signature,
    sign_event,
    verify_callback,
)
from speclib.catalog import REPOSITORY

sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / "tencentcloud-tiw-client"))
sys.path.insert(0, str(REPOSITORY / "generated" / "models" / "videoapi-models"))

from tencentcloud_tiw_client import callbacks
from tencentcloud_tiw_client.models import (
    OnlineRecordFinishedEvent,
    OnlineRecordStartedEvent,
    VideoGenerationFinishedEvent,
)
from videoapi_models import tiw as pydantic_models

# The vector of Tencent's event notification page.
KEY, EXPIRE_TIME, SIGN = "Xz4ZgayTr7rMgWQrH", 1588040109, "a2dabb362a9b811c0e26953a6276a41c"
EVENT = {
    "EventType": "OnlineRecordStarted",
    "EventData": {"TaskId": "bj0mt2l23osdj300hl30", "RoomId": 1253, "RecordUserId": "u"},
    "SdkAppId": 1400000001,
    "Timestamp": 1588039809,
}


def webhook_examples(bundle: dict[str, Any]) -> dict[str, Any]:
    """The spec's example body of each webhook, by EventType."""
    found = {}
    for name, item in bundle["webhooks"].items():
        examples = item["post"]["requestBody"]["content"]["application/json"]["examples"]
        found[name] = next(iter(examples.values()))["value"]
    return found


def test_the_documented_vector() -> None:
    assert callback_signature(KEY, EXPIRE_TIME) == SIGN


def test_a_signed_event_verifies_until_it_expires() -> None:
    signed = sign_event(EVENT, KEY, EXPIRE_TIME)
    assert (signed["ExpireTime"], signed["Sign"]) == (EXPIRE_TIME, SIGN)
    body = json.dumps(signed).encode()
    assert verify_callback(body, KEY, now=EXPIRE_TIME) == signed
    with pytest.raises(InvalidCallback, match="expired"):
        verify_callback(body, KEY, now=EXPIRE_TIME + 1)
    assert verify_callback(body, KEY, now=EXPIRE_TIME + 1, leeway=5)["Sign"] == SIGN


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"Sign": "0" * 32}, "does not match"),
        ({"ExpireTime": EXPIRE_TIME + 1}, "does not match"),
        ({"Sign": None}, "not signed"),
        ({"ExpireTime": "1588040109"}, "not signed"),
        ({"EventType": None}, "no EventType"),
    ],
)
def test_a_tampered_event_is_refused(change: dict[str, Any], reason: str) -> None:
    tampered = {**sign_event(EVENT, KEY, EXPIRE_TIME), **change}
    tampered = {k: v for k, v in tampered.items() if v is not None}
    with pytest.raises(InvalidCallback, match=reason):
        verify_callback(tampered, KEY, now=EXPIRE_TIME - 10)


def test_another_key_is_refused() -> None:
    with pytest.raises(InvalidCallback, match="does not match"):
        verify_callback(sign_event(EVENT, KEY, EXPIRE_TIME), "other", now=0)


def test_without_a_key_events_are_unsigned() -> None:
    unsigned = sign_event({**EVENT, "Sign": "stale"}, "", EXPIRE_TIME)
    assert "Sign" not in unsigned and "ExpireTime" not in unsigned
    assert verify_callback(json.dumps(unsigned), None) == unsigned
    with pytest.raises(InvalidCallback, match="not signed"):
        verify_callback(json.dumps(unsigned), KEY)


@pytest.mark.parametrize("body", [b"{nope", b"[1, 2]", "\u00ff".encode("latin-1")])
def test_a_body_that_is_not_an_event_is_refused(body: bytes) -> None:
    with pytest.raises(InvalidCallback):
        verify_callback(body, None)


def test_the_spec_example_of_the_assumed_event_carries_the_documented_signature(
    bundles: dict[str, dict[str, Any]],
) -> None:
    example = webhook_examples(bundles["tencentcloud/tiw/2019-09-19"])["VideoGenerationFinished"]
    assert example["Sign"] == callback_signature(KEY, example["ExpireTime"])


def test_parse_callback_reads_every_event_of_the_spec_into_its_model(
    bundles: dict[str, dict[str, Any]],
) -> None:
    examples = webhook_examples(bundles["tencentcloud/tiw/2019-09-19"])
    assert set(examples) == set(callbacks.EVENT_MODELS)
    for event_type, example in examples.items():
        key = KEY if "Sign" in example else None
        if key is not None:  # re-signed: the documented examples use other keys
            example = sign_event(example, KEY, example["ExpireTime"])
        event = callbacks.parse_callback(
            json.dumps(example).encode(), key, now=example.get("ExpireTime", 0)
        )
        assert isinstance(event, callbacks.EVENT_MODELS[event_type])
        assert event.to_dict() == example
    finished = callbacks.parse_callback(examples["OnlineRecordFinished"], None)
    assert isinstance(finished, OnlineRecordFinishedEvent)
    assert finished.event_data.video_infos[0].video_type == 2  # type: ignore[index]


def test_parse_callback_refuses_what_no_model_reads() -> None:
    signed = sign_event(EVENT, KEY, EXPIRE_TIME)
    assert isinstance(callbacks.parse_callback(signed, KEY, now=0), OnlineRecordStartedEvent)
    with pytest.raises(callbacks.InvalidCallback, match="unknown EventType"):
        callbacks.parse_callback(sign_event({**EVENT, "EventType": "X"}, KEY, 9), KEY, now=0)
    incomplete = {**EVENT, "EventData": {"TaskId": "t"}}
    with pytest.raises(callbacks.InvalidCallback, match="not a valid OnlineRecordStarted event"):
        callbacks.parse_callback(incomplete, None)
    mislabelled = {**EVENT, "EventType": "VideoGenerationFinished"}
    with pytest.raises(callbacks.InvalidCallback, match="not a valid VideoGenerationFinished"):
        callbacks.parse_callback(mislabelled, None)
    assert VideoGenerationFinishedEvent in callbacks.EVENT_MODELS.values()


def test_the_generated_package_carries_the_one_implementation() -> None:
    """The package's copy is the runtime module itself (formatted for the package)."""
    copied = (
        REPOSITORY
        / "generated/clients/tencentcloud-tiw-client/tencentcloud_tiw_client/_runtime"
        / "tiw_callback.py"
    ).read_text(encoding="utf-8")
    source = (REPOSITORY / "clouds/tencentcloud/tiw_callback.py").read_text(encoding="utf-8")
    assert ast.dump(ast.parse(copied)) == ast.dump(ast.parse(source))
    assert callbacks.callback_signature(KEY, EXPIRE_TIME) == SIGN


def test_the_pydantic_models_read_every_event_of_the_spec(
    bundles: dict[str, dict[str, Any]],
) -> None:
    for event_type, example in webhook_examples(bundles["tencentcloud/tiw/2019-09-19"]).items():
        model = getattr(pydantic_models, f"{event_type}Event")
        event = model.model_validate_json(json.dumps(example))
        assert event.event_type == event_type
        assert event.model_dump(mode="json", by_alias=True, exclude_none=True) == example
