"""wrk (a C load generator) for the benchmarks: it leaves the CPU to the servers.

Installed from Debian's packages when missing and running as root; callers fall
back to benchmarks/load.py otherwise and say so in their report.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk_binary() -> str | None:
    found = shutil.which("wrk")
    if found is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], capture_output=True, check=False)
        found = shutil.which("wrk")
    return found


def _milliseconds(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    if match is None:
        raise ValueError(f"not a wrk latency: {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def _script(method: str, headers: dict[str, str], body: bytes) -> str:
    lines = [f"wrk.method = {json.dumps(method)}", f"wrk.body = {json.dumps(body.decode())}"]
    lines += [
        f"wrk.headers[{json.dumps(name)}] = {json.dumps(value)}"
        for name, value in headers.items()
        if name.lower() not in ("host", "content-length")
    ]
    return "\n".join(lines) + "\n"


def run_wrk(
    binary: str,
    url: str,
    method: str,
    headers: dict[str, str],
    body: bytes,
    connections: int,
    seconds: float,
) -> dict[str, float]:
    """Requests/s and latency percentiles; fails when any reply was not 2xx/3xx."""
    with tempfile.TemporaryDirectory() as scratch:
        script = Path(scratch) / "request.lua"
        script.write_text(_script(method, headers, body))
        output = subprocess.run(
            [
                binary,
                "-t1",
                f"-c{connections}",
                f"-d{int(seconds)}s",
                "--latency",
                "-s",
                str(script),
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"non-2xx replies during the run:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    percentile = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.MULTILINE))
    return {
        "requests_per_second": round(rate, 1),
        "p50_ms": round(_milliseconds(percentile["50"]), 2),
        "p99_ms": round(_milliseconds(percentile["99"]), 2),
        "requests": total,
    }
