"""Run the emulator on a free loopback port, keeping every exchange for the spec checks.

Whatever the test's settings, it delivers event callbacks to loopback only: a callback
URL elsewhere ends as a refused attempt (Config.callback_targets), never a connection."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from emulator.app import Emulator
from emulator.config import CallbackTargets, Config
from emulator.http import Reply, Request
from speclib.catalog import REPOSITORY


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


@contextmanager
def emulator_process(
    *args: str, log: Path | None = None, start_seconds: float = 120
) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """`python -m emulator ARGS` as a process of its own (in its own process group, so a
    test may kill every worker), once it answers; stopped with SIGTERM after. When it does
    not start in `start_seconds` (several workers start slowly on a busy machine), its
    threads' stacks go to `log` and the test fails with the log's tail."""
    with emulator_processes(args, log=log, start_seconds=start_seconds) as (started,):
        yield started


@contextmanager
def emulator_processes(
    *commands: Sequence[str], log: Path | None = None, start_seconds: float = 120
) -> Iterator[list[tuple[int, subprocess.Popen[bytes]]]]:
    """One emulator process per list of arguments, as emulator_process starts one, each on
    a port of its own: all are started before any is waited for (they start side by side),
    and all answer within `start_seconds` of the first start. Every one writes to `log`."""
    with ExitStack() as stack:
        stderr = stack.enter_context(log.open("a")) if log else subprocess.DEVNULL
        started: list[tuple[int, subprocess.Popen[bytes]]] = []
        try:
            for args in commands:
                port = free_port(avoid={port for port, _ in started})
                process = subprocess.Popen(
                    emulator_command(port, *args),
                    cwd=REPOSITORY,
                    stderr=stderr,
                    env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1"},
                    start_new_session=True,
                )
                started.append((port, process))
            deadline = time.monotonic() + start_seconds
            for port, process in started:
                _wait_until_it_answers(port, process, deadline, log)
            yield started
        finally:
            running = [process for _, process in started if process.poll() is None]
            for process in running:
                process.send_signal(signal.SIGTERM)
            for process in running:
                process.wait(20)


def _wait_until_it_answers(
    port: int, process: subprocess.Popen[bytes], deadline: float, log: Path | None
) -> None:
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/_emulator/state", timeout=1)
            return
        except httpx.TransportError:
            assert process.poll() is None, "emulator exited"
            if time.monotonic() > deadline:
                process.send_signal(signal.SIGABRT)  # faulthandler: the stacks, in the log
                process.wait(10)
                tail = log.read_text()[-3000:] if log else ""
                raise AssertionError(f"emulator did not start: {tail}") from None
            time.sleep(0.1)


def free_port(avoid: Collection[int] = ()) -> int:
    """A loopback port free now (and not one of `avoid`, ports already given out)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if port not in avoid:
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
