"""The one line `python -m emulator` logs when it listens: where, what it serves, whether it
checks signatures and where its data lives; once, however many workers."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pytest

from emulator import app
from emulator.app import Emulator, announce_ready
from emulator.config import RUN_ENV, Config, HttpServer
from speclib.catalog import REPOSITORY
from tests.emulator.test_process import describe, seed_recordings
from tests.support.emulator_server import emulator_command, free_port

READY = "videoapi emulator ready on "
SERVED = (
    "services: tencentcloud tiw 2019-09-19, tencentcloud vclm 2024-05-23, "
    "huaweicloud metastudio v1 —"
)


class Lines:
    """The stderr lines of a process, read as they come."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self.stdout: IO[str] | None = None  # read once the process has ended
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.thread.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            self.lines.append(line.rstrip("\n"))
            if READY in line:
                self.ready.set()

    def ready_lines(self) -> list[str]:
        return [line for line in self.lines if READY in line]


@contextmanager
def started(*args: str) -> Iterator[tuple[int, Lines]]:
    """`python -m emulator` on a free port, once it has logged that it is ready (no polling)."""
    port = free_port()
    process = subprocess.Popen(
        emulator_command(port, "--progression", "manual", *args),
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines = Lines(process)
    lines.stdout = process.stdout
    try:
        assert lines.ready.wait(30), "no ready line:\n" + "\n".join(lines.lines)
        yield port, lines
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        process.wait(10)
        lines.thread.join(5)


@pytest.mark.parametrize("server", [server.value for server in HttpServer])
def test_ready_line_then_a_call(server: str) -> None:
    with started("--server", server) as (port, lines):
        # Ready means listening: the first call needs no retry.
        error = describe(port, "missing")["Error"]
        assert isinstance(error, dict) and error["Code"] == "InvalidParameter.TaskNotFound"
    # Logs (the emulator's and the server's own) go to stderr: stdout stays empty.
    assert lines.stdout is not None and lines.stdout.read() == ""
    [line] = lines.ready_lines()
    assert f"{READY}http://127.0.0.1:{port} — " in line
    assert SERVED in line
    assert "— auth: on (1 Tencent, 1 Huawei credentials, 1 Huawei token) —" in line
    assert line.endswith("— data: in memory — rate limits: off")


def test_two_workers_log_one_ready_line_naming_the_file(tmp_path: Path) -> None:
    data = tmp_path / "shared.sqlite"
    with started("--data", str(data), "--workers", "2", "--no-auth") as (port, lines):
        task_ids = seed_recordings(port, 4)
        assert [describe(port, task_id).get("Status") for task_id in task_ids] == ["FINISHED"] * 4
        time.sleep(1.0)  # both workers are up by now: time for a second line to show
    [line] = lines.ready_lines()
    assert f"— data: SQLite {data} —" in line
    assert "— auth: off (signatures not checked) —" in line


def test_the_ready_line_names_what_the_emulator_serves() -> None:
    emulator = Emulator(Config(rate_limit=True))
    try:
        del emulator.protocols[0].services["vclm"]  # serving less: the line says so
        line = emulator.ready_line()
    finally:
        emulator.store.close()
    assert "services: tencentcloud tiw 2019-09-19, huaweicloud metastudio v1 —" in line
    assert line.endswith("rate limits: on (each operation's documented limit)")


def test_workers_of_one_run_announce_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Each worker's callback runs; the shared store lets only the first one log."""
    config = Config(data=tmp_path / "shared.sqlite")
    workers = [Emulator(config), Emulator(config)]
    try:
        with caplog.at_level(logging.INFO, logger="emulator"):
            for run in ("run-1", "run-2"):  # a restart on the same file announces again
                monkeypatch.setenv(RUN_ENV, run)
                for worker in workers:
                    monkeypatch.setattr(app, "_unannounced", [worker])
                    asyncio.run(announce_ready())
                    asyncio.run(announce_ready())  # uvicorn calls it again later
    finally:
        for worker in workers:
            worker.store.close()
    assert [r.getMessage().startswith(READY) for r in caplog.records] == [True, True]
