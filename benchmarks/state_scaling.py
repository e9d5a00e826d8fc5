"""Write and list latency, and resident memory, of an emulator holding no tasks vs one
holding 20,000 tasks of each kind, side by side in one run (issue 14, item 7).

Two emulators (`python -m emulator --data <file>`, one process each, immediate
progression so that no limit stops the writes) run for the whole benchmark: one on
an empty store, one on a store seeded beforehand with 20,000 VCLM stylization jobs,
20,000 TIW recordings (started and stopped, their 60,000 events claimed by the
callback sweeper) and 20,000 MetaStudio jobs. The seeding goes through the
services' backends into the SQLite file, in one transaction (the HTTP path is what
is measured, not what is seeded). Of the MetaStudio jobs, 19,000
are in other projects and 1,000 in the listed project but older than the default
listing window (30 days), as weeks of CI leave them; both emulators also hold the
same 100 recent jobs in that project, the page listed.

The operations are measured round after round, the two emulators taking turns call
by call, each call signed as the SDKs sign it, on a kept-alive connection: VCLM
SubmitVideoStylizationJob, TIW StartOnlineRecord + StopOnlineRecord, MetaStudio
Create2DDigitalHumanVideo, ListDigitalHumanVideo of an empty project and of a page
(10 of the listed project's 100 recent jobs). A ratio is that of the median
latencies over all rounds (the per-round ratios' range is shown); resident memory
(VmRSS) is read from /proc after the last round. Goal: every ratio at most 1.5,
and the seeded emulator within 100 MB of the empty one.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from benchmarks.harness import REPORTS, REPOSITORY, free_port, wait_for_port, write_report
from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from clouds.tencentcloud.tc3 import TC3Auth
from emulator.callbacks import CallbackDelivery
from emulator.clock import Clock
from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    DEFAULT_TENCENT_CREDENTIALS,
    Config,
    Progression,
)
from emulator.context import Context
from emulator.services.metastudio.backend import DEFAULT_WINDOW_SECONDS, MetaStudioBackend
from emulator.services.tiw.backend import TiwBackend
from emulator.services.tiw.events import TiwEvents
from emulator.services.vclm.backend import VclmBackend
from emulator.store import Store

TASKS_PER_KIND = 20_000
RECENT_JOBS = 100  # the listed project's jobs inside the default window, in both emulators
OLD_JOBS = 1_000  # of the seeded MetaStudio jobs: in the listed project, outside the window
RATIO_GOAL = 1.5
MEMORY_GOAL_MB = 100.0
SECRET_ID, SECRET_KEY = next(iter(DEFAULT_TENCENT_CREDENTIALS.items()))
AK, SK = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
EMPTY_PROJECT = "0" * 32
VIDEO = "https://cos.ap-guangzhou.myqcloud.com/video.mp4"
CONFIG = {"progression": Progression.IMMEDIATE}
CONTENDERS = ("empty", "seeded")


def seed(path: Path, tasks_per_kind: int) -> None:
    """The listed project's recent jobs, and (with tasks_per_kind) that many tasks of each
    kind, written through the backends in one transaction."""
    store = Store(path)
    context = Context(Config(data=path, **CONFIG), store, Clock(store))  # type: ignore[arg-type]
    now = context.clock.now()
    tiw, vclm, metastudio = TiwBackend(context), VclmBackend(context), MetaStudioBackend(context)
    with store.atomic():
        for index in range(RECENT_JOBS):
            metastudio.create_job(DEFAULT_HUAWEI_PROJECT, asset_name=f"recent-{index}")
        for index in range(tasks_per_kind):
            vclm.submit_job({"VideoUrl": VIDEO, "StyleId": "2d_anime"}, SECRET_ID)
            start = {
                "SdkAppId": DEFAULT_SDK_APP_ID,
                "RoomId": index,
                "RecordUserId": f"tic_record_user_{index}",
            }
            tiw.stop_recording(DEFAULT_SDK_APP_ID, tiw.start_recording(start))
            if index < OLD_JOBS:
                project = DEFAULT_HUAWEI_PROJECT
                created = now - DEFAULT_WINDOW_SECONDS - 86400 - index
            else:
                project, created = f"{index % 19:032x}", now - index
            metastudio.create_job(project, asset_name=f"seeded-{index}", created=created)
    # The events the recordings have been through are claimed (no callback URL is
    # registered: each is recorded as skipped), as a running emulator would have them.
    # After the transaction: delivery reads the store from threads of its own, which
    # would wait forever for the lock this thread holds inside it.
    deliveries = CallbackDelivery(context, [TiwEvents(context)])
    deliveries.sweep_and_wait()
    deliveries.stop()
    store.close()


@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[[httpx.Client], None]  # one measured call (or pair)


def tencent(client: httpx.Client, service: str, version: str, region: str) -> Callable[..., Any]:
    auth = TC3Auth(SECRET_ID, SECRET_KEY, service=service, version=version, region=region)

    def call(action: str, body: dict[str, Any]) -> dict[str, Any]:
        reply = client.post("/", json=body, headers={"X-TC-Action": action}, auth=auth)
        inner: dict[str, Any] = reply.json()["Response"]
        if "Error" in inner:
            raise RuntimeError(f"{action}: {inner['Error']}")
        return inner

    return call


def huawei(client: httpx.Client, method: str, path: str, body: Any = None) -> dict[str, Any]:
    auth = SdkHmacAuth(AK, SK, project_id=path.split("/")[2])  # the path's: /v1/{project}/
    reply = client.request(method, path, json=body, auth=auth)
    if reply.status_code != 200:
        raise RuntimeError(f"{method} {path}: {reply.status_code} {reply.text[:200]}")
    result: dict[str, Any] = reply.json()
    return result


def vclm_submit(client: httpx.Client) -> None:
    call = tencent(client, "vclm", "2024-05-23", "ap-guangzhou")
    call("SubmitVideoStylizationJob", {"VideoUrl": VIDEO, "StyleId": "2d_anime"})


def tiw_start_stop(client: httpx.Client) -> None:
    call = tencent(client, "tiw", "2019-09-19", "ap-singapore")
    start = {
        "SdkAppId": DEFAULT_SDK_APP_ID,
        "RoomId": 7,
        "RecordUserId": "tic_record_user_bench",
        "RecordUserSig": "sig",
    }
    task_id = call("StartOnlineRecord", start)["TaskId"]
    call("StopOnlineRecord", {"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": task_id})


def metastudio_create(client: httpx.Client) -> None:
    body = {
        "model_asset_id": "9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c",
        "voice_config": {"voice_asset_id": "f5e6a13eab4443fa85421191ad061780", "speed": 100},
        "video_config": {"codec": "H264", "bitrate": 5000, "width": 1920, "height": 1080},
        "shoot_scripts": [
            {
                "sequence_no": 0,
                "shoot_script": {"script_type": "TEXT", "text_config": {"text": "Hi."}},
            }
        ],
        "output_asset_config": {"asset_name": "bench"},
    }
    huawei(client, "POST", f"/v1/{EMPTY_PROJECT}/2d-digital-human-videos", body)


def list_empty_project(client: httpx.Client) -> None:
    reply = huawei(client, "GET", f"/v1/{'f' * 32}/digital-human-videos")
    if reply["count"] != 0:
        raise RuntimeError(f"the empty project lists {reply['count']} jobs")


def list_page(client: httpx.Client) -> None:
    path = f"/v1/{DEFAULT_HUAWEI_PROJECT}/digital-human-videos?limit=10&offset=40"
    reply = huawei(client, "GET", path)
    if reply["count"] != RECENT_JOBS or len(reply["jobs"]) != 10:
        raise RuntimeError(f"the page lists {reply['count']} jobs, {len(reply['jobs'])} shown")


OPERATIONS = (
    Operation("VCLM SubmitVideoStylizationJob", vclm_submit),
    Operation("TIW StartOnlineRecord + StopOnlineRecord", tiw_start_stop),
    Operation("MetaStudio Create2DDigitalHumanVideo", metastudio_create),
    Operation("MetaStudio ListDigitalHumanVideo, empty project", list_empty_project),
    Operation("MetaStudio ListDigitalHumanVideo, page of 10 of 100", list_page),
)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def timed(client: httpx.Client, operation: Operation) -> float:
    began = time.perf_counter()
    operation.run(client)
    return (time.perf_counter() - began) * 1000


def interleaved(
    clients: dict[str, httpx.Client], operation: Operation, calls: int, first: int
) -> dict[str, list[float]]:
    """`calls` timed calls on each emulator, taking turns call by call (`first` starts),
    so that a change in the machine's load falls on both alike."""
    order = CONTENDERS[first:] + CONTENDERS[:first]
    found: dict[str, list[float]] = {label: [] for label in CONTENDERS}
    for _ in range(calls):
        for label in order:
            found[label].append(timed(clients[label], operation))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=TASKS_PER_KIND, help="per kind")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=40, help="per operation and round")
    parser.add_argument("--out", default=str(REPORTS / "state_scaling.json"))
    args = parser.parse_args()
    servers: dict[str, subprocess.Popen[bytes]] = {}
    clients: dict[str, httpx.Client] = {}
    measured: dict[tuple[str, str], list[list[float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        try:
            seeding = {}
            for label, tasks in (("empty", 0), ("seeded", args.tasks)):
                data = Path(scratch) / f"{label}.sqlite"
                began = time.perf_counter()
                seed(data, tasks)
                seeding[label] = round(time.perf_counter() - began, 1)
                port = free_port()
                command = [sys.executable, "-m", "emulator", "--port", str(port)]
                options = ["--data", str(data), "--progression", CONFIG["progression"].value]
                # The AK is not bound to one project: the calls use two.
                options += ["--huawei-credentials", f"{AK}:{SK}"]
                servers[label] = subprocess.Popen(
                    [*command, *options],
                    cwd=REPOSITORY,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                wait_for_port(port, servers[label], seconds=120)
                clients[label] = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
            for operation in OPERATIONS:  # warm up, and check every reply once
                interleaved(clients, operation, 5, 0)
                for label in CONTENDERS:
                    measured[(operation.name, label)] = []
            for round_index in range(args.rounds):
                for operation in OPERATIONS:
                    found = interleaved(clients, operation, args.calls, round_index % 2)
                    for label, times in found.items():
                        measured[(operation.name, label)].append(times)
            memory = {label: round(rss_mb(server.pid), 1) for label, server in servers.items()}
        finally:
            for client in clients.values():
                client.close()
            for server in servers.values():
                server.terminate()
            for server in servers.values():
                server.wait(20)
    results: dict[str, dict[str, Any]] = {}
    for operation in OPERATIONS:
        empty, seeded = (measured[(operation.name, label)] for label in CONTENDERS)
        ratios = [
            statistics.median(full) / statistics.median(none)
            for none, full in zip(empty, seeded, strict=True)
        ]
        empty_ms = statistics.median(x for run in empty for x in run)
        seeded_ms = statistics.median(x for run in seeded for x in run)
        ratio = round(seeded_ms / empty_ms, 2)
        results[operation.name] = {
            "empty_ms": round(empty_ms, 2),
            "seeded_ms": round(seeded_ms, 2),
            "ratio": ratio,
            "ratio_range": [round(min(ratios), 2), round(max(ratios), 2)],
            "goal_met": ratio <= RATIO_GOAL,
        }
    growth = round(memory["seeded"] - memory["empty"], 1)
    report: dict[str, Any] = {
        "benchmark": "latency and memory, empty store vs seeded, taking turns call by call",
        "tasks_per_kind": args.tasks,
        "rounds": args.rounds,
        "calls_per_round": args.calls,
        "seeding_seconds": seeding,
        "operations": results,
        "rss_mb": memory,
        "rss_growth_mb": growth,
        "goals": {"ratio": RATIO_GOAL, "rss_growth_mb": MEMORY_GOAL_MB},
        "memory_goal_met": growth <= MEMORY_GOAL_MB,
    }
    print(
        f"state scaling: 0 vs {args.tasks:,} tasks per kind, {args.rounds} rounds of "
        f"{args.calls} calls per operation, taking turns (seeding took {seeding['seeded']} s)"
    )
    for name, row in results.items():
        verdict = "met" if row["goal_met"] else "NOT met"
        low, high = row["ratio_range"]
        print(
            f"  {name:52s} {row['empty_ms']:7.2f} ms -> {row['seeded_ms']:7.2f} ms  "
            f"{row['ratio']:.2f}x (range {low:.2f}-{high:.2f}; goal {RATIO_GOAL}x {verdict})"
        )
    verdict = "met" if report["memory_goal_met"] else "NOT met"
    print(
        f"  resident memory {memory['empty']:.0f} MB -> {memory['seeded']:.0f} MB "
        f"(+{growth:.0f} MB; goal +{MEMORY_GOAL_MB:.0f} MB {verdict})"
    )
    write_report(Path(args.out), report)
    print(f"  report: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
