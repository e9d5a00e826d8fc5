"""What every generated distribution shares: its pyproject.toml and its formatting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUILD_BACKEND = "hatchling==1.27.0"
# Every package carries the repository's licence (Apache-2.0, as pyproject.toml says),
# as LICENSE beside its pyproject.toml and, through PEP 639, in its wheel's metadata.
LICENSE = Path(__file__).with_name("package_templates") / "LICENSE"
LICENSE_EXPRESSION = "Apache-2.0"


def render_pyproject(
    distribution: str, package: str, version: str, description: str, dependencies: list[str]
) -> str:
    deps = "".join(f'    "{dependency}",\n' for dependency in dependencies)
    return (
        "[build-system]\n"
        f'requires = ["{BUILD_BACKEND}"]\n'
        'build-backend = "hatchling.build"\n\n'
        "[project]\n"
        f'name = "{distribution}"\n'
        f'version = "{version}"\n'
        f'description = "{description}"\n'
        'requires-python = ">=3.11"\n'
        'readme = "README.md"\n'
        f'license = "{LICENSE_EXPRESSION}"\n'
        'license-files = ["LICENSE"]\n'
        f"dependencies = [\n{deps}]\n\n"
        "[tool.hatch.build.targets.wheel]\n"
        f'packages = ["{package}"]\n\n'
        "# The generated code is checked with these settings; `ruff format` owns the\n"
        "# layout, and long docstring lines come from the spec's descriptions.\n"
        "[tool.ruff]\n"
        "line-length = 120\n\n"
        "[tool.ruff.lint]\n"
        'select = ["F", "E", "W", "I", "UP", "B"]\n'
        'ignore = ["E501"]\n\n'
        "[tool.mypy]\n"
        "strict = true\n"
    )


def format_package(root: Path, target: Path) -> None:
    """Fix and format `target` with the ruff settings of the distribution at `root`.

    The settings are named explicitly so the result does not depend on which
    configuration ruff would discover from where the output is written."""
    ruff = [sys.executable, "-m", "ruff"]
    settings = f"--config={root / 'pyproject.toml'}"
    subprocess.run(
        [*ruff, "check", "--no-cache", "--fix-only", "--quiet", settings, str(target)], check=True
    )
    subprocess.run([*ruff, "format", "--no-cache", "--quiet", settings, str(target)], check=True)


def write_license(root: Path) -> Path:
    return write_text(root / "LICENSE", LICENSE.read_text(encoding="utf-8"))


def write_text(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
