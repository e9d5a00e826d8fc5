"""`python -m toolchain diff` on a temporary git repository holding the real
Tencent specs and the real generated models package, over two commits."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from speclib.catalog import REPOSITORY
from speclib.loader import dump_yaml, load_file
from toolchain.cli import main

TIW = "specs/tencentcloud/tiw/2019-09-19/openapi.yaml"
VCLM = "specs/tencentcloud/vclm/2024-05-23/openapi.yaml"
MODELS = "generated/models/videoapi-models/videoapi_models/tiw.py"
GIT_IDENTITY = ("-c", "user.name=Diff Test", "-c", "user.email=diff@example.com")


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *GIT_IDENTITY, "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def remove_replay_url(repo: Path) -> None:
    """The change under review: ReplayUrl leaves the spec, replay_url the generated model."""
    spec = load_file(repo / TIW)
    response = spec["components"]["schemas"]["DescribeOnlineRecordResponse"]
    del response["properties"]["ReplayUrl"]
    response["required"].remove("ReplayUrl")
    (repo / TIW).write_text(dump_yaml(spec), encoding="utf-8")
    models = (repo / MODELS).read_text(encoding="utf-8")
    without, count = re.subn(r'    replay_url: [^\n]*\n    """\n[^\n]*\n    """\n', "", models)
    assert count == 1
    (repo / MODELS).write_text(without, encoding="utf-8")
    restamp(repo)


STAMP = re.compile(r'("spec": "([^"]+)",\s*"spec_sha256": ")[0-9a-f]+"')


def restamp(repo: Path) -> None:
    """Record the specs' new sha256 in every generated package, as `make generate` would."""
    for pattern in ("generated/clients/*/*/_provenance.py", "generated/models/*/*/__init__.py"):
        for module in repo.glob(pattern):

            def digest(match: re.Match[str]) -> str:
                spec = repo / match.group(2)
                return f'{match.group(1)}{hashlib.sha256(spec.read_bytes()).hexdigest()}"'

            text = module.read_text(encoding="utf-8")
            module.write_text(STAMP.sub(digest, text), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Two commits on branch `work`, no main: the real specs, then ReplayUrl removed."""
    shutil.copytree(REPOSITORY / "specs", tmp_path / "specs")
    shutil.copytree(
        REPOSITORY / "generated/models/videoapi-models",
        tmp_path / "generated/models/videoapi-models",
    )
    (tmp_path / "generator").mkdir()
    shutil.copy(REPOSITORY / "generator/packages.toml", tmp_path / "generator/packages.toml")
    git(tmp_path, "init", "--quiet", "--initial-branch=work")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "specs as they are")
    remove_replay_url(tmp_path)
    git(tmp_path, "commit", "--quiet", "-am", "ReplayUrl removed")
    return tmp_path


def test_command_reports_the_breaking_changes_and_exits_1(repo: Path) -> None:
    command = [sys.executable, "-m", "toolchain", "diff", "--repo", str(repo)]
    result = subprocess.run(
        [*command, "--base", "HEAD~1", "--head", "HEAD", "--format", "json"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    found = {(c["rule"], c["service"], c["location"]) for c in report["changes"]}
    tiw = "tencentcloud/tiw/2019-09-19"
    assert found == {
        (
            "response-required-property-removed",
            tiw,
            "DescribeOnlineRecord response 200: DescribeOnlineRecordResponse.ReplayUrl",
        ),
        (
            "python-attribute-removed",
            tiw,
            "videoapi_models.tiw.DescribeOnlineRecordResponse.replay_url",
        ),
    }
    assert report["summary"] == {"breaking": 2, "potentially-breaking": 0, "non-breaking": 0}
    allowed = subprocess.run(
        [*command, "--base", "HEAD~1", "--head", "HEAD", "--allow-breaking"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "`response-required-property-removed`" in allowed.stdout


def test_no_change_exits_0(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--repo", str(repo), "--base", "HEAD", "--head", "HEAD"]) == 0
    assert "No API changes." in capsys.readouterr().out


def test_without_main_the_working_tree_is_compared_with_head(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / VCLM).unlink()
    code = main(["diff", "--repo", str(repo), "--format", "json", "--no-python-api"])
    captured = capsys.readouterr()
    assert "no main or origin/main branch: comparing with HEAD" in captured.err
    report = json.loads(captured.out)
    assert report["head"] == "working tree"
    assert [(c["rule"], c["service"]) for c in report["changes"]] == [
        ("spec-removed", "tencentcloud/vclm/2024-05-23")
    ]
    assert code == 1


def test_default_base_is_the_merge_base_with_main(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "branch", "main", "HEAD~1")
    # main moves on after the branch point; the merge base stays the first commit.
    git(repo, "checkout", "--quiet", "main")
    (repo / "specs/README.md").write_text("Specs.\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "unrelated change on main")
    git(repo, "checkout", "--quiet", "work")
    code = main(["diff", "--repo", str(repo), "--format", "github"])
    captured = capsys.readouterr()
    assert "merge base with main" in captured.err
    assert code == 1
    lines = captured.out.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("::error file=") for line in lines)
    assert any("python-attribute-removed" in line and MODELS in line for line in lines)


def test_a_spec_added_between_refs(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_spec = repo / "specs/tencentcloud/tiw2/2019-09-19"
    shutil.copytree(repo / "specs/tencentcloud/tiw/2019-09-19", new_spec)
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "a second copy of TIW")
    changelog = repo / "CHANGES.md"
    code = main(["diff", "--repo", str(repo), "--base", "HEAD~1", "--changelog", str(changelog)])
    assert code == 0
    assert "`spec-added`" in capsys.readouterr().out
    text = changelog.read_text(encoding="utf-8")
    assert "### tencentcloud/tiw2/2019-09-19" in text
    assert "#### Added" in text


def test_an_unknown_ref_exits_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--repo", str(repo), "--base", "no-such-ref"]) == 2
    assert "'no-such-ref' is not a commit" in capsys.readouterr().err


def test_a_spec_that_does_not_bundle_exits_2(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = repo / TIW
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("../../common.yaml#", "../../missing.yaml#"),
        encoding="utf-8",
    )
    assert main(["diff", "--repo", str(repo), "--base", "HEAD", "--no-python-api"]) == 2
    error = capsys.readouterr().err
    assert "working tree: tencentcloud/tiw/2019-09-19 does not bundle" in error


def test_without_a_merge_base_main_itself_is_the_base(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "checkout", "--quiet", "--orphan", "main")
    git(repo, "commit", "--quiet", "-m", "unrelated history, same files")
    git(repo, "checkout", "--quiet", "work")
    code = main(["diff", "--repo", str(repo), "--format", "json", "--no-python-api"])
    captured = capsys.readouterr()
    assert "no merge base with main" in captured.err
    assert json.loads(captured.out)["changes"] == []
    assert code == 0
