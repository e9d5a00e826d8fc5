"""Versions from the API: on a temporary git repository holding the real specs and
version records, each kind of spec change bumps its package's version as semver
says (with the 0.x reading), `--write` records it with its changelog entry, the
next change is measured from that record's commit, and `make diff`'s report names
the next version of each package."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.versions import read_record, write_record
from speclib.catalog import REPOSITORY
from speclib.loader import dump_yaml, load_file
from tests.toolchain.diff.test_end_to_end import git
from toolchain.cli import main
from toolchain.diff.versions import bump

TIW = "specs/tencentcloud/tiw/2019-09-19/openapi.yaml"
Document = dict[str, Any]


def copy_specs_and_records(root: Path) -> None:
    """The real specs, packages.toml and version records into `root`, every package at
    0.1.0 with its first release only, whatever the real history."""
    shutil.copytree(REPOSITORY / "specs", root / "specs")
    (root / "generator").mkdir(parents=True)
    shutil.copy(REPOSITORY / "generator/packages.toml", root / "generator/packages.toml")
    shutil.copytree(REPOSITORY / "generator/versions", root / "generator/versions")
    for path in (root / "generator/versions").glob("*.json"):
        record = read_record(path.stem, path.parent)
        record.version, record.releases = "0.1.0", record.releases[:1]
        write_record(record, path.parent)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    copy_specs_and_records(tmp_path)
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "specs and versions")
    return tmp_path


def edit_tiw(repo: Path, mutation: Callable[[Document], None]) -> None:
    spec = load_file(repo / TIW)
    mutation(spec)
    (repo / TIW).write_text(dump_yaml(spec), encoding="utf-8")


def remove_operation(spec: Document) -> None:
    del spec["paths"]["/#X-TC-Action=PauseOnlineRecord"]


def add_response_field(spec: Document) -> None:
    response = spec["components"]["schemas"]["DescribeOnlineRecordResponse"]
    response["properties"]["RecordMode"] = {"type": "string", "description": "The mode."}


def reword(spec: Document) -> None:
    spec["info"]["description"] = "Reworded."


def lower_rate_limit(spec: Document) -> None:
    for item in spec["paths"].values():
        for node in item.values():
            if isinstance(node, dict) and node.get("operationId") == "StartOnlineRecord":
                node["x-videoapi-rate-limit"] = {"requests": 5, "per": "second"}


def set_version(repo: Path, distribution: str, version: str) -> None:
    folder = repo / "generator/versions"
    record = read_record(distribution, folder)
    record.version = version
    write_record(record, folder)
    git(repo, "commit", "--quiet", "-am", f"{distribution} {version}")


def versions(repo: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, str]:
    assert main(["versions", "--repo", str(repo), *args]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in lines}


# mutation, (next from 0.1.0, next from 1.2.3), kind
KINDS = {
    "breaking": (remove_operation, ("0.2.0", "2.0.0")),
    "feature": (add_response_field, ("0.1.1", "1.3.0")),
    "potentially breaking": (lower_rate_limit, ("0.1.1", "1.3.0")),
    "documentation": (reword, ("0.1.1", "1.2.4")),
}


@pytest.mark.parametrize(
    ("kind", "start"),
    [*((kind, "0.1.0") for kind in sorted(KINDS)), ("breaking", "1.2.3"), ("feature", "1.2.3")],
)
def test_a_bump_per_kind_of_change(
    kind: str, start: str, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutation, expected = KINDS[kind]
    for distribution in ("tencentcloud-tiw-client", "videoapi-models"):
        if start != "0.1.0":
            set_version(repo, distribution, start)
    edit_tiw(repo, mutation)
    found = versions(repo, capsys)
    want = expected[0 if start == "0.1.0" else 1]
    assert found["tencentcloud-tiw-client"].startswith(f"{start} -> {want} ")
    # The models package holds TIW's models too; the other clients did not change.
    assert found["videoapi-models"].startswith(f"{start} -> {want} ")
    assert found["tencentcloud-vclm-client"] == "0.1.0: current"


def test_write_records_the_version_and_its_changelog_then_history_goes_on(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_tiw(repo, add_response_field)
    versions(repo, capsys, "--write")
    record = read_record("tencentcloud-tiw-client", repo / "generator/versions")
    assert record.version == "0.1.1"
    assert [release.kind for release in record.releases] == ["initial", "feature"]
    assert any("RecordMode" in line for line in record.releases[-1].changes)
    assert "## 0.1.1 (new operations or fields)" in record.changelog()
    assert versions(repo, capsys)["tencentcloud-tiw-client"] == "0.1.1: current"
    git(repo, "commit", "--quiet", "-am", "RecordMode, 0.1.1")
    # The next change is measured from the commit that wrote 0.1.1.
    edit_tiw(repo, remove_operation)
    versions(repo, capsys, "--write")
    record = read_record("tencentcloud-tiw-client", repo / "generator/versions")
    assert record.version == "0.2.0"
    assert not any("RecordMode" in line for line in record.releases[-1].changes)
    assert any("PauseOnlineRecord" in line for line in record.releases[-1].changes)


def test_the_diff_report_names_each_packages_next_version(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_tiw(repo, remove_operation)
    code = main(["diff", "--repo", str(repo), "--base", "HEAD", "--no-python-api"])
    report = capsys.readouterr().out
    assert code == 1
    assert "| `tencentcloud-tiw-client` | `0.1.0` | breaking | `0.2.0` |" in report
    assert "| `tencentcloud-vclm-client` | `0.1.0` | none | unchanged |" in report
    main(["diff", "--repo", str(repo), "--base", "HEAD", "--no-python-api", "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert document["versions"]["videoapi-models"]["next"] == "0.2.0"


@pytest.mark.parametrize(
    ("version", "kind", "after"),
    [
        ("0.1.0", "breaking", "0.2.0"),
        ("0.1.3", "feature", "0.1.4"),
        ("0.9.9", "fix", "0.9.10"),
        ("1.4.2", "breaking", "2.0.0"),
        ("1.4.2", "feature", "1.5.0"),
        ("1.4.2", "fix", "1.4.3"),
    ],
)
def test_semver_bumps(version: str, kind: str, after: str) -> None:
    assert bump(version, kind) == after


def test_every_generated_package_has_a_record_matching_its_pyproject() -> None:
    for pyproject in sorted(REPOSITORY.glob("generated/*/*/pyproject.toml")):
        text = pyproject.read_text(encoding="utf-8")
        record = read_record(pyproject.parent.name)
        assert f'version = "{record.version}"' in text
