"""The emulator's view of an HTTP exchange, independent of the server that carries it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import orjson


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
    integers beyond 64 bits)."""
    try:
        return orjson.dumps(payload)
    except TypeError:
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def json_reply(status: int, payload: Any, headers: list[tuple[str, str]] | None = None) -> Reply:
    # Exactly application/json: the Tencent Python SDK parses errors only then.
    body = json_body(payload)
    return Reply(status, body, [("Content-Type", "application/json"), *(headers or [])])
