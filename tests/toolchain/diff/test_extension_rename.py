"""The x-videoapi- rename of the spec extensions is no API change: `python -m toolchain
diff` from a commit whose specs (and generated docstrings) use the former names to one
that uses the current names reports nothing, and still reports a real change made
beside the rename."""

from __future__ import annotations

import json
import re
import shutil
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from speclib.catalog import REPOSITORY
from speclib.extensions import EXTENSIONS, PREFIX
from speclib.loader import dump_yaml, load_file
from tests.toolchain.diff.test_end_to_end import TIW, git, remove_replay_url, restamp
from toolchain.cli import main

METASTUDIO = "specs/huaweicloud/metastudio/v1/openapi.yaml"
COPIED = ("specs", "generated/clients", "generated/models")
# Of two former names (x-tc-service, x-hw-service), each cloud's spec used its own.
CLOUD_PREFIXES = {"tencentcloud": "x-tc-", "huaweicloud": "x-hw-"}
NAME = re.compile(re.escape(PREFIX) + r"[a-z0-9-]*[a-z0-9]")


def former_name(current: str, path: Path) -> str:
    """The name `current` had in the file at `path` (itself when it is new)."""
    (extension,) = [e for e in EXTENSIONS if e.name == current]
    if len(extension.former) <= 1:
        return extension.former[0] if extension.former else current
    (cloud,) = [c for c in CLOUD_PREFIXES if any(part.startswith(c) for part in path.parts)]
    (former,) = [name for name in extension.former if name.startswith(CLOUD_PREFIXES[cloud])]
    return former


def _former_of_match(path: Path, match: re.Match[str]) -> str:
    return former_name(match.group(0), path)


def write_former_names(root: Path) -> int:
    """Rewrite every text file under `root` with the extensions' former names (keys,
    and the names in descriptions and docstrings, as the files were before the
    rename). Returns how many names were rewritten."""
    count = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix not in (".yaml", ".py"):
            continue
        text = path.read_text(encoding="utf-8")
        former, n = NAME.subn(partial(_former_of_match, path), text)
        if n:
            path.write_text(former, encoding="utf-8")
            count += n
    return count


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Branch `work`: the real specs and generated packages under the extensions'
    former names, then as they are."""
    for folder in COPIED:
        shutil.copytree(REPOSITORY / folder, tmp_path / folder)
    (tmp_path / "generator").mkdir()
    shutil.copy(REPOSITORY / "generator/packages.toml", tmp_path / "generator/packages.toml")
    git(tmp_path, "init", "--quiet", "--initial-branch=work")
    assert write_former_names(tmp_path / "specs") > 100
    assert write_former_names(tmp_path / "generated") > 0
    restamp(tmp_path)
    text = (tmp_path / TIW).read_text(encoding="utf-8")
    assert "x-tc-service:" in text and "x-error-codes:" in text and PREFIX + "unit" not in text
    assert "x-hw-regions:" in (tmp_path / METASTUDIO).read_text(encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "extensions under their former names")
    for folder in COPIED:
        shutil.rmtree(tmp_path / folder)
        shutil.copytree(REPOSITORY / folder, tmp_path / folder)
    git(tmp_path, "add", "--all", ".")
    git(tmp_path, "commit", "--quiet", "-m", "extensions renamed to x-videoapi-*")
    return tmp_path


def diff_report(
    repo: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, dict[str, Any]]:
    code = main(["diff", "--repo", str(repo), "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_renamed_extensions_are_no_api_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert git(repo, "diff", "--stat", "HEAD~1", "HEAD")  # the commits do differ
    code, report = diff_report(repo, capsys, "--base", "HEAD~1", "--head", "HEAD")
    assert report["changes"] == []
    assert code == 0
    assert main(["diff", "--repo", str(repo), "--base", "HEAD~1"]) == 0
    assert "No API changes." in capsys.readouterr().out


def test_a_change_beside_the_rename_is_reported(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Changes in values of renamed extensions, in a schema and in a generated model.
    metastudio = load_file(repo / METASTUDIO)
    metastudio["x-videoapi-regions"].remove("cn-east-3")
    (repo / METASTUDIO).write_text(dump_yaml(metastudio), encoding="utf-8")
    tiw = load_file(repo / TIW)
    tiw["paths"]["/#X-TC-Action=DescribeOnlineRecord"]["post"]["x-videoapi-rate-limit"] = {
        "requests": 10,
        "per": "second",
    }
    (repo / TIW).write_text(dump_yaml(tiw), encoding="utf-8")
    remove_replay_url(repo)
    code, report = diff_report(repo, capsys, "--base", "HEAD~1")
    found = {(c["rule"], c["service"], c["location"]) for c in report["changes"]}
    tiw_name = "tencentcloud/tiw/2019-09-19"
    assert found == {
        ("region-removed", "huaweicloud/metastudio/v1", "x-videoapi-regions"),
        ("rate-limit-lowered", tiw_name, "DescribeOnlineRecord x-videoapi-rate-limit"),
        (
            "response-required-property-removed",
            tiw_name,
            "DescribeOnlineRecord response 200: DescribeOnlineRecordResponse.ReplayUrl",
        ),
        (
            "python-attribute-removed",
            tiw_name,
            "videoapi_models.tiw.DescribeOnlineRecordResponse.replay_url",
        ),
    }
    assert code == 1
