"""`python -m toolchain vendor`: a generated package copied into another project under a new
import path, working there without the original; `vendor verify` and `vendor update`."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulator.config import Config, Progression
from generator.packaging import LICENSE
from generator.provenance import sha256_of, tool_versions
from speclib.catalog import REPOSITORY
from tests.support.emulator_server import Running, serve
from tests.support.package_calls import run_call, seed
from toolchain.cli import main
from toolchain.distributions import (
    GENERATED,
    GeneratedDistribution,
    generated_distributions,
    toolchain_version,
)
from toolchain.vendoring.drift import staleness
from toolchain.vendoring.imports import rewrite_imports
from toolchain.vendoring.manifest import MANIFEST, Manifest
from toolchain.vendoring.place import vendor

DISTRIBUTIONS = {source.distribution: source for source in generated_distributions()}


def short_name(distribution: str) -> str:
    """What an application might vendor a package as: tencentcloud-tiw-client -> tiw."""
    return distribution.removesuffix("-client").rsplit("-", 1)[-1]


@pytest.fixture
def emulator() -> Iterator[Running]:
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield running


def host_project(root: Path) -> Path:
    """A project with a package `myapp` and an empty `myapp._vendor`; its import root."""
    src = root / "src"
    for package in ("myapp", "myapp/_vendor"):
        (src / package).mkdir(parents=True)
        (src / package / "__init__.py").write_text("")
    return src


def vendor_cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["vendor", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def absolute_imports(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("distribution", sorted(DISTRIBUTIONS))
def test_vendored_copy_calls_the_emulator_under_a_new_import_path(
    distribution: str, emulator: Running, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = DISTRIBUTIONS[distribution]
    src = host_project(tmp_path / "project")
    dest = src / "myapp" / "_vendor" / short_name(distribution)
    import_path = f"myapp._vendor.{short_name(distribution)}"
    code, output = vendor_cli(distribution, str(dest), "--as", import_path, capsys=capsys)
    assert code == 0, output
    # The licence and the provenance came along; the manifest describes every file.
    assert (dest / "LICENSE").read_bytes() == LICENSE.read_bytes()
    manifest = Manifest.read(dest)
    assert (manifest.distribution, manifest.version) == (distribution, source.version)
    assert manifest.import_path == import_path
    assert manifest.specs == {spec: sha256_of(REPOSITORY / spec) for spec in manifest.specs}
    assert sorted(manifest.specs) == sorted(source.provenance().specs)
    assert manifest.generator == {"videoapi-specs": toolchain_version(), **tool_versions()}
    on_disk = {
        path.relative_to(dest).as_posix(): sha256_of(path)
        for path in dest.rglob("*")
        if path.is_file() and path.name != MANIFEST
    }
    assert manifest.files == on_disk
    assert (
        source.provenance()
        == GeneratedDistribution(distribution, dest.name, source.version, dest.parent).provenance()
    )
    assert source.package not in absolute_imports(dest)
    # Imported from the host project by an interpreter that cannot import the original.
    facts, expected = seed(emulator, distribution)
    result = run_call(
        Path(sys.executable), distribution, import_path, facts, cwd=tmp_path, pythonpath=src
    )
    assert result["result"] == expected
    assert Path(result["file"]) == dest / "__init__.py"
    assert result["originals_importable"] == []
    assert result["originals_loaded"] == []


def test_vendor_without_a_new_name_keeps_the_import_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "third_party" / "tencentcloud_vclm_client"
    code, output = vendor_cli("tencentcloud_vclm_client", str(dest), capsys=capsys)
    assert code == 0, output
    assert Manifest.read(dest).import_path == "tencentcloud_vclm_client"
    source = DISTRIBUTIONS["tencentcloud-vclm-client"]
    copied = {p.relative_to(dest) for p in dest.rglob("*.py")}
    assert copied == {
        p.relative_to(source.package_dir)
        for p in source.package_dir.rglob("*.py")
        if "__pycache__" not in p.parts
    }


def edit_vendored_copy(dest: Path) -> None:
    with (dest / "errors.py").open("a") as handle:
        handle.write("\nPATCHED_LOCALLY = True\n")
    (dest / "notes.py").write_text("# a file of our own\n")
    (dest / "types.py").unlink()


def test_verify_names_local_edits_and_update_refuses_them_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = host_project(tmp_path) / "myapp" / "_vendor" / "tiw"
    assert (
        vendor_cli(
            "tencentcloud-tiw-client", str(dest), "--as", "myapp._vendor.tiw", capsys=capsys
        )[0]
        == 0
    )
    pristine = {p.relative_to(dest): p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    code, output = vendor_cli("verify", str(dest), capsys=capsys)
    assert code == 0, output
    (dest / "_runtime" / "__pycache__").mkdir()
    (dest / "_runtime" / "__pycache__" / "tc3.cpython-311.pyc").write_bytes(b"cache")

    edit_vendored_copy(dest)
    code, output = vendor_cli("verify", str(dest), capsys=capsys)
    assert code == 1
    assert "changed  errors.py" in output
    assert "added    notes.py" in output
    assert "removed  types.py" in output
    assert "__pycache__" not in output

    code, output = vendor_cli("update", str(dest), capsys=capsys)
    assert code == 1
    assert "refusing" in output and "changed  errors.py" in output
    assert "PATCHED_LOCALLY" in (dest / "errors.py").read_text()
    assert (dest / "notes.py").exists() and not (dest / "types.py").exists()

    code, output = vendor_cli("update", str(dest), "--force", capsys=capsys)
    assert code == 0, output
    restored = {
        p.relative_to(dest): p.read_bytes()
        for p in dest.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert restored == pristine
    assert vendor_cli("verify", str(dest), capsys=capsys)[0] == 0


def test_update_brings_a_copy_of_an_older_generation_up_to_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A copy vendored from an older generation: one module different, one since deleted.
    older = tmp_path / "older" / "generated"
    shutil.copytree(GENERATED, older)
    package = older / "clients" / "huaweicloud-metastudio-client" / "huaweicloud_metastudio_client"
    (package / "errors.py").write_text('"""An older generation."""\n')
    (package / "legacy.py").write_text('"""Gone from the current generation."""\n')
    dest = tmp_path / "project" / "metastudio"
    vendor("huaweicloud-metastudio-client", dest, "metastudio", generated=older)

    code, output = vendor_cli("verify", str(dest), capsys=capsys)
    assert code == 1
    assert "outdated errors.py" in output and "outdated legacy.py" in output
    assert "changed" not in output  # nothing was edited where the copy lives
    code, output = vendor_cli("update", str(dest), capsys=capsys)
    assert code == 0, output
    assert "wrote    errors.py" in output and "removed  legacy.py" in output
    assert not (dest / "legacy.py").exists()
    assert vendor_cli("verify", str(dest), capsys=capsys)[0] == 0


def test_verify_reports_a_copy_older_than_the_specs(tmp_path: Path) -> None:
    dest = tmp_path / "tiw"
    manifest = vendor("tencentcloud-tiw-client", dest, "tiw").manifest
    # This repository as it will be once the TIW spec changes.
    repository = tmp_path / "repository"
    shutil.copytree(REPOSITORY / "specs", repository / "specs")
    (spec,) = manifest.specs
    with (repository / spec).open("a") as handle:
        handle.write("# a later revision\n")
    behind = staleness(manifest, repository=repository)
    assert [(c.spec, c.vendored, c.current) for c in behind.specs] == [
        (spec, manifest.specs[spec], sha256_of(repository / spec))
    ]
    assert f"spec     {spec}" in "\n".join(behind.lines())
    assert not staleness(manifest)  # against the specs as they are: current


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-client", "{tmp}/x"], "no generated package 'no-such-client'"),
        (["tencentcloud-tiw-client", "{tmp}/tiw", "--as", "my-app.tiw"], "not a dotted Python"),
        (
            ["tencentcloud-tiw-client", "{tmp}/tiw", "--as", "myapp.other"],
            "name the folder 'other'",
        ),
        (["tencentcloud-tiw-client", "{tmp}/full", "--as", "full"], "not empty"),
        (["verify", "{tmp}/full"], "no VENDORED.json"),
        (["update", "{tmp}/broken"], "not a vendoring manifest"),
        (["update", "{tmp}/tiw", "--as", "x"], "usage"),
        (["verify", "{tmp}/tiw", "--force"], "usage"),
    ],
)
def test_vendor_refuses_what_it_cannot_do(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.py").write_text("")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / MANIFEST).write_text('{"format": 1, "package": "x"}')
    code, output = vendor_cli(*(arg.format(tmp=tmp_path) for arg in args), capsys=capsys)
    assert code == 2
    assert message in output
    assert (tmp_path / "full" / "mine.py").exists() and not (tmp_path / "tiw").exists()


SELF_IMPORTING = {
    "pkg/__init__.py": "VALUE = 'root'\n",
    "pkg/sub/__init__.py": "",
    "pkg/sub/leaf.py": "LEAF = 'leaf'\n",
    "pkg/other.py": "OTHER = 'other'\n",
    "pkg/user.py": textwrap.dedent(
        '''\
        """Mentions `import pkg.other` and pkg_extra, which stay as they are."""
        from __future__ import annotations

        import json, pkg.sub.leaf  # a comment that stays
        import pkg
        import pkg.other as other
        from pkg.sub import (
            leaf as renamed_leaf,
        )
        from pkg import VALUE
        from . import other as relative_other
        name = "é"; from pkg . sub . leaf import LEAF

        def later() -> str:
            from pkg.other import OTHER
            return OTHER

        RESULT = [VALUE, pkg.VALUE, pkg.sub.leaf.LEAF, other.OTHER, renamed_leaf.LEAF,
                  relative_other.OTHER, LEAF, later(), json.dumps(name)]
        '''
    ),
}


def test_absolute_self_imports_are_rewritten_and_keep_their_meaning(tmp_path: Path) -> None:
    new = "host._vendor.renamed"
    root = tmp_path / "host" / "_vendor" / "renamed"
    for path in ("host/__init__.py", "host/_vendor/__init__.py"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("")
    total = 0
    for name, text in SELF_IMPORTING.items():
        target = root / name.removeprefix("pkg/")
        target.parent.mkdir(parents=True, exist_ok=True)
        rewritten, count = rewrite_imports(text, "pkg", new)
        target.write_text(rewritten)
        total += count
    assert total == 7
    user = (root / "user.py").read_text()
    assert user.splitlines()[:12] == [
        '"""Mentions `import pkg.other` and pkg_extra, which stay as they are."""',
        "from __future__ import annotations",
        "",
        f"import json, {new}.sub.leaf as pkg, {new} as pkg  # a comment that stays",
        f"import {new} as pkg",
        f"import {new}.other as other",
        f"from {new}.sub import (",
        "    leaf as renamed_leaf,",
        ")",
        f"from {new} import VALUE",
        "from . import other as relative_other",
        f'name = "é"; from {new}.sub.leaf import LEAF',
    ]
    assert f"    from {new}.other import OTHER" in user
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import {new}.user as user, sys; print(user.RESULT, 'pkg' in sys.modules)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stderr
    expected = ["root", "root", "leaf", "other", "leaf", "other", "leaf", "other", '"\\u00e9"']
    assert probe.stdout.strip() == f"{expected} False"


def test_rewriting_under_the_same_name_changes_nothing() -> None:
    text = SELF_IMPORTING["pkg/user.py"]
    assert rewrite_imports(text, "pkg", "pkg") == (text, 0)
    assert rewrite_imports(text, "pk", "elsewhere") == (text, 0)


def test_verify_runs_from_the_host_project_against_a_named_source(tmp_path: Path) -> None:
    host = tmp_path / "myapp"
    dest = host / "src/myapp/_vendor/tiw"
    manifest = vendor("tencentcloud-tiw-client", dest, "myapp._vendor.tiw").manifest
    assert manifest.source == str(REPOSITORY.resolve())  # VENDORED.json names its source
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # As the host project runs it: from its own directory, this checkout on no path of its own.
    result = subprocess.run(
        [
            *(sys.executable, "-m", "toolchain", "vendor", "verify", "src/myapp/_vendor/tiw"),
            *("--source", str(REPOSITORY)),
        ],
        cwd=host,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "as vendored and current" in result.stdout


def test_a_stale_source_is_reported_alike_by_verify_and_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "tiw"
    manifest = vendor("tencentcloud-tiw-client", dest, "tiw").manifest
    checkout = tmp_path / "checkout"
    shutil.copytree(REPOSITORY / "specs", checkout / "specs")
    shutil.copytree(GENERATED, checkout / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        REPOSITORY / "generator",
        checkout / "generator",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (spec,) = manifest.specs
    with (checkout / spec).open("a") as handle:
        handle.write("# edited, not regenerated\n")
    for action in ("verify", "update"):
        code, output = vendor_cli(action, str(dest), "--source", str(checkout), capsys=capsys)
        assert code == 1, output
        assert f"generated/ is stale: {spec} changed since tencentcloud-tiw-client" in output
        assert f"run `make generate` in {checkout}" in output
        assert "already current" not in output
    # Regenerated (as far as the vendored copy can tell: the provenance matches again).
    (checkout / spec).write_bytes((REPOSITORY / spec).read_bytes())
    code, output = vendor_cli("verify", str(dest), "--source", str(checkout), capsys=capsys)
    assert code == 0, output
