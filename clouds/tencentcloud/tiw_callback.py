"""TIW event callbacks: the signature Tencent puts on an event, made and checked.

When an application has a callback key, every event TIW POSTs to its callback URL
carries ExpireTime (UNIX seconds) and Sign, the lower-case hexadecimal MD5 digest
of the key immediately followed by the decimal ExpireTime. A receiver recomputes
Sign and refuses the event once ExpireTime has passed. Without a key, events come
unsigned.

The one implementation: the emulator signs with it, and it is copied into the
generated TIW client, whose `callbacks.parse_callback` verifies with it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any


class InvalidCallback(ValueError):
    """A received event that must not be trusted: unsigned, badly signed, expired, or
    not an event at all."""


def callback_signature(callback_key: str, expire_time: int) -> str:
    """Sign = lower-case hex MD5(CallbackKey + str(ExpireTime))."""
    return hashlib.md5(f"{callback_key}{expire_time}".encode()).hexdigest()


def sign_event(event: Mapping[str, Any], callback_key: str, expire_time: int) -> dict[str, Any]:
    """The event with ExpireTime and Sign set (unchanged, without them, when there is no key)."""
    signed = {k: v for k, v in event.items() if k not in ("ExpireTime", "Sign")}
    if callback_key:
        signed["ExpireTime"] = expire_time
        signed["Sign"] = callback_signature(callback_key, expire_time)
    return signed


def _as_object(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        event = json.loads(body)
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidCallback(f"the body is not JSON: {error}") from None
    if not isinstance(event, dict):
        raise InvalidCallback("the body is not a JSON object")
    return event


def verify_callback(
    body: bytes | str | Mapping[str, Any],
    callback_key: str | None,
    *,
    now: float | None = None,
    leeway: float = 0.0,
) -> dict[str, Any]:
    """The event as a dict, once its signature and expiry are checked.

    `callback_key` is the key set with Set...CallbackKey; with None (no key set) the
    event is only checked to be an event. `leeway` seconds are allowed past ExpireTime
    for clock differences; `now` defaults to the current time.
    """
    event = _as_object(body)
    if not isinstance(event.get("EventType"), str):
        raise InvalidCallback("the body has no EventType")
    if callback_key is None:
        return event
    sign, expire_time = event.get("Sign"), event.get("ExpireTime")
    if (
        not isinstance(sign, str)
        or isinstance(expire_time, bool)
        or not isinstance(expire_time, int)
    ):
        raise InvalidCallback("the event is not signed (Sign and ExpireTime are missing)")
    if not hmac.compare_digest(callback_signature(callback_key, expire_time), sign.lower()):
        raise InvalidCallback("the signature does not match the callback key")
    moment = time.time() if now is None else now
    if moment > expire_time + leeway:
        raise InvalidCallback(f"the signature expired at {expire_time} (now {int(moment)})")
    return event
