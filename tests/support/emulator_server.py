"""Run the emulator on a free loopback port, keeping every exchange for the spec checks.

Whatever the test's settings, it delivers event callbacks to loopback only: a callback
URL elsewhere ends as a refused attempt (Config.callback_targets), never a connection."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn

from emulator.app import Emulator
from emulator.config import CallbackTargets, Config
from emulator.http import Reply, Request


def emulator_command(port: int, *args: str) -> list[str]:
    """`python -m emulator` on `port` as tests start it: event callbacks to loopback only."""
    return [
        sys.executable,
        "-m",
        "emulator",
        "--port",
        str(port),
        "--callback-targets",
        "loopback",
        *args,
    ]


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
def serve(config: Config, *, keep_callback_targets: bool = False) -> Iterator[Running]:
    """`keep_callback_targets` leaves Config.callback_targets as given: only for a test whose
    own guard refuses every connection beyond loopback (pytest-socket does too)."""
    config.port = free_port()
    if not keep_callback_targets:
        config.callback_targets = CallbackTargets.LOOPBACK
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
