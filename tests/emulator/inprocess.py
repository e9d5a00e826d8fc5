"""Calls into the emulator's ASGI app in this process, without a server: as fast as the
app itself, and every byte of the request (path, query, headers, body) is the caller's."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clouds.tencentcloud import tc3
from emulator.app import Emulator
from emulator.clock import Clock
from emulator.config import DEFAULT_HUAWEI_PROJECT, Config, Progression
from emulator.context import Context
from emulator.store import Store
from tests.support.credentials import SECRET_ID, SECRET_KEY

HOST = "127.0.0.1:8080"
HUAWEI_TOKEN = "local-emulator-token"
TENCENT_VERSIONS = {"tiw": "2019-09-19", "vclm": "2024-05-23"}
PROJECT = DEFAULT_HUAWEI_PROJECT


@dataclass
class Answer:
    status: int
    headers: dict[str, str]  # names lower-cased
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def context_on(path: Path | None, progression: Progression, wall: Callable[[], float]) -> Context:
    """A backend's context on a store (in memory, or a file other stores may share) whose
    clock reads `wall` (5-second steps)."""
    store = Store(path)
    config = Config(data=path, progression=progression, step_seconds=5.0)
    return Context(config, store, Clock(store, wall))


def frozen(moment: float) -> Callable[[], float]:
    """A wall clock stopped at `moment`."""
    return lambda: moment


def make_emulator(**settings: Any) -> Emulator:
    """An in-memory emulator whose tasks move only when told (Config defaults otherwise)."""
    return Emulator(Config(**{"progression": Progression.MANUAL, **settings}))


def call(
    app: Emulator,
    method: str,
    path: str,
    *,
    query: bytes = b"",
    headers: list[tuple[bytes, bytes]] | dict[str, str] | None = None,
    body: bytes = b"",
) -> Answer:
    """One HTTP exchange through the app's ASGI interface."""
    if isinstance(headers, dict):
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode("latin-1", "replace"),
        "query_string": query,
        "headers": headers or [],
    }
    pending = [{"type": "http.request", "body": body, "more_body": False}]
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    content = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    found = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in start["headers"]}
    return Answer(int(start["status"]), found, content)


def tencent_headers(
    action: str,
    *,
    method: str = "POST",
    body: bytes = b"",
    query: str = "",
    service: str = "tiw",
    content_type: str = "application/json",
) -> dict[str, str]:
    """The headers of a correctly signed Tencent call over exactly this body or query."""
    timestamp = int(time.time())
    authorization = tc3.authorization(
        SECRET_ID, SECRET_KEY, service, timestamp, method, HOST, content_type, query, body
    )
    return {
        "Host": HOST,
        "Content-Type": content_type,
        "X-TC-Action": action,
        "X-TC-Version": TENCENT_VERSIONS[service],
        "X-TC-Region": "ap-singapore",
        "X-TC-Timestamp": str(timestamp),
        "Authorization": authorization,
    }


def tencent_post(app: Emulator, action: str, body: bytes, service: str = "tiw") -> Answer:
    return call(
        app, "POST", "/", headers=tencent_headers(action, body=body, service=service), body=body
    )


def tencent_get(app: Emulator, action: str, query: str, service: str = "tiw") -> Answer:
    headers = tencent_headers(
        action,
        method="GET",
        query=query,
        service=service,
        content_type="application/x-www-form-urlencoded",
    )
    return call(app, "GET", "/", query=query.encode("latin-1"), headers=headers)


def tencent_error(answer: Answer) -> dict[str, str]:
    """Response.Error of a Tencent reply, after checking the envelope (HTTP 200, JSON,
    a RequestId that is an actual ID)."""
    assert answer.status == 200, answer
    assert answer.headers["content-type"] == "application/json"
    inner = answer.json()["Response"]
    assert isinstance(inner["RequestId"], str) and len(inner["RequestId"]) == 36, inner
    error: dict[str, str] = inner["Error"]
    assert isinstance(error["Code"], str) and isinstance(error["Message"], str)
    return error


def huawei_headers(content_type: str = "application/json") -> dict[str, str]:
    return {"Host": HOST, "Content-Type": content_type, "X-Auth-Token": HUAWEI_TOKEN}


def huawei_error(answer: Answer) -> dict[str, str]:
    """The Huawei error body, after checking its shape (4xx, JSON, X-Request-Id)."""
    assert 400 <= answer.status < 500, answer
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers.get("x-request-id")
    payload: dict[str, str] = answer.json()
    assert isinstance(payload["error_code"], str) and isinstance(payload["error_msg"], str)
    return payload
