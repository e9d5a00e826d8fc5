"""Per-call overhead of the generated TIW client vs the official tencentcloud-sdk-python.

The service client (`TiwClient.describe_online_record`), the low-level function it
calls (`describe_online_record.sync`) and the official SDK call DescribeOnlineRecord
sequentially against the same local reply server, in alternating rounds within one
run; each ratio is the median of the per-round ratios, calls/s the median over rounds.
Goal (issues 3 and 16): the service client makes at least 1.5x the official SDK's calls/s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import REPORTS, REPOSITORY, write_report

sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / "tencentcloud-tiw-client"))

from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.tiw.v20190919 import models, tiw_client
from tencentcloud_tiw_client import TiwClient, connect
from tencentcloud_tiw_client.api.recording import describe_online_record
from tencentcloud_tiw_client.models import DescribeOnlineRecordRequest

SECRET_ID, SECRET_KEY = "AKIDEXAMPLE0000000000000000000000000", "SecretKeyExample0000000000000000"
GOAL = 1.5


def official_sdk(port: int) -> Callable[[], object]:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=f"127.0.0.1:{port}", protocol="http"))
    client = tiw_client.TiwClient(
        credential.Credential(SECRET_ID, SECRET_KEY), "ap-singapore", profile
    )
    request = models.DescribeOnlineRecordRequest()
    request.SdkAppId, request.TaskId = 1400000001, "ghucnligqtgtvk2624mb"
    return lambda: client.DescribeOnlineRecord(request)


def service_client(port: int) -> Callable[[], object]:
    client = TiwClient(SECRET_ID, SECRET_KEY, endpoint=f"http://127.0.0.1:{port}")
    return lambda: client.describe_online_record(
        sdk_app_id=1400000001, task_id="ghucnligqtgtvk2624mb"
    )


def low_level(port: int) -> Callable[[], object]:
    client = connect(SECRET_ID, SECRET_KEY, endpoint=f"http://127.0.0.1:{port}")
    body = DescribeOnlineRecordRequest(sdk_app_id=1400000001, task_id="ghucnligqtgtvk2624mb")
    return lambda: describe_online_record.sync(client=client, body=body)


def calls_per_second(call: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return calls / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=300, help="calls per round")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--out", default=str(REPORTS / "client_overhead.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        port_file = Path(scratch) / "port"
        server = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.reply_server", str(port_file)], cwd=REPOSITORY
        )
        try:
            deadline = time.monotonic() + 10
            while not (port_file.exists() and port_file.read_text()):
                if time.monotonic() > deadline:
                    raise RuntimeError("reply server did not start")
                time.sleep(0.05)
            port = int(port_file.read_text())
            contenders = {
                "service-client": service_client(port),
                "low-level": low_level(port),
                "official-sdk": official_sdk(port),
            }
            for call in contenders.values():  # warm up connections and imports
                calls_per_second(call, 20)
            rounds: dict[str, list[float]] = {name: [] for name in contenders}
            for _ in range(args.rounds):
                for name, call in contenders.items():
                    rounds[name].append(calls_per_second(call, args.calls))
        finally:
            server.terminate()
            server.wait()
    median = {name: statistics.median(values) for name, values in rounds.items()}
    # Each round runs the clients back to back, so its ratio is paired against load drift.
    ratios = {
        name: [g / o for g, o in zip(rounds[name], rounds["official-sdk"], strict=True)]
        for name in ("service-client", "low-level")
    }
    ratio = statistics.median(ratios["service-client"])
    report = {
        "benchmark": "sequential DescribeOnlineRecord calls/s, same local server, one run",
        "calls_per_round": args.calls,
        "rounds": rounds,
        "median_calls_per_second": median,
        "ratio_per_round": ratios,
        "ratio_service_client_to_official": ratio,
        "ratio_low_level_to_official": statistics.median(ratios["low-level"]),
        "goal": GOAL,
        "goal_met": ratio >= GOAL,
    }
    out = Path(args.out)
    write_report(out, report)
    print("client per-call overhead (sequential DescribeOnlineRecord, local server)")
    for name, value in median.items():
        print(f"  {name:13s} {value:8.0f} calls/s (median of {args.rounds} x {args.calls})")
    verdict = "met" if ratio >= GOAL else "NOT met"
    low = ratios["low-level"]
    print(
        f"  ratio service client/official: {ratio:.2f}x median of paired rounds "
        f"(range {min(ratios['service-client']):.2f}-{max(ratios['service-client']):.2f}; "
        f"goal {GOAL}x: {verdict})"
    )
    print(f"  ratio low-level/official:      {statistics.median(low):.2f}x")
    print(f"  report: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
