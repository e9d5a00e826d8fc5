"""ARCHITECTURE.md against the tree, and the import contracts that enforce it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
ARCHITECTURE = (REPOSITORY / "ARCHITECTURE.md").read_text(encoding="utf-8")
SETTINGS = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
IMPORT_LINTER = SETTINGS["tool"]["importlinter"]
PACKAGES: list[str] = IMPORT_LINTER["root_packages"]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
# Outside the layers: they may import anything.
UNLAYERED = {"tests", "benchmarks"}
# The clouds' names and their spec keys: only the cloud packages may decide by them.
CLOUD_TESTS = re.compile(r"""["'](tencentcloud|huaweicloud)["']|x-tc-service|x-hw-service""")
# The table of extensions records the former names, so that diffs can read old specs.
FORMER_NAMES = REPOSITORY / "speclib" / "extensions.py"


def contract(contract_id: str) -> dict[str, object]:
    found: dict[str, object] = next(c for c in IMPORT_LINTER["contracts"] if c["id"] == contract_id)
    return found


def python_packages() -> set[str]:
    return {
        path.parent.name
        for path in REPOSITORY.glob("*/__init__.py")
        if not path.parent.name.startswith(".")
    }


def test_every_package_is_in_a_layer_and_described() -> None:
    assert python_packages() - UNLAYERED == set(PACKAGES)
    for package in PACKAGES:
        assert f"**{package}/**" in ARCHITECTURE, f"ARCHITECTURE.md does not describe {package}/"


def test_the_diagram_is_the_layers_contract() -> None:
    diagram = ARCHITECTURE.split("```", 2)[1]
    rows = [
        re.split(r"\s{2,}", line.strip())[0]
        for line in diagram.splitlines()
        if line.strip() and not line.strip().startswith("-")
    ]
    layers = [re.sub(r"\s*\|\s*", " | ", row) for row in rows]
    assert layers == contract("layers")["layers"]


def test_files_named_in_architecture_exist() -> None:
    named = re.findall(r"`([a-z_]+/[A-Za-z0-9_./]*)`", ARCHITECTURE)
    hypothetical = ("examplecloud", "vod", "<", "_runtime/")
    checked = [name for name in named if not any(word in name for word in hypothetical)]
    assert len(checked) > 10
    # A name is a path from the root or from inside one of the packages.
    roots = [REPOSITORY, *(REPOSITORY / package for package in PACKAGES)]
    missing = [name for name in checked if not any((root / name).exists() for root in roots)]
    assert missing == []


def test_emulator_and_contract_never_import_the_generator() -> None:
    offenders = [
        f"{path.relative_to(REPOSITORY)}:{number}"
        for package in ("emulator", "contract")
        for path in (REPOSITORY / package).rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"\s*(from|import) (generator|toolchain)\b", line)
    ]
    assert offenders == []


def test_only_the_cloud_packages_decide_what_a_cloud_is() -> None:
    offenders = [
        f"{path.relative_to(REPOSITORY)}:{number}: {line.strip()}"
        for package in PACKAGES
        if package != "clouds"
        for path in (REPOSITORY / package).rglob("*.py")
        if path != FORMER_NAMES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CLOUD_TESTS.search(line)
    ]
    assert offenders == []


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache"],
        cwd=root,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def copy_of_the_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tree")
    for package in PACKAGES:
        shutil.copytree(
            REPOSITORY / package, root / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(REPOSITORY / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_contracts_hold_on_the_tree(copy_of_the_tree: Path) -> None:
    result = lint_imports(copy_of_the_tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


@pytest.mark.parametrize(
    ("module", "forbidden", "broken"),
    [
        ("emulator/store.py", "generator.clients", "the emulator and the contract harness"),
        ("contract/apis.py", "emulator.config", "tools, emulator and contract harness"),
        ("speclib/walk.py", "clouds", "tools, emulator and contract harness"),
        ("clouds/tencentcloud/tc3.py", "clouds.huaweicloud.sdk_hmac", "each cloud package"),
        ("clouds/retry.py", "speclib.walk", "the modules copied into generated packages"),
        ("speclib/loader.py", "speclib.bundle", "no import cycles"),
        ("emulator/app.py", "emulator.cli", "no import cycles"),
    ],
)
def test_a_forbidden_import_breaks_make_lint(
    copy_of_the_tree: Path, tmp_path: Path, module: str, forbidden: str, broken: str
) -> None:
    root = tmp_path / "tree"
    shutil.copytree(copy_of_the_tree, root)
    path = root / module
    # Inside a function, as a lazy import would be: the contracts see those too.
    path.write_text(
        path.read_text(encoding="utf-8")
        + f"\n\ndef _added() -> None:\n    import {forbidden}  # noqa\n"
    )
    result = lint_imports(root)
    assert result.returncode != 0
    broken_section = result.stdout.split("Broken contracts", 1)[-1]
    assert broken in broken_section, result.stdout
