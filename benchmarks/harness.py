"""What every benchmark needs around its measurement: where the repository and its build
folder are, a free loopback port, waiting for a server it started to listen, and writing
its report (build/bench/<name>.json)."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from emulator.ports import free_port as free_port  # the benchmarks' import of it

REPOSITORY = Path(__file__).resolve().parent.parent
BUILD = REPOSITORY / "build"
REPORTS = BUILD / "bench"


def wait_for_port(port: int, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    """Until the process listens on the loopback port; fails when it exits or takes longer."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


def write_report(out: Path, report: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
