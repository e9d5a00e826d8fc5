"""Run the emulator on a free loopback port, and hold every cloud reply to the spec."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import uvicorn

from emulator.app import Emulator
from emulator.config import DEFAULT_TENCENT_CREDENTIALS, Config, Progression
from emulator.http import Reply, Request
from emulator.schemas import service_schemas

SECRET_ID, SECRET_KEY = next(iter(DEFAULT_TENCENT_CREDENTIALS.items()))
TENCENT_SCHEMAS = [
    service_schemas("tencentcloud", "tiw", "2019-09-19"),
    service_schemas("tencentcloud", "vclm", "2024-05-23"),
]
HUAWEI_SCHEMAS = [service_schemas("huaweicloud", "metastudio", "v1")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RecordingEmulator(Emulator):
    """The emulator, keeping every exchange so tests can check the replies."""

    def __init__(self, config: Config) -> None:
        super().__init__(config)
        self.exchanges: list[tuple[Request, Reply]] = []

    def handle(self, request: Request) -> Reply:
        reply = super().handle(request)
        self.exchanges.append((request, reply))
        return reply


def tencent_reply_problems(request: Request, reply: Reply) -> list[str]:
    """Why a Tencent reply breaks the spec or the cloud's envelope rules (empty if it does not)."""
    problems = []
    if reply.status != 200 or dict(reply.headers).get("Content-Type") != "application/json":
        problems.append(f"status {reply.status}, headers {reply.headers}")
    payload = json.loads(reply.body)
    action = request.header("x-tc-action")
    for schemas in TENCENT_SCHEMAS:
        if action in schemas.operations:
            validator = schemas.operations[action].replies["200"]
            problems += [error.message for error in validator.iter_errors(payload)]
            return problems
    inner = payload.get("Response", {})
    error = inner.get("Error", {})
    if not (isinstance(error.get("Code"), str) and isinstance(error.get("Message"), str)):
        problems.append(f"not an error envelope: {payload}")
    if not isinstance(inner.get("RequestId"), str):
        problems.append("no RequestId")
    return problems


def huawei_reply_problems(reply: Reply) -> list[str]:
    """Why a reply of a Huawei operation breaks its spec: a status the operation does not
    declare, a body off the schema of that status (or a body where it declares none), no
    X-Request-Id. Replies that matched no operation (reply.action "-") are the gateway's."""
    headers = dict(reply.headers)
    problems = [] if headers.get("X-Request-Id") else ["no X-Request-Id"]
    for schemas in HUAWEI_SCHEMAS:
        operation = schemas.operations.get(reply.action)
        if operation is None:
            continue
        declared = operation.document["paths"]
        validator = operation.replies.get(str(reply.status))
        if validator is None:
            if reply.body or not _declares_bodyless(declared, reply.action, reply.status):
                problems.append(f"{reply.action}: undeclared {reply.status} {reply.body!r}")
            return problems
        if headers.get("Content-Type") != "application/json":
            problems.append(f"{reply.action}: Content-Type {headers.get('Content-Type')}")
        payload = json.loads(reply.body)
        problems += [f"{reply.action}: {e.message}" for e in validator.iter_errors(payload)]
    return problems


def _declares_bodyless(paths: dict[str, Any], operation_id: str, status: int) -> bool:
    for item in paths.values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                reply = operation.get("responses", {}).get(str(status))
                return isinstance(reply, dict) and "content" not in reply
    return False


def spec_problems(running: Running) -> list[tuple[str, str]]:
    """Every reply of the cloud APIs so far that breaks the spec (see the checks above)."""
    found = []
    for request, reply in running.emulator.exchanges:
        if request.path == "/":
            action = request.header("x-tc-action") or "-"
            found += [(action, p) for p in tencent_reply_problems(request, reply)]
        elif not request.path.startswith("/_emulator/"):
            found += [(reply.action, p) for p in huawei_reply_problems(reply)]
    return found


@dataclass
class Running:
    emulator: RecordingEmulator
    port: int
    admin: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.admin = httpx.Client(base_url=f"http://127.0.0.1:{self.port}/_emulator")

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def seed(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self.admin.post(path, json=body)
        assert response.status_code in (200, 201), response.text
        result: dict[str, Any] = response.json()
        return result


@contextmanager
def serve(config: Config) -> Iterator[Running]:
    config.port = free_port()
    app = RecordingEmulator(config)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=config.port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "emulator did not start"
        time.sleep(0.01)
    running = Running(app, config.port)
    try:
        yield running
    finally:
        running.admin.close()
        server.should_exit = True
        thread.join(5)
        app.callbacks.stop()
        app.store.close()


@pytest.fixture
def emulator() -> Iterator[Running]:
    """A fresh in-memory emulator whose tasks move only when a test says so."""
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield running
        assert spec_problems(running) == []
