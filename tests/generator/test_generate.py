"""`make generate` is reproducible, `check-generated` catches drift, and the
generated code passes ruff and mypy as generated."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from generator import pipeline
from generator.clients import REQUIREMENTS, GenerationError, imported_requirements
from generator.config import ClientPackage, load_config
from generator.pipeline import Bundles, check_generated, compare_trees, write_generated
from speclib.catalog import REPOSITORY, SPECS

GENERATED = REPOSITORY / "generated"
CONFIG = load_config()
PACKAGE_DIRS = [GENERATED / "clients" / c.distribution for c in CONFIG.clients] + [
    GENERATED / "models" / CONFIG.models.distribution
]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    write_generated(out)
    return out


def test_committed_generated_tree_is_current(fresh: Path) -> None:
    assert compare_trees(fresh, GENERATED) == []


def test_two_runs_are_byte_identical(fresh: Path, tmp_path: Path) -> None:
    write_generated(tmp_path)
    assert compare_trees(fresh, tmp_path) == []


def test_a_run_bundles_each_spec_once_and_hands_out_copies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[Path] = []

    def counting(path: Path) -> dict[str, object]:
        calls.append(path)
        return {"info": {"title": path.name}, "paths": {}}

    monkeypatch.setattr(pipeline, "bundle_spec", counting)
    bundles = Bundles()
    spec = CONFIG.clients[0].spec.path
    first = bundles(spec)
    first["info"]["title"] = "changed by a consumer"
    second = bundles(spec)
    assert second == {"info": {"title": spec.name}, "paths": {}}
    assert calls == [spec.resolve()]


def test_check_generated_fails_after_a_spec_change(fresh: Path, tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    spec = specs / "tencentcloud/vclm/2024-05-23/openapi.yaml"
    spec.write_text(spec.read_text().replace("ID of the job.", "Identifier of the job."))
    differences = check_generated(fresh, specs_root=specs)
    changed = {line.split()[-1] for line in differences}
    assert "openapi/tencentcloud/vclm/2024-05-23/openapi.json" in changed
    assert any(name.startswith("clients/tencentcloud-vclm-client/") for name in changed)
    assert "models/videoapi-models/videoapi_models/vclm.py" in changed
    assert not any("tiw" in name for name in changed)


def test_check_generated_lists_extra_and_missing_files(fresh: Path, tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(fresh, copy)
    (copy / "stray.txt").write_text("x")
    (copy / "openapi/huaweicloud/metastudio/v1/openapi.json").unlink()
    assert compare_trees(fresh, copy) == [
        "missing  openapi/huaweicloud/metastudio/v1/openapi.json",
        "extra    stray.txt",
    ]


@pytest.mark.parametrize("root", PACKAGE_DIRS, ids=lambda p: p.name)
def test_generated_package_passes_ruff(root: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("root", PACKAGE_DIRS, ids=lambda p: p.name)
def test_generated_package_passes_mypy_strict(root: Path) -> None:
    package = next(p.name for p in root.iterdir() if (p / "__init__.py").exists())
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", package],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("client", CONFIG.clients, ids=lambda c: c.distribution)
def test_client_package_records_provenance(client: object) -> None:
    from generator.config import ClientPackage
    from generator.provenance import sha256_of

    assert isinstance(client, ClientPackage)
    source = (
        GENERATED / "clients" / client.distribution / client.package / "_provenance.py"
    ).read_text()
    facts = ast.literal_eval(source.split("PROVENANCE = ", 1)[1])
    assert facts["spec"] == f"specs/{client.spec.name}/openapi.yaml"
    assert facts["spec_sha256"] == sha256_of(client.spec.path)
    assert set(facts["tools"]) == {"openapi-python-client", "datamodel-code-generator", "ruff"}
    root = GENERATED / "clients" / client.distribution
    assert (root / client.package / "py.typed").exists()
    assert client.package in (root / "README.md").read_text()


def test_tencent_endpoints_send_the_action_header_to_root() -> None:
    package = GENERATED / "clients/tencentcloud-tiw-client/tencentcloud_tiw_client"
    module = (package / "api/recording/describe_online_record.py").read_text()
    assert 'headers["X-TC-Action"] = "DescribeOnlineRecord"' in module
    assert '"url": "/",' in module
    assert "#X-TC-Action" not in module


@pytest.mark.parametrize("client", CONFIG.clients, ids=lambda c: c.distribution)
def test_client_depends_on_exactly_what_it_imports(client: ClientPackage) -> None:
    root = GENERATED / "clients" / client.distribution
    declared = tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
    assert declared == imported_requirements(root / client.package)
    assert declared == [REQUIREMENTS["attrs"], REQUIREMENTS["httpx"]]


def test_an_import_without_a_requirement_fails_generation(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text("import json\nimport yaml\nfrom . import b\n")
    with pytest.raises(GenerationError, match="yaml"):
        imported_requirements(package)
