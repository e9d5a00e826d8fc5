"""`python -m toolchain versions [--write]`: each package's next version from its history.

For each package whose specs differ from its version record (generator/versions/),
the API diff from the commit that last wrote the record to the working tree (the
specs only: the generated code is regenerated after the version is set) gives the
kind of change and so the next version. `--write` records it, with the changelog
entry; then `make generate` stamps it into the package. Exit status: 0, 2 on an
error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.versions import MissingVersion, read_record
from toolchain.diff.command import DiffError, current_repository, diff_snapshots
from toolchain.diff.snapshots import SnapshotError, open_snapshot
from toolchain.diff.versions import (
    VERSIONS_FOLDER,
    NextVersion,
    change_kind,
    package_services,
    record_commit,
    spec_digests,
    write_next,
)


def pending(repo: Path, write: bool) -> list[str]:
    """One line per package: current, or its next version (written when `write`)."""
    lines = []
    for distribution, services in sorted(package_services(repo).items()):
        try:
            record = read_record(distribution, repo / VERSIONS_FOLDER)
        except MissingVersion as error:
            raise DiffError(str(error)) from error
        if record.specs == spec_digests(repo, services):
            lines.append(f"{distribution} {record.version}: current")
            continue
        base = record_commit(repo, distribution)
        with open_snapshot(repo, base) as old, open_snapshot(repo, None) as new:
            result = diff_snapshots(old, new, python_api=False)
            base_version = read_record(distribution, old.root / VERSIONS_FOLDER).version
        changes = [change for change in result.changes if change.service in services]
        step = NextVersion(distribution, base_version, change_kind(changes))
        if step.next == record.version and not write:
            lines.append(f"{distribution} {record.version}: specs changed again since; --write")
            continue
        action = "written" if write else "run `python -m toolchain versions --write`"
        if write:
            write_next(repo, step, changes)
        lines.append(f"{distribution} {step.current} -> {step.next} ({step.kind}): {action}")
    return lines


def add_arguments(parser: argparse.ArgumentParser, repository: Path) -> None:
    parser.add_argument(
        "--write", action="store_true", help="record the next versions and their changelog"
    )
    parser.add_argument(
        "--repo",
        default=None,
        help=f"git repository (default: the one the current directory is in, else {repository})",
    )
    parser.set_defaults(default_repo=str(repository))


def run(args: argparse.Namespace) -> int:
    repo = Path(args.repo) if args.repo else current_repository(Path(args.default_repo))
    try:
        for line in pending(repo, args.write):
            print(line)
    except (DiffError, SnapshotError) as error:
        print(f"versions: {error}", file=sys.stderr)
        return 2
    return 0
