"""Fresh virtual environments, made with the repository's uv, for installing packages alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from speclib.catalog import REPOSITORY

UV = REPOSITORY / ".uv" / "bin" / "uv"


def fresh_venv(venv: Path, *requirements: str) -> Path:
    """A new virtual environment with only `requirements` (and what they need); its python."""
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run(
        [str(UV), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, env=env
    )
    python = venv / "bin" / "python"
    subprocess.run(
        [str(UV), "pip", "install", "--quiet", "--python", str(python), *requirements],
        check=True,
        env=env,
    )
    return python
