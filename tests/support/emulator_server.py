"""Run the emulator on a free loopback port, keeping every exchange for the spec checks:
in a thread under the configured server (Config.server: uvicorn unless told otherwise), or
as a process of its own.

Whatever the test's settings, it delivers event callbacks to loopback only: a callback
URL elsewhere ends as a refused attempt (Config.callback_targets), never a connection."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from granian.server.embed import Server as EmbeddedGranian

from emulator.app import Emulator
from emulator.config import CallbackTargets, Config, HttpServer
from emulator.http import Reply, Request
from emulator.http_protocol import HEADER_READ_SECONDS
from emulator.ports import free_port as free_port  # the tests' import of it
from emulator.servers import ServerThread, granian_settings
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
def granian_thread(
    app: Any, port: int, header_read_seconds: float = HEADER_READ_SECONDS
) -> Iterator[None]:
    """granian in a thread of this process (its embedded server), lifespan off, speaking
    HTTP as emulator/servers.py has it, until the block ends."""
    settings = granian_settings(header_read_seconds, lifespan=False)
    instance = EmbeddedGranian(app, port=port, **settings)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(instance.serve(),))
    thread.start()
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert thread.is_alive() and time.monotonic() < deadline, "granian did not start"
            time.sleep(0.02)
    try:
        yield
    finally:
        loop.call_soon_threadsafe(instance.stop)
        thread.join(10)
        loop.close()


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes the connection (EOF or reset) within `seconds` (what it
    sends meanwhile is read and dropped)."""
    sock.settimeout(seconds)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        pass
    return True


@contextmanager
def uvicorn_thread(app: Any, port: int, **settings: Any) -> Iterator[None]:
    """uvicorn in a thread of this process, lifespan off, until the block ends."""
    server = ServerThread(app, port, **settings)
    server.start()
    try:
        yield
    finally:
        server.stop()


@contextmanager
def serve(config: Config, *, keep_callback_targets: bool = False) -> Iterator[Running]:
    """`keep_callback_targets` leaves Config.callback_targets as given: only for a test whose
    own guard refuses every connection beyond loopback (pytest-socket does too)."""
    config.port = free_port()
    if not keep_callback_targets:
        config.callback_targets = CallbackTargets.LOOPBACK
    app = RecordingEmulator(config)
    if config.server is HttpServer.GRANIAN:
        carried = granian_thread(app, config.port)
    else:
        carried = uvicorn_thread(app, config.port)
    with carried:
        running = Running(app, config.port)
        try:
            yield running
        finally:
            running.admin.close()
    app.callbacks.stop()
    app.store.close()
