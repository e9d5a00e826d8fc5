"""Throughput and latency of the emulator vs a stock Prism mock server, same specs, one run.

Signed DescribeOnlineRecord (TC3) and ListDigitalHumanVideo (AK/SK) requests are
sent by one load generator to each server in turn: wrk when it can be had (a C
program, so that the servers get the CPU), else benchmarks/load.py. The
emulator verifies every signature, validates every request against the spec and
reads its state from SQLite; Prism validates against the spec and answers with
the documented example. Prism (@stoplight/prism-cli) is installed by this
benchmark into build/prism with npm. Prism routes on paths only, so it gets a
view of the TIW spec in which DescribeOnlineRecord is `POST /`.
The emulator runs three times: in one process (state in memory) under each of its
servers (emulator/servers.py), uvicorn (the default, with the emulator's own HTTP/1
protocol, emulator/http_protocol.py) and granian (the emulator as an ASGI app), and
with two uvicorn workers sharing a SQLite file. All servers run for the whole benchmark
and are measured in turn, round after round, so that drift in the machine's load
falls on every contender alike; the ratio is the median of the per-round ratios.
Goal (issue 19): in one process, at least 5x Prism's requests per second for
every request measured, and a p99 latency of at most 5 ms at 16 connections.

The listing returns one job per reply, as Prism's example does, though the
emulator still filters and sorts all 20 seeded jobs (and counts them); a page of
ten is measured too, against Prism's reply of its one example job.
"""

from __future__ import annotations

import argparse
import json
import shutil
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

from benchmarks.harness import BUILD, REPORTS, REPOSITORY, free_port, wait_for_port, write_report
from benchmarks.load import fetch_once, http_request, run_load
from benchmarks.wrk import run_wrk, wrk_binary
from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from clouds.tencentcloud import tc3
from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    DEFAULT_TENCENT_CREDENTIALS,
    Config,
)

PRISM_VERSION = "5.16.0"
PRISM = BUILD / "prism" / "node_modules" / ".bin" / "prism"
TIW_BUNDLE = REPOSITORY / "generated/openapi/tencentcloud/tiw/2019-09-19/openapi.json"
METASTUDIO_BUNDLE = REPOSITORY / "generated/openapi/huaweicloud/metastudio/v1/openapi.json"
TASK_ID = "benchrecording000001"
GOAL = 5.0  # times Prism's requests per second, in one process
P99_GOAL_MS = 5.0
# The emulator's contenders, each with its command-line options: one process under each
# server, then two workers (of the default server) on a SQLite file.
EMULATORS = {
    "uvicorn": ["--server", "uvicorn"],
    "granian": ["--server", "granian"],
    "uvicorn-2w": ["--server", "uvicorn", "--workers", "2"],
}
ONE_PROCESS = ("uvicorn", "granian")
CONTENDERS = (*EMULATORS, "prism")


def install_prism() -> Path:
    if PRISM.exists():
        return PRISM
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to install Prism")
    subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(PRISM.parents[2]),
            "--no-audit",
            "--no-fund",
            f"@stoplight/prism-cli@{PRISM_VERSION}",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return PRISM


def prism_view_of_tiw() -> Path:
    bundle = json.loads(TIW_BUNDLE.read_text())
    bundle["paths"] = {"/": {"post": bundle["paths"]["/#X-TC-Action=DescribeOnlineRecord"]["post"]}}
    bundle.pop("webhooks", None)  # one action is served; the events are not part of it
    target = REPORTS / "prism-tiw-describe-online-record.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(bundle))
    return target


@dataclass(frozen=True)
class Call:
    """One signed request, as both load generators need it."""

    method: str
    target: str
    host: str
    headers: dict[str, str]
    body: bytes

    @property
    def raw(self) -> bytes:
        return http_request(self.method, self.target, self.host, self.headers, self.body)


def tencent_request(port: int) -> Call:
    secret_id, secret_key = next(iter(DEFAULT_TENCENT_CREDENTIALS.items()))
    body = json.dumps({"SdkAppId": DEFAULT_SDK_APP_ID, "TaskId": TASK_ID}).encode()
    host, timestamp = f"127.0.0.1:{port}", int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-TC-Action": "DescribeOnlineRecord",
        "X-TC-Version": "2019-09-19",
        "X-TC-Region": "ap-singapore",
        "X-TC-Timestamp": str(timestamp),
        "Authorization": tc3.authorization(
            secret_id, secret_key, "tiw", timestamp, "POST", host, "application/json", "", body
        ),
    }
    return Call("POST", "/", host, headers, body)


def huawei_request(port: int, limit: int = 1) -> Call:
    """A listing of every finished job (20 are seeded), `limit` of them per page; a page of
    one is the size of Prism's reply (the documented example holds one job)."""
    ak, sk = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
    url = f"http://127.0.0.1:{port}/v1/{DEFAULT_HUAWEI_PROJECT}/digital-human-videos"
    request = httpx.Request(
        "GET",
        url,
        params={"limit": limit, "state": "SUCCEED,FAILED"},
        headers={"Content-Type": "application/json"},
    )
    signed = next(SdkHmacAuth(ak, sk, project_id=DEFAULT_HUAWEI_PROJECT).sync_auth_flow(request))
    target = signed.url.raw_path.decode()
    return Call("GET", target, f"127.0.0.1:{port}", dict(signed.headers), b"")


def check_reply(port: int, call: Call, tencent: bool) -> None:
    """One request by hand first: a benchmark of error replies would prove nothing."""
    status, data = fetch_once("127.0.0.1", port, call.raw)
    body = json.loads(data)
    if status != 200 or (tencent and "Error" in body["Response"]):
        raise RuntimeError(f"benchmark request fails on port {port}: {status} {body}")


def seed_emulator(port: int) -> None:
    admin = f"http://127.0.0.1:{port}/_emulator"
    body = {
        "TaskId": TASK_ID,
        "SdkAppId": DEFAULT_SDK_APP_ID,
        "RoomId": 880528,
        "Users": ["a", "b"],
        "State": "FINISHED",
    }
    httpx.post(f"{admin}/tiw/recording-tasks", json=body).raise_for_status()
    for index in range(20):
        job = {"asset_name": f"video-{index}", "state": "SUCCEED" if index % 2 else "FAILED"}
        httpx.post(f"{admin}/metastudio/{DEFAULT_HUAWEI_PROJECT}/jobs", json=job).raise_for_status()


def measure(
    port: int, call: Call, connections: int, seconds: float, wrk: str | None
) -> dict[str, Any]:
    if wrk is not None:
        url = f"http://127.0.0.1:{port}{call.target}"
        return run_wrk(wrk, url, call.method, call.headers, call.body, connections, seconds)
    result = run_load("127.0.0.1", port, call.raw, connections, seconds)
    if set(result.statuses) != {200}:
        raise RuntimeError(f"non-200 replies during the run: {result.statuses}")
    return result.summary()


def start(command: list[str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command, cwd=REPOSITORY, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for_port(port, process)
    return process


@dataclass(frozen=True)
class Operation:
    name: str
    build: Callable[[int], Call]
    tencent: bool
    prism_spec: Path


def page_of_ten(port: int) -> Call:
    return huawei_request(port, limit=10)


def median_row(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Each statistic's median over the rounds, and the rounds themselves."""
    keys = ("requests_per_second", "p50_ms", "p99_ms")
    row: dict[str, Any] = {
        key: round(statistics.median(r[key] for r in rounds), 2 if key != keys[0] else 1)
        for key in keys
    }
    row["rounds"] = [r["requests_per_second"] for r in rounds]
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="per measurement")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--out", default=str(REPORTS / "emulator_vs_prism.json"))
    args = parser.parse_args()
    prism = install_prism()
    wrk = wrk_binary()
    generator = "wrk (1 thread)" if wrk else "benchmarks/load.py (Python; wrk not available)"
    operations = [
        Operation("DescribeOnlineRecord", tencent_request, True, prism_view_of_tiw()),
        Operation("ListDigitalHumanVideo", huawei_request, False, METASTUDIO_BUNDLE),
        # Ten jobs per reply where Prism sends its one: more work, held to the same goal.
        Operation("ListDigitalHumanVideo/10", page_of_ten, False, METASTUDIO_BUNDLE),
    ]
    servers: list[subprocess.Popen[bytes]] = []
    # Which port serves each (operation, contender): every server runs for the whole
    # benchmark, and the rounds take turns, so that drift in the machine's load falls on
    # all contenders alike.
    ports: dict[tuple[str, str], int] = {}
    with tempfile.TemporaryDirectory() as scratch:
        try:
            for label, options in EMULATORS.items():
                if "--workers" in options:  # workers share their state through a file
                    options = [*options, "--data", str(Path(scratch) / f"{label}.sqlite")]
                port = free_port()
                command = [sys.executable, "-m", "emulator", "--port", str(port)]
                servers.append(start([*command, "--progression", "manual", *options], port))
                seed_emulator(port)
                for operation in operations:
                    ports[(operation.name, label)] = port
            prisms: dict[Path, int] = {}  # one Prism per spec
            for operation in operations:
                if operation.prism_spec not in prisms:
                    port = prisms[operation.prism_spec] = free_port()
                    command = [str(prism), "mock", str(operation.prism_spec), "-p", str(port)]
                    servers.append(start([*command, "-h", "127.0.0.1"], port))
                ports[(operation.name, "prism")] = prisms[operation.prism_spec]
            for (name, _), port in ports.items():
                operation = next(op for op in operations if op.name == name)
                call = operation.build(port)
                check_reply(port, call, operation.tencent)
                measure(port, call, args.connections, 1, wrk)  # warm up
            measured: dict[tuple[str, str], list[dict[str, Any]]] = {key: [] for key in ports}
            for round_index in range(args.rounds):
                order = list(ports)
                shift = round_index % len(CONTENDERS)  # each contender goes first in turn
                order.sort(key=lambda key: (CONTENDERS.index(key[1]) - shift) % len(CONTENDERS))
                for key in order:
                    operation = next(op for op in operations if op.name == key[0])
                    call = operation.build(ports[key])  # a fresh signature each time
                    result = measure(ports[key], call, args.connections, args.seconds, wrk)
                    measured[key].append(result)
        finally:
            for server in servers:
                server.terminate()
            for server in servers:
                server.wait(10)
    results: dict[str, dict[str, Any]] = {}
    for operation in operations:
        row = results[operation.name] = {
            label: median_row(measured[(operation.name, label)]) for label in CONTENDERS
        }
        prism_rounds = measured[(operation.name, "prism")]
        for label in EMULATORS:
            ratios = [
                mine["requests_per_second"] / theirs["requests_per_second"]
                for mine, theirs in zip(
                    measured[(operation.name, label)], prism_rounds, strict=True
                )
            ]
            row[f"ratio_{label}"] = round(statistics.median(ratios), 2)
            row[f"ratio_{label}_range"] = [round(min(ratios), 2), round(max(ratios), 2)]
        row["goal_met_by"] = [
            label
            for label in ONE_PROCESS
            if row[f"ratio_{label}"] >= GOAL and row[label]["p99_ms"] <= P99_GOAL_MS
        ]
    report: dict[str, Any] = {
        "benchmark": "signed requests, one closed-loop load generator, contenders in turn",
        "load_generator": generator,
        "connections": args.connections,
        "seconds_per_measurement": args.seconds,
        "rounds": args.rounds,
        "prism": PRISM_VERSION,
        "operations": results,
        "goal_ratio": GOAL,
        "goal_p99_ms": P99_GOAL_MS,
        "default_server": Config().server.value,
    }
    setup = (
        f"{args.connections} connections, {args.rounds} rounds of {args.seconds:.0f} s "
        f"per contender, in turn"
    )
    print(f"emulator vs Prism {PRISM_VERSION}: {setup}; load from {generator}")
    for name, row in results.items():
        for contender in CONTENDERS:
            stats = row[contender]
            print(
                f"  {name:24s} {contender:11s} {stats['requests_per_second']:8.0f} req/s  "
                f"p50 {stats['p50_ms']:6.2f} ms  p99 {stats['p99_ms']:7.2f} ms  (median)"
            )
        for label in EMULATORS:
            ratio, (low, high) = row[f"ratio_{label}"], row[f"ratio_{label}_range"]
            if label in ONE_PROCESS:
                met = label in row["goal_met_by"]
                verdict = f"goal {GOAL:g}x, p99 <= {P99_GOAL_MS:g} ms: " + (
                    "met" if met else "NOT met"
                )
            else:
                verdict = "two workers, no goal"
            print(
                f"  {name:24s} ratio {label}/prism {ratio:.2f}x "
                f"(median of rounds, range {low:.2f}-{high:.2f}; {verdict})"
            )
    write_report(Path(args.out), report)
    print(f"  report: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
