"""The repository as it was at a git ref: specs/, generated/ and packages.toml
extracted into a temporary folder (the whole specs/ tree, so relative `$ref`s
resolve), or the working tree itself."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SNAPSHOT_PATHS = (
    "specs",
    "generated/clients",
    "generated/models",
    "generator/packages.toml",
    "generator/versions",
)
MAIN_BRANCHES = ("main", "origin/main")


class SnapshotError(RuntimeError):
    """A ref cannot be read (not a git repository, unknown ref, git missing)."""


@dataclass(frozen=True)
class Snapshot:
    label: str
    root: Path


def git(repo: Path, *args: str) -> str:
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError as error:
        raise SnapshotError("git is not installed") from error
    if result.returncode != 0:
        raise SnapshotError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def commit_of(repo: Path, ref: str) -> str:
    return git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")


def default_base(repo: Path) -> tuple[str, str]:
    """The merge base with main (or origin/main); without either, HEAD. Returns (ref, why)."""
    for branch in MAIN_BRANCHES:
        try:
            commit_of(repo, branch)
        except SnapshotError:
            continue
        try:
            return git(repo, "merge-base", "HEAD", branch), f"merge base with {branch}"
        except SnapshotError:
            # A shallow clone may not reach the fork point.
            return branch, f"no merge base with {branch} (shallow clone?): comparing with {branch}"
    commit_of(repo, "HEAD")
    return "HEAD", "no main or origin/main branch: comparing with HEAD, the last commit"


def extract(repo: Path, commit: str, destination: Path) -> None:
    present = [path for path in SNAPSHOT_PATHS if git(repo, "ls-tree", commit, "--", path)]
    if not present:
        return
    try:
        archive = subprocess.run(
            ["git", "-C", str(repo), "archive", "--format=tar", commit, "--", *present],
            capture_output=True,
            check=True,
        ).stdout
    except subprocess.CalledProcessError as error:
        raise SnapshotError(f"git archive {commit}: {error.stderr.decode().strip()}") from error
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(destination, filter="data")
        else:  # git archive of a repository holds only plain files and folders
            tar.extractall(destination)


@contextmanager
def open_snapshot(repo: Path, ref: str | None, why: str = "") -> Iterator[Snapshot]:
    """The tree at `ref`, or the working tree when `ref` is None."""
    if ref is None:
        yield Snapshot("working tree", repo)
        return
    try:
        commit = commit_of(repo, ref)
    except SnapshotError as error:
        raise SnapshotError(f"{ref!r} is not a commit of {repo}") from error
    label = ref if ref.startswith(commit[:7]) else f"{ref} ({commit[:7]})"
    if why:
        label = f"{commit[:7]} ({why})"
    with tempfile.TemporaryDirectory(prefix="videoapi-diff-") as folder:
        extract(repo, commit, Path(folder))
        yield Snapshot(label, Path(folder))
