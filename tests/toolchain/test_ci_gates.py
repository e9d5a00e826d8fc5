"""The gates CI relies on, run as README and the pull-request workflow write them:
`python -m toolchain diff` exits 0 / 1 / 2 with a valid JSON report, `make diff
FORMAT=json > f.json` writes valid JSON, and the workflow's diff step
(.github/scripts/diff-gate.sh) fails on a breaking change with the report."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from speclib.catalog import REPOSITORY
from speclib.loader import dump_yaml, load_file
from tests.toolchain.diff.test_end_to_end import (  # noqa: F401 (repo: the fixture)
    TIW,
    git,
    repo,
)

README = (REPOSITORY / "README.md").read_text(encoding="utf-8")
GATE = REPOSITORY / ".github/scripts/diff-gate.sh"
WORKFLOW = REPOSITORY / ".github/workflows/pull-request.yml"


def readme_command(prefix: str) -> str:
    """The one line of README's CI-gating block that starts with `prefix`."""
    block = README.split("<!-- ci-gating -->", 1)[1].split("```", 2)[1]
    (line,) = [line for line in block.splitlines() if line.startswith(prefix)]
    return line.split("  #", 1)[0]


def run_shell(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # As typed in a shell: not inside another make (as under `make test`), which would make
    # GNU make announce its directory.
    environment = {
        key: value
        for key, value in {**os.environ, **env}.items()
        if key not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")
    }
    environment["PATH"] = f"{Path(sys.executable).parent}:{environment['PATH']}"
    environment["PYTHONPATH"] = str(REPOSITORY)
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=environment, capture_output=True, text=True
    )


@pytest.fixture
def spec_repo(tmp_path: Path) -> Path:
    """Specs only (no generated packages: the quick case), two commits: ReplayUrl removed."""
    shutil.copytree(REPOSITORY / "specs", tmp_path / "specs")
    shutil.copytree(REPOSITORY / "generator/versions", tmp_path / "generator/versions")
    shutil.copy(REPOSITORY / "generator/packages.toml", tmp_path / "generator/packages.toml")
    git(tmp_path, "init", "--quiet", "--initial-branch=work")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "specs as they are")
    spec = load_file(tmp_path / TIW)
    response = spec["components"]["schemas"]["DescribeOnlineRecordResponse"]
    del response["properties"]["ReplayUrl"]
    response["required"].remove("ReplayUrl")
    (tmp_path / TIW).write_text(dump_yaml(spec), encoding="utf-8")
    git(tmp_path, "commit", "--quiet", "-am", "ReplayUrl removed")
    return tmp_path


def test_the_gating_command_exits_0_1_2_with_valid_json(spec_repo: Path) -> None:
    work = spec_repo
    command = readme_command("python -m toolchain diff")
    assert "--format json" in command and "--output" in command
    breaking = run_shell(command, work, BASE="HEAD~1")
    assert breaking.returncode == 1, breaking.stderr
    report = json.loads((work / "api-diff.json").read_text(encoding="utf-8"))
    assert report["breaking"] is True and report["summary"]["breaking"] == 1
    # Breaking before 1.0: the minor version goes up (from whatever the record holds now).
    current = json.loads((work / "generator/versions/tencentcloud-tiw-client.json").read_text())
    major, minor, _ = (int(part) for part in current["version"].split("."))
    assert major == 0
    assert report["versions"]["tencentcloud-tiw-client"]["next"] == f"0.{minor + 1}.0"
    assert breaking.stdout == ""  # the report went to --output
    same = run_shell(command, work, BASE="HEAD")
    assert same.returncode == 0, same.stderr
    assert json.loads((work / "api-diff.json").read_text(encoding="utf-8"))["changes"] == []
    broken = run_shell(command, work, BASE="no-such-ref")
    assert broken.returncode == 2
    assert "'no-such-ref' is not a commit" in broken.stderr


def test_a_stale_generated_tree_is_an_error_not_an_empty_half(repo: Path) -> None:  # noqa: F811
    spec = repo / "specs/tencentcloud/tiw/2019-09-19/openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    result = run_shell(readme_command("python -m toolchain diff"), repo, BASE="HEAD")
    assert result.returncode == 2
    assert "generated/ is stale; run `make generate`" in result.stderr
    assert "videoapi-models was generated from specs/tencentcloud/tiw" in result.stderr


def test_make_diff_writes_valid_json_and_says_2_only_for_a_break(tmp_path: Path) -> None:
    command = readme_command("make diff")
    output = tmp_path / "f.json"
    result = run_shell(command.replace("api-diff.json", str(output)), REPOSITORY, BASE="HEAD")
    report = json.loads(output.read_text(encoding="utf-8"))
    assert result.returncode == (2 if report["breaking"] else 0), result.stderr


def test_the_pull_request_workflow_runs_the_gate_against_the_merge_base() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(
        r'run: \.github/scripts/diff-gate\.sh "\$\(git merge-base "\$BASE_SHA" HEAD\)"', text
    )
    assert "run: .ci/run" in text  # make test


def test_the_gate_fails_on_a_breaking_change_with_the_report(
    repo: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    summary = tmp_path / "summary.md"
    gate = f"{GATE} HEAD~1"
    failed = run_shell(gate, repo, GITHUB_STEP_SUMMARY=str(summary))
    assert failed.returncode == 1, failed.stderr
    annotations = [line for line in failed.stdout.splitlines() if line.startswith("::error ")]
    tiw = TIW
    spec_error = next(line for line in annotations if "response-required-property-removed" in line)
    # On the line of the property list the removed ReplayUrl was in, in the hand-written file.
    match = re.search(rf"file={re.escape(tiw)},line=(\d+)", spec_error)
    assert match is not None
    lines = (repo / tiw).read_text(encoding="utf-8").splitlines()
    assert lines[int(match.group(1)) - 1].strip() == "properties:"
    assert "::error title=Breaking API change::" in failed.stdout
    report = summary.read_text(encoding="utf-8")
    assert "**2 breaking**" in report and "`response-required-property-removed`" in report
    assert "`python-attribute-removed`" in report


def test_the_gate_lets_an_approved_breaking_change_through(spec_repo: Path) -> None:
    work, gate = spec_repo, f"{GATE} HEAD~1"
    assert run_shell(gate, work).returncode == 1
    labelled = run_shell(gate, work, BREAKING_CHANGE_LABEL="true")
    assert labelled.returncode == 0
    approval = work / ".github/breaking-change-approved.md"
    approval.parent.mkdir(parents=True)
    approval.write_text("ReplayUrl goes: the vendor removed it.\n", encoding="utf-8")
    assert run_shell(gate, work).returncode == 0
    # Once merged, the approval allows nothing new: the next breaking change fails again.
    git(work, "add", ".github")
    git(work, "commit", "--quiet", "-m", "approval")
    spec = load_file(work / TIW)
    del spec["paths"]["/#X-TC-Action=PauseOnlineRecord"]
    (work / TIW).write_text(dump_yaml(spec), encoding="utf-8")
    again = run_shell(f"{GATE} HEAD", work)
    assert again.returncode == 1, again.stderr
    assert "`operation-removed`" in again.stdout


def test_the_doc_check_gate_and_make_doc_check_json(tmp_path: Path) -> None:
    # A page of a made-up service: no spec of this repository has its operation.
    page = REPOSITORY / "tests/toolchain/made_up_services/pages/huawei-en.txt"
    command = readme_command("python -m toolchain doc-check")
    disagree = run_shell(command, tmp_path, PAGE=str(page))
    assert disagree.returncode == 1, disagree.stderr
    report = json.loads((tmp_path / "doc-check.json").read_text(encoding="utf-8"))
    assert report["summary"]["agrees"] is False
    missing = run_shell(command, tmp_path, PAGE=str(tmp_path / "no-such-page.txt"))
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    output = tmp_path / "make.json"
    make = readme_command("make doc-check").replace("doc-check.json", str(output))
    result = run_shell(make, REPOSITORY, PAGE=str(page))
    assert result.returncode == 2
    assert json.loads(output.read_text(encoding="utf-8"))["summary"]["agrees"] is False


def test_changelog_on_stdout_is_the_changelog_alone(spec_repo: Path) -> None:
    work = spec_repo
    command = "python -m toolchain diff --base HEAD~1 --format json --changelog -"
    result = run_shell(command, work)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("## Unreleased\n")
    assert '"changes"' not in result.stdout  # no JSON report mixed in
    with_report = run_shell(f"{command} --output report.json", work)
    assert with_report.stdout.startswith("## Unreleased\n")
    assert json.loads((work / "report.json").read_text(encoding="utf-8"))["breaking"] is True


def test_the_ci_entry_point_fails_when_make_test_fails(tmp_path: Path) -> None:
    # A `make` that fails at once stands in for a failing `make test`.
    shim = tmp_path / "bin" / "make"
    shim.parent.mkdir()
    shim.write_text("#!/bin/sh\nexit 2\n", encoding="utf-8")
    shim.chmod(0o755)
    environment = {**os.environ, "PATH": f"{shim.parent}:{os.environ['PATH']}"}
    result = subprocess.run(
        [str(REPOSITORY / ".ci/run")], env=environment, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert re.search(r"\d+ passed, \d+ failed\n$", result.stdout)
