"""The emulator as users start it: `python -m emulator` with a data file survives
kill -9 of its two workers in the middle of writes, shares state between two workers,
loads fixtures, logs each request and delivers event callbacks once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from clouds.tencentcloud.tc3 import TC3Auth
from emulator.config import DEFAULT_HUAWEI_PROJECT, DEFAULT_SDK_APP_ID
from tests.support import emulator_server
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import emulator_process, emulator_processes
from tests.support.receiver import receiver

MANUAL = ("--progression", "manual")  # tasks move only when a test moves them


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


def kill_all(process: subprocess.Popen[bytes]) -> None:
    """kill -9 the emulator and its workers (its process group), as a crash would."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


def test_several_emulators_start_side_by_side(monkeypatch: pytest.MonkeyPatch) -> None:
    """emulator_processes starts every process before it waits for any, each on a port of
    its own, each with callback deliveries to loopback only; all are stopped after."""
    events: list[str] = []
    popen, wait = subprocess.Popen, emulator_server._wait_until_it_answers

    def started(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        events.append("start")
        return popen(*args, **kwargs)  # type: ignore[call-overload,no-any-return]

    def waited(*args: object) -> None:
        events.append("wait")
        wait(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(subprocess, "Popen", started)
    monkeypatch.setattr(emulator_server, "_wait_until_it_answers", waited)
    with emulator_processes(MANUAL, MANUAL) as both:
        assert events == ["start", "start", "wait", "wait"]
        assert len({port for port, _ in both}) == 2
        for port, process in both:
            httpx.get(f"http://127.0.0.1:{port}/_emulator/state").raise_for_status()
            command = Path(f"/proc/{process.pid}/cmdline").read_bytes().split(b"\0")
            assert b"--callback-targets" in command
            assert command[command.index(b"--callback-targets") + 1] == b"loopback"
    assert all(process.poll() is not None for _, process in both)


def test_state_survives_kill_9_during_writes_of_two_workers(tmp_path: Path) -> None:
    """Writers keep both workers busy (admin seeds of two kinds of task, each a check and a
    write in one transaction); kill -9 lands while writes are in flight. Every write that
    was acknowledged (201) is there after a restart."""
    data = tmp_path / "emulator.sqlite"
    acknowledged: dict[str, list[str]] = {"tiw.recording": [], "metastudio.job": []}
    stop = threading.Event()

    def write(port: int, kind: str) -> None:
        base = f"http://127.0.0.1:{port}/_emulator"
        body: dict[str, object]
        if kind == "tiw.recording":
            path, key = "tiw/recording-tasks", "TaskId"
            body = {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 42, "State": "FINISHED"}
        else:
            path, body, key = f"metastudio/{DEFAULT_HUAWEI_PROJECT}/jobs", {}, "job_id"
        while not stop.is_set():
            try:
                with httpx.Client() as client:  # a new connection: either worker answers
                    reply = client.post(f"{base}/{path}", json=body, timeout=5)
            except httpx.TransportError:
                return  # killed
            if reply.status_code == 201:
                acknowledged[kind].append(reply.json()[key])

    with emulator_process(*MANUAL, "--data", str(data), "--workers", "2") as (
        port,
        process,
    ):
        writers = [
            threading.Thread(target=write, args=(port, kind))
            for kind in acknowledged
            for _ in range(3)
        ]
        for writer in writers:
            writer.start()
        deadline = time.monotonic() + 20
        while sum(map(len, acknowledged.values())) < 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        kill_all(process)  # while the writers are still writing
        stop.set()
        for writer in writers:
            writer.join(10)
    assert all(len(ids) >= 20 for ids in acknowledged.values()), acknowledged
    with emulator_process(*MANUAL, "--data", str(data)) as (port, _):
        state = httpx.get(f"http://127.0.0.1:{port}/_emulator/state").json()["resources"]
        for task_id in acknowledged["tiw.recording"][:5]:
            assert describe(port, task_id).get("Status") == "FINISHED"
    stored = {
        "tiw.recording": {task["TaskId"] for task in state["tiw.recording"]},
        "metastudio.job": {job["job_id"] for job in state["metastudio.job"]},
    }
    for kind, ids in acknowledged.items():
        assert set(ids) <= stored[kind], f"{kind}: {len(set(ids) - stored[kind])} lost"


def test_two_workers_share_one_file(tmp_path: Path) -> None:
    with emulator_process(
        "--progression", "manual", "--data", str(tmp_path / "shared.sqlite"), "--workers", "2"
    ) as (port, _):
        task_ids = seed_recordings(port, 6)
        answers = [describe(port, task_id).get("Status") for task_id in task_ids for _ in range(3)]
    assert answers == ["FINISHED"] * 18


def test_fixtures_and_request_log(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures.json"
    fixtures.write_text(
        json.dumps([{"path": "/_emulator/vclm/stylization-jobs", "body": {"State": "JobSuccess"}}])
    )
    log = tmp_path / "emulator.log"
    with emulator_process(*MANUAL, "--fixtures", str(fixtures), log=log) as (
        port,
        _,
    ):
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
        with emulator_process(*MANUAL, *flags, log=log) as (port, _):
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
