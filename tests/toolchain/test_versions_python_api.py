"""Versions from the generated Python API too, and a check that records are current.

On a temporary git repository holding the real specs, version records and the
generated TIW client (edited here the way a generator change would edit it, so no
`make generate` per test): a change of the package's public API with its spec
unchanged is the generator's, and bumps the version by its kind (a break is
breaking, an addition a feature) with changelog lines saying so; a change inside
the code (a docstring, a private module) is no release. `versions --check` (run by
`make check-generated`) fails, naming the package and the command, while a record's
spec digests or API fingerprint are not those of the tree, and passes on the
repository as committed."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from generator.versions import read_record, write_record
from speclib.catalog import REPOSITORY
from tests.toolchain.diff.test_end_to_end import git
from tests.toolchain.test_versions import (
    add_response_field,
    copy_specs_and_records,
    edit_tiw,
    set_version,
    versions,
)
from toolchain.cli import main
from toolchain.diff.versions import (
    FROM_GENERATED_API,
    FROM_GENERATOR,
    LINES_PER_RULE,
    python_api_digest,
)

TIW = "specs/tencentcloud/tiw/2019-09-19/openapi.yaml"
TIW_CLIENT = "generated/clients/tencentcloud-tiw-client"
PACKAGE = f"{TIW_CLIENT}/tencentcloud_tiw_client"
ENDPOINT = f"{PACKAGE}/api/recording/describe_online_record.py"
DISTRIBUTION = "tencentcloud-tiw-client"


def make_tree(root: Path) -> Path:
    """The specs, packages.toml, version records (each at 0.1.0, its first release) and
    the generated TIW client; the other packages' code is left out (not judged)."""
    copy_specs_and_records(root)
    shutil.copytree(
        REPOSITORY / TIW_CLIENT,
        root / TIW_CLIENT,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return root


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A tree without git history (what `--check` reads)."""
    return make_tree(tmp_path / "tree")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = make_tree(tmp_path / "repo")
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", ".")
    git(root, "commit", "--quiet", "-m", "specs, versions and the TIW client")
    return root


def edit(root: Path, file: str, old: str, new: str) -> None:
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text, (file, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# What a generator change can do to the package (the spec unchanged).
def break_the_api(root: Path) -> None:
    """`sync()` may now return None (what callers read gets wider: a break)."""
    edit(
        root,
        ENDPOINT,
        "    body: DescribeOnlineRecordRequest,\n) -> DescribeOnlineRecordResponse:\n",
        "    body: DescribeOnlineRecordRequest,\n) -> DescribeOnlineRecordResponse | None:\n",
    )


def add_to_the_api(root: Path) -> None:
    path = root / ENDPOINT
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n\ndef call_twice(*, client: Client, body: DescribeOnlineRecordRequest) -> None:\n"
        "    call(client=client, body=body)\n    call(client=client, body=body)\n",
        encoding="utf-8",
    )


def change_only_the_code(root: Path) -> None:
    """A docstring, a function body and a private module: no public API among them."""
    edit(root, ENDPOINT, "Query the status", "Ask for the status")
    edit(
        root,
        ENDPOINT,
        "    return sync(client=client, body=body)",
        "    return sync(body=body, client=client)",
    )
    retry = root / PACKAGE / "_runtime/retry.py"
    retry.write_text(
        retry.read_text(encoding="utf-8") + "\n\ndef jitter_off() -> float:\n    return 0.0\n",
        encoding="utf-8",
    )


def regenerated(root: Path) -> None:
    """The TIW client's provenance names the spec as it is now (what `make generate` does
    besides the code), so the package is not stale."""
    provenance = (root / PACKAGE / "_provenance.py").read_text(encoding="utf-8")
    match = re.search(r'"spec_sha256": "([0-9a-f]{64})"', provenance)
    assert match is not None
    new = hashlib.sha256((root / TIW).read_bytes()).hexdigest()
    edit(root, f"{PACKAGE}/_provenance.py", match.group(1), new)


def last_release(root: Path) -> tuple[str, str, list[str]]:
    record = read_record(DISTRIBUTION, root / "generator/versions")
    release = record.releases[-1]
    return record.version, release.kind, release.changes


def check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["versions", "--check", "--repo", str(root)])
    return code, capsys.readouterr().out


# ---- rule 1: the generated API's diff decides too ----


@pytest.mark.parametrize(("start", "want"), [("0.1.0", "0.2.0"), ("1.2.3", "2.0.0")])
def test_a_generator_break_is_a_breaking_bump(
    start: str, want: str, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if start != "0.1.0":
        set_version(repo, DISTRIBUTION, start)
    break_the_api(repo)
    found = versions(repo, capsys)
    assert found[DISTRIBUTION].startswith(f"{start} -> {want} (breaking, from the generator)")
    assert found["tencentcloud-vclm-client"] == "0.1.0: current"
    versions(repo, capsys, "--write")
    version, kind, changes = last_release(repo)
    assert (version, kind) == (want, "breaking")
    assert changes == [
        f"- {FROM_GENERATOR}: A function's return type changed: "
        "`tencentcloud_tiw_client.api.recording.describe_online_record.sync` "
        "(DescribeOnlineRecordResponse → DescribeOnlineRecordResponse | None)"
    ]
    # The record now holds the new fingerprint: nothing is pending any more.
    assert versions(repo, capsys)[DISTRIBUTION] == f"{want}: current"


@pytest.mark.parametrize(("start", "want"), [("0.1.0", "0.1.1"), ("1.2.3", "1.3.0")])
def test_a_generator_addition_is_a_feature_bump(
    start: str, want: str, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if start != "0.1.0":
        set_version(repo, DISTRIBUTION, start)
    add_to_the_api(repo)
    versions(repo, capsys, "--write")
    version, kind, changes = last_release(repo)
    assert (version, kind) == (want, "feature")
    assert changes == [
        f"- {FROM_GENERATOR}: A public module, class, function or attribute was added to a "
        "generated package: "
        "`tencentcloud_tiw_client.api.recording.describe_online_record.call_twice` (— → function)"
    ]


def test_many_changes_of_one_kind_are_summarised(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Six public functions of the module take `client: Client`; now they take a str.
    path = repo / ENDPOINT
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("client: Client", "client: str"), encoding="utf-8")
    versions(repo, capsys, "--write")
    version, kind, changes = last_release(repo)
    assert (version, kind) == ("0.2.0", "breaking")
    assert len(changes) == LINES_PER_RULE + 1
    assert all("A function parameter's type changed" in line for line in changes[:-1])
    assert changes[-1] == (
        f"- {FROM_GENERATOR}: 1 more of the same kind (`python-parameter-type-changed`)."
    )


def test_a_change_inside_the_code_is_no_release(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fingerprint = python_api_digest(repo, DISTRIBUTION)
    change_only_the_code(repo)
    assert python_api_digest(repo, DISTRIBUTION) == fingerprint
    assert versions(repo, capsys)[DISTRIBUTION] == "0.1.0: current"


def test_a_spec_change_with_a_larger_generated_break_is_breaking(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before `make generate`, the spec alone is judged, and the line says why.
    edit_tiw(repo, add_response_field)
    line = versions(repo, capsys)[DISTRIBUTION]
    assert line.startswith("0.1.0 -> 0.1.1 (feature, from the specs)")
    assert "generated/ is stale, so its Python API was not compared" in line
    # Regenerated, with code that breaks more than the spec diff says: breaking.
    regenerated(repo)
    break_the_api(repo)
    versions(repo, capsys, "--write")
    version, kind, changes = last_release(repo)
    assert (version, kind) == ("0.2.0", "breaking")
    assert any("RecordMode" in line and "generated" not in line for line in changes)
    assert [line for line in changes if line.startswith(f"- {FROM_GENERATED_API}: ")] == [
        f"- {FROM_GENERATED_API}: A function's return type changed: "
        "`tencentcloud_tiw_client.api.recording.describe_online_record.sync` "
        "(DescribeOnlineRecordResponse → DescribeOnlineRecordResponse | None)"
    ]


def test_a_spec_change_whose_code_adds_no_more_lists_the_spec_only(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_tiw(repo, add_response_field)
    regenerated(repo)
    add_to_the_api(repo)  # an addition: no more than the spec's feature
    versions(repo, capsys, "--write")
    version, kind, changes = last_release(repo)
    assert (version, kind) == ("0.1.1", "feature")
    assert not any("generated" in line.lower() for line in changes)


def test_a_shared_spec_file_counts_as_a_spec_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The cloud's common.yaml is part of the TIW bundle, though not of its digest.
    edit(
        repo,
        "specs/tencentcloud/common.yaml",
        "Session token of temporary (STS) credentials",
        "Session token of temporary credentials (STS)",
    )
    break_the_api(repo)
    line = versions(repo, capsys)[DISTRIBUTION]
    assert line.startswith("0.1.0 -> 0.2.0 (breaking, from the specs and generated API)")


def test_the_first_fingerprint_is_a_baseline_not_a_release(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = repo / "generator/versions"
    record = read_record(DISTRIBUTION, folder)
    fingerprint, record.python_api = record.python_api, ""
    write_record(record, folder)
    assert "no Python API fingerprint" in versions(repo, capsys)[DISTRIBUTION]
    versions(repo, capsys, "--write")
    record = read_record(DISTRIBUTION, folder)
    assert (record.version, record.python_api, len(record.releases)) == ("0.1.0", fingerprint, 1)


# ---- rule 2: `versions --check` ----


def test_check_passes_on_the_repository() -> None:
    assert main(["versions", "--check", "--repo", str(REPOSITORY)]) == 0


def test_check_passes_on_a_tree_whose_records_are_current(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check(tree, capsys) == (0, "version records are current\n")
    change_only_the_code(tree)
    assert check(tree, capsys)[0] == 0


def test_check_fails_when_a_spec_changed(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_tiw(tree, add_response_field)
    code, out = check(tree, capsys)
    assert code == 1
    assert "run `python -m toolchain versions --write`, then `make generate`" in out
    # Both packages built from the TIW spec are named, with the spec; no other.
    assert f"  {DISTRIBUTION}: its specs changed since the record ({TIW})" in out
    assert f"  videoapi-models: its specs changed since the record ({TIW})" in out
    assert "tencentcloud-vclm-client" not in out


def test_check_fails_when_the_generated_api_changed(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    break_the_api(tree)
    code, out = check(tree, capsys)
    assert code == 1
    assert re.search(
        rf"  {DISTRIBUTION}: its public Python API in generated/ changed since the record "
        r"\(sha256 [0-9a-f]{12}… → [0-9a-f]{12}…\)",
        out,
    )


def test_check_fails_on_a_record_without_a_fingerprint(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tree / "generator/versions"
    record = read_record(DISTRIBUTION, folder)
    record.python_api = ""
    write_record(record, folder)
    code, out = check(tree, capsys)
    assert code == 1
    assert f"{DISTRIBUTION}: the record has no fingerprint of its public Python API" in out


def test_check_passes_again_after_write(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_tiw(repo, add_response_field)
    regenerated(repo)
    break_the_api(repo)
    assert check(repo, capsys)[0] == 1
    versions(repo, capsys, "--write")
    assert check(repo, capsys)[0] == 0


def test_written_before_generating_then_again_after_is_one_release(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_tiw(repo, add_response_field)
    versions(repo, capsys, "--write")  # before `make generate`: the specs alone
    assert last_release(repo)[:2] == ("0.1.1", "feature")
    regenerated(repo)
    break_the_api(repo)  # what the new code turns out to be
    assert check(repo, capsys)[0] == 1
    versions(repo, capsys, "--write")
    record = read_record(DISTRIBUTION, repo / "generator/versions")
    assert [(release.version, release.kind) for release in record.releases] == [
        ("0.1.0", "initial"),
        ("0.2.0", "breaking"),
    ]
    assert check(repo, capsys)[0] == 0


def test_check_and_write_are_exclusive(repo: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["versions", "--check", "--write", "--repo", str(repo)])
    assert exit_info.value.code == 2


def test_make_check_generated_runs_the_check() -> None:
    makefile = (REPOSITORY / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ncheck-generated:", 1)[1].split("\n\n", 1)[0]
    assert "-m toolchain check-generated || status=1" in recipe
    assert "-m toolchain versions --check || status=1" in recipe
    assert recipe.rstrip().endswith("exit $$status")
