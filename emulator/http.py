"""The emulator's view of an HTTP exchange, independent of the server that carries it."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from random import getrandbits
from typing import Any
from urllib.parse import parse_qsl

import orjson

from emulator.messages import Text, text

# The deepest JSON a request may carry: the deepest request schema of any spec nests
# seven levels (MetaStudio's), so 32 leaves room without letting a body exhaust the
# interpreter's stack (or orjson's, which refuses to write beyond 254 levels).
MAX_JSON_DEPTH = 32
# How much of a value an error message quotes.
QUOTE_CHARS = 64
# An escaped UTF-16 surrogate, the only way a JSON text can carry one that is not paired.
_SURROGATE_ESCAPE = re.compile(rb"\\[uU][dD][89a-fA-F]")
# Every digit as 0, everything else as a space: 19 zeros in a row are 19 digits in a row.
_DIGITS_AS_ZERO = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = bytes(set(range(256)) - set(b"[]{}"))
_INNERMOST = re.compile(rb"\[\]|\{\}")
# A request ID's version (4) and variant (RFC 9562) bits, set in 128 random bits.
_UUID4_CLEAR = ~((0xF << 76) | (0x3 << 62))
_UUID4_SET = (0x4 << 76) | (0x2 << 62)


def new_request_id() -> str:
    """A new request ID, a version-4 UUID as both clouds write theirs. Not a secret, so from
    the process's generator (seeded anew in each worker process) rather than the system's
    random source, which uuid.uuid4 reads on every call at three times the cost."""
    digits = f"{(getrandbits(128) & _UUID4_CLEAR) | _UUID4_SET:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    raw_query: str
    headers: dict[str, str]  # names lower-cased
    body: bytes
    client: str = ""

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.raw_query, keep_blank_values=True)


def header_fields(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """The header fields of an ASGI scope, names lower-cased. A repeated header is one value,
    its lines joined by commas (RFC 9110 5.3), so that a repeated Authorization or
    X-TC-Timestamp cannot pass as its last line."""
    headers: dict[str, str] = {}
    for k, v in raw:
        name, value = k.decode("latin-1").lower(), v.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


@dataclass
class Reply:
    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    # What the request log shows: the action and the error code, if any.
    action: str = "-"
    outcome: str = "ok"


def json_body(payload: Any) -> bytes:
    """Compact UTF-8 JSON (orjson; the standard library for what it refuses, such as
    integers beyond 64 bits or a lone surrogate, which it escapes as \\udXXX)."""
    try:
        return orjson.dumps(payload)
    except TypeError:
        return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).encode()


class NotJson(ValueError):
    """A request body that is not strict JSON (RFC 8259) or nests deeper than allowed;
    `reason` says why, in the catalogue's languages (its English wording is the message)."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason)
        self.reason = reason


def _refuse_constant(name: str) -> Any:
    raise NotJson(text("json.constant", name=name))


def _finite(number: str) -> float:
    value = float(number)
    if not math.isfinite(value):
        raise NotJson(text("json.number_range", number=quote(number)))
    return value


def _syntax(error: ValueError) -> NotJson:
    """What the parser said is wrong with the text, briefly."""
    return NotJson(text("json.syntax", detail=clip(str(error))))


def _too_deep_error() -> NotJson:
    return NotJson(text("json.depth", depth=MAX_JSON_DEPTH))


def parse_json(body: bytes) -> Any:
    """A request body as strict JSON: UTF-8, no NaN or Infinity, no number beyond a double,
    no unpaired surrogate (it could not be stored or sent back as UTF-8) and at most
    MAX_JSON_DEPTH levels of nesting. Raises NotJson, with a short reason.

    orjson parses (and refuses all of that but the depth) several times faster than the
    standard library, which is kept for a body with 19 digits in a row: orjson reads an
    integer beyond 64 bits as a float, and a value the schema must refuse could pass."""
    if b"0" * 19 not in body.translate(_DIGITS_AS_ZERO):
        try:
            value = orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise _syntax(error) from None
    else:
        value = _parse_exactly(body)
    # Counting brackets (C speed) spares the depth check for all but bracket-rich bodies.
    if body.count(b"[") + body.count(b"{") > MAX_JSON_DEPTH and _too_deep(body):
        raise _too_deep_error()
    return value


def _parse_exactly(body: bytes) -> Any:
    """The standard library's parse, with every refusal orjson makes."""
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        raise NotJson(text("json.not_utf8")) from None
    try:
        value = json.loads(decoded, parse_constant=_refuse_constant, parse_float=_finite)
    except RecursionError:
        raise _too_deep_error() from None
    except NotJson:
        raise
    except ValueError as error:
        raise _syntax(error) from None
    if _SURROGATE_ESCAPE.search(body) is not None:
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise NotJson(text("json.surrogate")) from None
    return value


def _too_deep(body: bytes) -> bool:
    """Whether a valid JSON text nests deeper than MAX_JSON_DEPTH, at C speed: strings
    emptied, everything but brackets dropped, then one level of innermost pairs removed
    per pass."""
    brackets = _STRING.sub(b'""', body).translate(None, _NOT_BRACKET)
    for _ in range(MAX_JSON_DEPTH):
        if not brackets:
            return False
        brackets = _INNERMOST.sub(b"", brackets)
    return bool(brackets)


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    """At most `limit` characters of a text an error message quotes."""
    return text if len(text) <= limit else text[:limit] + "..."


def quote(value: Any) -> str:
    """A value as an error message shows it: its repr, at most QUOTE_CHARS characters."""
    if isinstance(value, str | bytes) and len(value) > QUOTE_CHARS:
        return repr(value[:QUOTE_CHARS]) + "..."
    if isinstance(value, list | dict) and len(value) > QUOTE_CHARS:
        return f"<{type(value).__name__} of {len(value)} items>"
    return clip(repr(value))


def json_reply(status: int, payload: Any, headers: list[tuple[str, str]] | None = None) -> Reply:
    # Exactly application/json: the Tencent Python SDK parses errors only then.
    body = json_body(payload)
    return Reply(status, body, [("Content-Type", "application/json"), *(headers or [])])
