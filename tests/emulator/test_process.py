"""The emulator as users start it: `python -m emulator` with a data file survives
kill -9, shares state between two workers, loads fixtures, logs each request and
delivers event callbacks once."""

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

from clouds.tencentcloud.tc3 import TC3Auth
from emulator.config import DEFAULT_SDK_APP_ID
from speclib.catalog import REPOSITORY
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import free_port
from tests.support.receiver import receiver


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
        deadline = time.monotonic() + 60  # two workers start slowly on a busy machine
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


def test_two_workers_deliver_each_event_once(tmp_path: Path) -> None:
    """The sweepers run with the server (lifespan); both workers see every event, one sends it."""
    log = tmp_path / "emulator.log"
    data = str(tmp_path / "shared.sqlite")
    with receiver() as app_server:
        flags = ("--data", data, "--workers", "2", "--callback-backoff", "0.1")
        with emulator_process(*flags, log=log) as (port, _):
            url = f"http://127.0.0.1:{port}/_emulator/tiw/apps/{DEFAULT_SDK_APP_ID}"
            httpx.put(f"{url}/video-generation-callback", json={"Callback": "x"}).raise_for_status()
            # The recording callback through the cloud API, as users set it.
            auth = TC3Auth(
                SECRET_ID, SECRET_KEY, service="tiw", version="2019-09-19", region="ap-singapore"
            )
            reply = httpx.post(
                f"http://127.0.0.1:{port}/",
                json={"SdkAppId": DEFAULT_SDK_APP_ID, "Callback": app_server.url()},
                headers={"X-TC-Action": "SetOnlineRecordCallback"},
                auth=auth,
            ).json()["Response"]
            assert "Error" not in reply, reply
            task_ids = seed_recordings(port, 4)
            received = app_server.wait_for(12)
            time.sleep(1.5)  # three sweeps of each worker: time for a duplicate to show
            received = list(app_server.received)
    events = [json.loads(r.body) for r in received]
    assert sorted((e["EventData"]["TaskId"], e["EventType"]) for e in events) == sorted(
        (task_id, event)
        for task_id in task_ids
        for event in ("OnlineRecordStarted", "OnlineRecordStopped", "OnlineRecordFinished")
    )
    assert sum("attempt 1" in line for line in log.read_text().splitlines()) == 12
