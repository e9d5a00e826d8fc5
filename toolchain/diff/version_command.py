"""`python -m toolchain versions [--write | --check]`: each package's next version from its
history.

For each package whose specs or generated public Python API differ from its version
record (generator/versions/), two diffs from the commit that last wrote the record
to the working tree give the kind of change and so the next version: the specs'
and the generated package's (its public API, complete with additions; see
toolchain/diff/versions.py for how they combine; a spec counts as changed when its
file or its cloud's shared files changed, and only changed specs are bundled).
`--write` records it, with the
changelog entry and the digests; then `make generate` stamps the version into the
package. A record without an API fingerprint gets one (`--write`) without a
release: the tree as it is becomes the baseline.

The order of work after a spec or generator change: `make generate`, `python -m
toolchain versions --write`, `make generate` (stamping the version changes no
API). Run before generating, `--write` judges the specs alone and says so; the
check then fails until it is run again on the generated code.

`--check` reads no git history: it fails (exit 1), naming each package and the
command to run, while a record's spec digests or API fingerprint are not those of
the specs and generated/ beside it. `make check-generated` runs it. Exit status: 0,
1 (--check: a stale record), 2 on an error.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path

from generator.versions import MissingVersion, VersionRecord, read_record, write_record
from toolchain.diff.changes import Change
from toolchain.diff.command import DiffError, current_repository, diff_snapshots
from toolchain.diff.freshness import stale_packages
from toolchain.diff.python_api import compare_python_api
from toolchain.diff.snapshots import Snapshot, SnapshotError, open_snapshot
from toolchain.diff.versions import (
    VERSIONS_FOLDER,
    Judgement,
    NextVersion,
    changed_specs,
    judge,
    package_dir,
    package_names,
    package_services,
    python_api_digest,
    record_commit,
    spec_digests,
    stale_record,
    write_next,
)

FIX = "run `python -m toolchain versions --write`, then `make generate`"
EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2


def _record(repo: Path, distribution: str) -> VersionRecord:
    try:
        return read_record(distribution, repo / VERSIONS_FOLDER)
    except MissingVersion as error:
        raise DiffError(str(error)) from error


def check(repo: Path) -> list[str]:
    """One line per package whose record the specs and generated/ no longer match."""
    problems = []
    for distribution in sorted(package_services(repo)):
        for problem in stale_record(repo, _record(repo, distribution)):
            problems.append(f"{distribution}: {problem}")
    return problems


def python_api_changes(old: Snapshot, new: Snapshot, distribution: str) -> tuple[list[Change], str]:
    """The package's public Python API diff from `old` to `new`, and why it is not judged
    ("" when it is)."""
    name = package_names(new.root).get(distribution)
    if name is None or package_dir(new.root, distribution) is None:
        return [], ""
    if package_dir(old.root, distribution) is None:
        return [], f"no generated package at {old.label} to compare its Python API with"
    if any(line.startswith(f"{distribution} ") for line in stale_packages(new.root)):
        return [], (
            "generated/ is stale, so its Python API was not compared: run `make generate`, "
            "then `python -m toolchain versions --write` again"
        )
    return compare_python_api(old.root, new.root, complete=True, packages=frozenset({name})), ""


def pending(repo: Path, write: bool) -> list[str]:
    """One line per package: current, or its next version (written when `write`)."""
    with ExitStack() as stack:
        return _pending(repo, write, stack)


def _pending(repo: Path, write: bool, stack: ExitStack) -> list[str]:
    lines = []
    bases: dict[str, Snapshot] = {}  # the commits records were written in, extracted once
    spec_diffs: dict[str, list[Change]] = {}
    new = stack.enter_context(open_snapshot(repo, None))
    for distribution, services in sorted(package_services(repo).items()):
        record = _record(repo, distribution)
        if not stale_record(repo, record):
            lines.append(f"{distribution} {record.version}: current")
            continue
        specs = spec_digests(repo, services)
        if record.specs == specs and not record.python_api:
            # The first fingerprint: the tree as it is becomes the baseline, no release.
            if write:
                record.python_api = python_api_digest(repo, distribution) or ""
                write_record(record, repo / VERSIONS_FOLDER)
                lines.append(f"{distribution} {record.version}: Python API fingerprint recorded")
            else:
                lines.append(f"{distribution} {record.version}: no Python API fingerprint; --write")
            continue
        base = record_commit(repo, distribution)
        if base not in bases:
            bases[base] = stack.enter_context(open_snapshot(repo, base))
        old = bases[base]
        old_record = read_record(distribution, old.root / VERSIONS_FOLDER)
        # A spec's own file, or what its bundle takes from its cloud's shared files.
        specs_changed = old_record.specs != specs or bool(changed_specs(old.root, repo, services))
        spec_changes: list[Change] = []
        if specs_changed:
            if base not in spec_diffs:  # one spec diff per base, of the specs that changed
                every = frozenset(
                    spec for names in package_services(repo).values() for spec in names
                )
                only = changed_specs(old.root, new.root, every)
                spec_diffs[base] = diff_snapshots(old, new, python_api=False, only=only).changes
            spec_changes = [change for change in spec_diffs[base] if change.service in services]
        api_changes, note = python_api_changes(old, new, distribution)
        verdict: Judgement = judge(spec_changes, specs_changed, api_changes)
        step = NextVersion(distribution, old_record.version, verdict.kind)
        why = f"{verdict.kind}, from the {verdict.cause}"
        if step.next == record.version and not write:
            lines.append(f"{distribution} {record.version}: changed again since ({why}); --write")
            continue
        action = "written" if write else "run `python -m toolchain versions --write`"
        if write:
            write_next(repo, step, verdict.lines)
        line = f"{distribution} {step.current} -> {step.next} ({why}): {action}"
        lines.append(f"{line}; {note}" if note else line)
    return lines


def add_arguments(parser: argparse.ArgumentParser, repository: Path) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--write", action="store_true", help="record the next versions and their changelog"
    )
    mode.add_argument(
        "--check",
        action="store_true",
        help="fail (exit 1) while a record's digests are not those of the specs and generated/ "
        "(no git history needed)",
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
        if args.check:
            problems = check(repo)
            if not problems:
                print("version records are current")
                return EXIT_OK
            print(f"version records are stale; {FIX}:")
            for problem in problems:
                print(f"  {problem}")
            return EXIT_STALE
        for line in pending(repo, args.write):
            print(line)
    except (DiffError, SnapshotError) as error:
        print(f"versions: {error}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
