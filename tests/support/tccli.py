"""tccli in an environment of its own, made once from tests/tccli-requirements.txt (exact
versions with hashes) and kept under build/, keyed by that file's hash.

tccli needs the all-services `tencentcloud-sdk-python`, which would overwrite the pinned
per-service SDKs of .venv; so it never goes there. The first run on a machine installs it
from the package registry (a fixed cost of a fresh CI run, written to the environment's
`ready` file); later runs reuse it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from speclib.catalog import REPOSITORY
from tests.support.venvs import UV

PINS = REPOSITORY / "tests" / "tccli-requirements.txt"
BUILD = REPOSITORY / "build"


def _uv_env() -> dict[str, str]:
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    return env


def tccli_environment() -> Path:
    """The environment's python, made on first use (one maker at a time, across processes)."""
    key = hashlib.sha256(PINS.read_bytes()).hexdigest()[:16]
    venv = BUILD / f"tccli-{key}"
    python = venv / "bin" / "python"
    ready = venv / "ready"
    BUILD.mkdir(exist_ok=True)
    with (BUILD / f"tccli-{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if ready.exists():
            return python
        shutil.rmtree(venv, ignore_errors=True)  # what an interrupted maker left
        started = time.monotonic()
        env = _uv_env()
        # --no-config: the repository's own uv settings (its override that keeps the
        # all-services SDK out of .venv) must not apply here.
        subprocess.run(
            [str(UV), "venv", "--no-config", "--quiet", "--python", sys.executable, str(venv)],
            check=True,
            env=env,
        )
        subprocess.run(
            [
                *(str(UV), "pip", "install", "--no-config", "--quiet", "--require-hashes"),
                *("--python", str(python), "-r", str(PINS)),
            ],
            check=True,
            env=env,
        )
        seconds = round(time.monotonic() - started, 1)
        ready.write_text(json.dumps({"created_in_seconds": seconds}) + "\n")
    return python


def run_tccli(
    python: Path, home: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`tccli ARGS` with HOME at a scratch directory (tccli reads ~/.tccli) and no proxy."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.lower().endswith("_proxy") and not key.startswith("TENCENTCLOUD_")
    }
    env.update(HOME=str(home), NO_PROXY="127.0.0.1,localhost")
    return subprocess.run(
        [str(python.parent / "tccli"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def output(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr or result.stdout
    return json.loads(result.stdout)
