"""Calls per second of the emulator in the caller's process vs over HTTP, one run.

The generated service clients make the same signed calls, sequentially, two ways: through
the in-process transport (emulator/in_process.py: the ASGI app in this process, no
socket) and over HTTP to `python -m emulator` on a loopback port (one process, state in
memory, as it starts by default). Calls: TIW DescribeOnlineRecord (TC3-HMAC-SHA256) and
MetaStudio ListDigitalHumanVideo (SDK-HMAC-SHA256, a page of ten of 20 seeded jobs). The
two are measured in alternating rounds; the ratio is the median of the per-round ratios.
No goal: the report says what the in-process mode is worth against a socket.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks.harness import REPORTS, REPOSITORY, free_port, wait_for_port, write_report

for _name in ("tencentcloud-tiw-client", "huaweicloud-metastudio-client"):
    sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / _name))

from huaweicloud_metastudio_client import MetaStudioClient  # noqa: E402
from tencentcloud_tiw_client import TiwClient  # noqa: E402

from emulator.config import (  # noqa: E402
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    DEFAULT_TENCENT_CREDENTIALS,
)
from emulator.in_process import InProcessEmulator  # noqa: E402

SECRET_ID, SECRET_KEY = next(iter(DEFAULT_TENCENT_CREDENTIALS.items()))
AK, SK = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
MODES = ("in-process", "http")


def seed(admin: httpx.Client) -> str:
    """A recording and 20 MetaStudio jobs; the recording's TaskId."""
    for number in range(20):
        admin.post(
            f"/_emulator/metastudio/{DEFAULT_HUAWEI_PROJECT}/jobs",
            json={"asset_name": f"video {number}", "state": "SUCCEED"},
        ).raise_for_status()
    reply = admin.post(
        "/_emulator/tiw/recording-tasks", json={"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 1}
    )
    reply.raise_for_status()
    return str(reply.json()["TaskId"])


def calls(settings: dict[str, Any], task_id: str) -> dict[str, Callable[[], object]]:
    tiw = TiwClient(SECRET_ID, SECRET_KEY, **settings)
    metastudio = MetaStudioClient(AK, SK, project_id=DEFAULT_HUAWEI_PROJECT, **settings)

    def describe() -> object:
        return tiw.describe_online_record(sdk_app_id=DEFAULT_SDK_APP_ID, task_id=task_id)

    def listing() -> object:
        page = metastudio.list_digital_human_video(limit=10)
        assert len(page.jobs or []) == 10
        return page

    return {"DescribeOnlineRecord": describe, "ListDigitalHumanVideo (10)": listing}


def calls_per_second(call: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        call()
    return count / (time.perf_counter() - start)


def start_server(port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "emulator", "--port", str(port), "--progression", "manual"],
        cwd=REPOSITORY,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process)
    return process


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=300, help="calls per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", default=str(REPORTS / "in_process.json"))
    args = parser.parse_args()

    port = free_port()
    server = start_server(port)
    in_process = InProcessEmulator(progression="manual")
    try:
        with in_process.client() as admin:
            local_task = seed(admin)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as admin:
            remote_task = seed(admin)
        contenders = {
            "in-process": calls({"transport": in_process.transport()}, local_task),
            "http": calls({"endpoint": f"http://127.0.0.1:{port}"}, remote_task),
        }
        for mode in MODES:  # warm up: connections, caches, compiled schemas
            for call in contenders[mode].values():
                calls_per_second(call, 30)
        measured: dict[str, dict[str, list[float]]] = {
            name: {mode: [] for mode in MODES} for name in contenders["http"]
        }
        for _ in range(args.rounds):
            for name in measured:
                for mode in MODES:
                    measured[name][mode].append(
                        calls_per_second(contenders[mode][name], args.calls)
                    )
    finally:
        in_process.close()
        server.terminate()
        server.wait(10)

    report: dict[str, Any] = {"calls_per_round": args.calls, "rounds": args.rounds, "calls": {}}
    print("emulator in-process vs over HTTP (generated clients, sequential signed calls)")
    for name, by_mode in measured.items():
        ratios = [a / b for a, b in zip(by_mode["in-process"], by_mode["http"], strict=True)]
        medians = {mode: statistics.median(values) for mode, values in by_mode.items()}
        report["calls"][name] = {
            "calls_per_second": medians,
            "ratio_in_process_over_http": statistics.median(ratios),
            "rounds": by_mode,
        }
        print(
            f"  {name:27s} in-process {medians['in-process']:6.0f} calls/s, "
            f"HTTP {medians['http']:6.0f} calls/s: {statistics.median(ratios):.2f}x "
            f"(range {min(ratios):.2f}-{max(ratios):.2f})"
        )
    write_report(Path(args.out), report)
    print(f"  report: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
