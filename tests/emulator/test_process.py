"""The emulator as users start it: `python -m emulator` with a data file survives
kill -9, shares state between two workers, loads fixtures and logs each request."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from emulator.config import DEFAULT_SDK_APP_ID
from generator.catalog import REPOSITORY
from generator.runtime.tc3 import TC3Auth
from tests.emulator.conftest import SECRET_ID, SECRET_KEY, free_port


@contextmanager
def emulator_process(
    *args: str, log: Path | None = None
) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    port = free_port()
    stderr = log.open("w") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        [sys.executable, "-m", "emulator", "--port", str(port), "--progression", "manual", *args],
        cwd=REPOSITORY,
        stderr=stderr,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/_emulator/state", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, "emulator exited"
                assert time.monotonic() < deadline, "emulator did not start"
                time.sleep(0.1)
        yield port, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(10)
        if log:
            stderr.close()  # type: ignore[union-attr]


def describe(port: int, task_id: str) -> dict[str, object]:
    auth = TC3Auth(
        SECRET_ID, SECRET_KEY, service="tiw", version="2019-09-19", region="ap-singapore"
    )
    with httpx.Client(auth=auth) as client:  # a new connection: any worker may answer
        response = client.post(
            f"http://127.0.0.1:{port}/",
            json={"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": task_id},
            headers={"X-TC-Action": "DescribeOnlineRecord"},
        )
    inner: dict[str, object] = response.json()["Response"]
    return inner


def seed_recordings(port: int, count: int) -> list[str]:
    body = {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 42, "State": "FINISHED"}
    return [
        httpx.post(f"http://127.0.0.1:{port}/_emulator/tiw/recording-tasks", json=body).json()[
            "TaskId"
        ]
        for _ in range(count)
    ]


def test_state_survives_kill_9(tmp_path: Path) -> None:
    data = tmp_path / "emulator.sqlite"
    with emulator_process("--data", str(data)) as (port, process):
        task_ids = seed_recordings(port, 5)  # each acknowledged by a 201
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    with emulator_process("--data", str(data)) as (port, _):
        for task_id in task_ids:
            assert describe(port, task_id).get("Status") == "FINISHED"


def test_two_workers_share_one_file(tmp_path: Path) -> None:
    with emulator_process("--data", str(tmp_path / "shared.sqlite"), "--workers", "2") as (port, _):
        task_ids = seed_recordings(port, 6)
        answers = [describe(port, task_id).get("Status") for task_id in task_ids for _ in range(3)]
    assert answers == ["FINISHED"] * 18


def test_fixtures_and_request_log(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures.json"
    fixtures.write_text(
        json.dumps([{"path": "/_emulator/vclm/stylization-jobs", "body": {"State": "JobSuccess"}}])
    )
    log = tmp_path / "emulator.log"
    with emulator_process("--fixtures", str(fixtures), log=log) as (port, _):
        state = httpx.get(f"http://127.0.0.1:{port}/_emulator/state").json()
        assert len(state["resources"]["vclm.stylization_job"]) == 1
        describe(port, "missing")
    lines = log.read_text().splitlines()
    assert any(
        "DescribeOnlineRecord 200" in line and "InvalidParameter.TaskNotFound" in line
        for line in lines
    )
