"""The commit of this repository that built or vendored a package, as git reports it."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from speclib.catalog import REPOSITORY

UNKNOWN = "unknown"
# Outside a git checkout (an exported tree) there is no commit time: the earliest
# time a zip archive can hold, so builds stay reproducible all the same.
ZIP_EPOCH = 315532800


@dataclass(frozen=True)
class SourceRevision:
    commit: str  # the HEAD commit, or "unknown" outside a git checkout
    committed_at: int  # its commit time in seconds since the epoch
    modified: bool  # uncommitted changes under the paths asked about


def _git(repository: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(repository), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def source_revision(paths: tuple[Path, ...] = (), repository: Path = REPOSITORY) -> SourceRevision:
    """HEAD of `repository`, and whether `paths` (all of it when empty) differ from HEAD."""
    commit = _git(repository, "rev-parse", "--verify", "HEAD")
    committed_at = _git(repository, "log", "-1", "--format=%ct", "HEAD")
    if commit is None or not committed_at:
        return SourceRevision(UNKNOWN, ZIP_EPOCH, modified=False)
    status = _git(
        repository, "status", "--porcelain", "--untracked-files=all", "--", *map(str, paths)
    )
    return SourceRevision(commit, int(committed_at), modified=bool(status))
