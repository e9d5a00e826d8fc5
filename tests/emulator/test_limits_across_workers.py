"""Limits, unique-in-use checks, state transitions and the rate limit hold across worker
processes: `--workers 2` sharing one SQLite file, 16 simultaneous requests a round (each
on a connection of its own, so both workers answer), 20 rounds. Each check and the write
it allows are one transaction in the store, so no round lets through more than one worker
alone would."""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest

from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from clouds.tencentcloud.tc3 import TC3Auth
from emulator.config import DEFAULT_HUAWEI_PROJECT
from emulator.services.tiw.backend import MAX_CONCURRENT_RECORDINGS
from emulator.services.vclm.backend import JOB_LIFETIME_SECONDS, MAX_UNFINISHED_JOBS
from tests.emulator.test_metastudio_jobs import body_of
from tests.support.credentials import HUAWEI_AK, HUAWEI_SK, SECRET_ID, SECRET_KEY
from tests.support.emulator_server import emulator_processes

ROUNDS = 20
AT_ONCE = 16
VIDEO = "https://cos.ap-guangzhou.myqcloud.com/video.mp4"
FIRST_APP = 1400100000
# service -> (version, a region it is offered in)
TENCENT = {"tiw": ("2019-09-19", "ap-singapore"), "vclm": ("2024-05-23", "ap-guangzhou")}
CREATE_2D = f"/v1/{DEFAULT_HUAWEI_PROJECT}/2d-digital-human-videos"


@dataclass
class Workers:
    """An emulator of two worker processes and AT_ONCE callers, each with a connection of
    its own (opened before the first round), half of them answered by each worker."""

    port: int
    callers: list[httpx.Client]

    def admin(self, path: str, body: dict[str, Any]) -> None:
        self.callers[0].post(f"/_emulator/{path}", json=body).raise_for_status()

    def at_once(self, send: Callable[[httpx.Client, int], str]) -> Counter[str]:
        """One call of `send(caller, i)` by each caller, released together; how often each
        outcome came back."""
        barrier = threading.Barrier(AT_ONCE)
        outcomes: list[str] = []

        def one(index: int) -> None:
            barrier.wait()
            outcomes.append(send(self.callers[index], index))

        threads = [threading.Thread(target=one, args=(index,)) for index in range(AT_ONCE)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(outcomes) == AT_ONCE
        return Counter(outcomes)


def worker_pids(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
    return found


def peer_ports(pid: int) -> set[int]:
    """The remote ports of the TCP connections process `pid` holds (from /proc)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                ports.add(int(fields[2].rsplit(":", 1)[1], 16))
    return ports


def local_port(response: httpx.Response) -> int:
    stream = response.extensions["network_stream"]
    port: int = stream.get_extra_info("socket").getsockname()[1]
    return port


def balanced_callers(stack: ExitStack, parent: int, port: int) -> list[httpx.Client]:
    """AT_ONCE clients with a connection each, half of them to each worker (which worker
    accepts a connection is the kernel's choice: connect until each has its half)."""
    children = worker_pids(parent)  # the workers, and any helper process they need
    chosen: dict[int, list[httpx.Client]] = {}
    half = AT_ONCE // 2
    for _ in range(400):
        full = [clients for clients in chosen.values() if len(clients) >= half]
        if len(full) == 2:
            return [client for clients in full for client in clients[:half]]
        client = stack.enter_context(httpx.Client(base_url=f"http://127.0.0.1:{port}"))
        ours = local_port(client.get("/_emulator/state"))
        worker = next(pid for pid in children if ours in peer_ports(pid))
        chosen.setdefault(worker, []).append(client)
        time.sleep(0.01)
    raise AssertionError(f"two workers did not both accept connections: {chosen}")


def two_workers(data: Path, *flags: str) -> list[str]:
    """The arguments of `python -m emulator` with two workers sharing the file `data`."""
    return ["--progression", "manual", "--data", str(data), "--workers", "2", *flags]


@pytest.fixture(scope="module")
def emulators(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Workers]]:
    """Two emulators, started together: one plain, one with `--rate-limit`."""
    folder = tmp_path_factory.mktemp("workers")
    with ExitStack() as stack:
        started = stack.enter_context(
            emulator_processes(
                two_workers(folder / "plain.sqlite"),
                two_workers(folder / "limited.sqlite", "--rate-limit"),
                log=folder / "emulators.log",
                start_seconds=180,  # four workers start slowly on a busy machine
            )
        )
        plain, limited = (
            Workers(port, balanced_callers(stack, process.pid, port)) for port, process in started
        )
        yield {"plain": plain, "limited": limited}


@pytest.fixture(scope="module")
def workers(emulators: dict[str, Workers]) -> Workers:
    return emulators["plain"]


def tencent_reply(
    caller: httpx.Client, service: str, action: str, body: dict[str, Any]
) -> dict[str, Any]:
    version, region = TENCENT[service]
    auth = TC3Auth(SECRET_ID, SECRET_KEY, service=service, version=version, region=region)
    reply = caller.post("/", json=body, headers={"X-TC-Action": action}, auth=auth)
    inner: dict[str, Any] = reply.json()["Response"]
    return inner


def tencent(caller: httpx.Client, service: str, action: str, body: dict[str, Any]) -> str:
    """The action's outcome: "ok" or its error code."""
    reply = tencent_reply(caller, service, action, body)
    return str(reply["Error"]["Code"]) if "Error" in reply else "ok"


def call(service: str, action: str, body: dict[str, Any], caller: httpx.Client, _: int) -> str:
    return tencent(caller, service, action, body)


def start(caller: httpx.Client, index: int, app: int, user: str | None) -> str:
    """StartOnlineRecord as `user` (None: a user of the caller's own)."""
    user = f"user_{index}" if user is None else user
    body = {"SdkAppId": app, "RoomId": 7, "RecordUserId": user, "RecordUserSig": "sig"}
    return tencent(caller, "tiw", "StartOnlineRecord", body)


def new_app(workers: Workers, round_: int, offset: int) -> int:
    """A fresh application per round (limits count per application)."""
    app = FIRST_APP + offset * 1000 + round_
    workers.admin("tiw/apps", {"SdkAppId": app})
    return app


def test_one_record_user_records_in_one_task_at_a_time(workers: Workers) -> None:
    for round_ in range(ROUNDS):
        app = new_app(workers, round_, 1)
        outcomes = workers.at_once(partial(start, app=app, user="tic_record_user_7_1"))
        assert outcomes == {"ok": 1, "ResourceInUse.RecordUserId": AT_ONCE - 1}, round_


def test_at_most_ten_live_recordings_per_application(workers: Workers) -> None:
    for round_ in range(ROUNDS):
        app = new_app(workers, round_, 2)
        outcomes = workers.at_once(partial(start, app=app, user=None))
        refused = AT_ONCE - MAX_CONCURRENT_RECORDINGS
        assert outcomes == {
            "ok": MAX_CONCURRENT_RECORDINGS,
            "LimitExceeded.TaskConcurrency": refused,
        }, round_


def test_a_recording_is_stopped_once(workers: Workers) -> None:
    for round_ in range(ROUNDS):
        app = new_app(workers, round_, 3)
        body = {"SdkAppId": app, "RoomId": 7, "RecordUserId": "u", "RecordUserSig": "sig"}
        task_id = tencent_reply(workers.callers[0], "tiw", "StartOnlineRecord", body)["TaskId"]
        stop = {"SdkAppId": app, "TaskId": task_id}
        outcomes = workers.at_once(partial(call, "tiw", "StopOnlineRecord", stop))
        assert outcomes == {
            "ok": 1,
            "UnsupportedOperation.TaskHasAlreadyStopped": AT_ONCE - 1,
        }, round_


def test_at_most_five_unfinished_stylization_jobs(workers: Workers) -> None:
    body = {"VideoUrl": VIDEO, "StyleId": "2d_anime"}
    for round_ in range(ROUNDS):
        outcomes = workers.at_once(partial(call, "vclm", "SubmitVideoStylizationJob", body))
        assert outcomes == {
            "ok": MAX_UNFINISHED_JOBS,
            "RequestLimitExceeded.JobNumExceed": AT_ONCE - MAX_UNFINISHED_JOBS,
        }, round_
        # The round's jobs expire: the next round starts with none unfinished.
        workers.admin("clock/advance", {"seconds": JOB_LIFETIME_SECONDS + 1})


def test_the_rate_limit_counts_the_calls_of_every_worker(emulators: dict[str, Workers]) -> None:
    """Create2DDigitalHumanVideo allows 1 call per second: however the calls are spread
    over the workers, no two pass within a second, so no more pass than there were
    seconds in which to pass (counted generously: from the first send to the last reply)."""
    limited = emulators["limited"]

    def create(caller: httpx.Client, _: int) -> str:
        auth = SdkHmacAuth(HUAWEI_AK, HUAWEI_SK, project_id=DEFAULT_HUAWEI_PROJECT)
        reply = caller.post(CREATE_2D, json=body_of("2D"), auth=auth)
        return "ok" if reply.status_code == 200 else str(reply.json()["error_code"])

    began = time.monotonic()
    passed = 0
    for round_ in range(ROUNDS):
        round_began = time.monotonic()
        outcomes = limited.at_once(create)
        assert set(outcomes) <= {"ok", "APIG.0308"}, outcomes
        assert outcomes["ok"] <= 1 + int(time.monotonic() - round_began), (round_, outcomes)
        passed += outcomes["ok"]
    assert 1 <= passed <= 1 + int(time.monotonic() - began)
