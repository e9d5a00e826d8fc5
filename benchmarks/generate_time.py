"""Time of `python -m toolchain generate` (what `make generate` runs after lint-specs),
into a scratch folder so generated/ is not touched.

Each run is a fresh process; the report gives its wall time and its CPU time (user +
system of the process and its children), the latter steadier on a shared machine.
Goal (issue 18): at most 10 s with every spec, the larger VCLM spec included.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import REPORTS, REPOSITORY, write_report

GOAL_SECONDS = 10.0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(out: Path) -> tuple[float, float]:
    cpu_before, started = children_cpu(), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "toolchain", "generate", "--out", str(out)],
        cwd=REPOSITORY,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started, children_cpu() - cpu_before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=str(REPORTS / "generate_time.json"))
    args = parser.parse_args()
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as scratch:
            wall, cpu = one_run(Path(scratch) / "generated")
        walls.append(wall)
        cpus.append(cpu)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    report = {
        "benchmark": "python -m toolchain generate into a scratch folder, fresh process per run",
        "runs": args.runs,
        "wall_seconds": walls,
        "cpu_seconds": cpus,
        "median_wall_seconds": wall,
        "median_cpu_seconds": cpu,
        "goal_seconds": GOAL_SECONDS,
        "goal_met": wall <= GOAL_SECONDS,
    }
    out = Path(args.out)
    write_report(out, report)
    verdict = "met" if wall <= GOAL_SECONDS else "NOT met"
    print("make generate (toolchain generate into a scratch folder)")
    print(
        f"  wall {wall:.1f} s, CPU {cpu:.1f} s (median of {args.runs}; "
        f"goal {GOAL_SECONDS:.0f} s wall: {verdict})"
    )
    print(f"  report: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
