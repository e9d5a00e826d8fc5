"""`python -m toolchain diff`: compare two refs and report, with the exit code CI needs."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from speclib.bundle import BundleError, Bundler
from speclib.catalog import find_specs
from speclib.extensions import rename_former
from toolchain.diff.changelog import changelog
from toolchain.diff.changes import Change, unique_sorted
from toolchain.diff.freshness import FIX, stale_packages
from toolchain.diff.python_api import compare_python_api
from toolchain.diff.report import FORMATS, DiffResult, render
from toolchain.diff.rules import RULES
from toolchain.diff.sides import schema_sides
from toolchain.diff.snapshots import (
    Snapshot,
    SnapshotError,
    default_base,
    git,
    open_snapshot,
)
from toolchain.diff.source_lines import SourceMap
from toolchain.diff.specs import compare_specs
from toolchain.diff.versions import next_versions

EXIT_OK, EXIT_BREAKING, EXIT_ERROR = 0, 1, 2


class DiffError(RuntimeError):
    """A snapshot cannot be compared (a spec does not bundle, a ref does not exist)."""


@dataclass(frozen=True)
class Bundled:
    document: dict[str, Any]
    file: str  # the spec's path in the repository
    sources: SourceMap


def load_bundles(snapshot: Snapshot, only: frozenset[str] | None = None) -> dict[str, Bundled]:
    """Every spec of a snapshot (or those named in `only`), bundled, with where each part
    was written.

    Extensions under a former name (a snapshot from before they were renamed) are
    read under their current name: a rename is no change of the API."""
    specs = snapshot.root / "specs"
    if not specs.is_dir():
        return {}
    bundles = {}
    for spec in find_specs(specs):
        if only is not None and spec.name not in only:
            continue
        bundler = Bundler(spec.path.resolve())
        try:
            document = rename_former(bundler.bundle())
        except (BundleError, OSError, ValueError) as error:
            raise DiffError(f"{snapshot.label}: {spec.name} does not bundle: {error}") from error
        file = spec.path.relative_to(snapshot.root).as_posix()
        bundles[spec.name] = Bundled(document, file, SourceMap.of(bundler, snapshot.root))
    return bundles


def locate_lines(changes: list[Change], sources: SourceMap | None) -> list[Change]:
    """Point each change with a pointer at the line of the hand-written file it came from."""
    if sources is None:
        return changes
    located = []
    for change in changes:
        if change.pointer is not None and change.line is None:
            file, line = sources.locate(change.pointer)
            change = dataclasses.replace(change, file=file, line=line)
        located.append(change)
    return located


def check_fresh(snapshot: Snapshot) -> None:
    """Refuse to compare a generated/ that its specs no longer produce."""
    stale = stale_packages(snapshot.root)
    if stale:
        lines = "\n  ".join(stale)
        raise DiffError(f"{snapshot.label}: generated/ is stale; {FIX}:\n  {lines}")


def diff_snapshots(
    old: Snapshot, new: Snapshot, python_api: bool = True, only: frozenset[str] | None = None
) -> DiffResult:
    """The changes from `old` to `new` (`only`: of these specs alone, by name)."""
    if python_api:
        check_fresh(old)
        check_fresh(new)
    old_specs, new_specs = load_bundles(old, only), load_bundles(new, only)
    changes: list[Change] = []
    for name in sorted(old_specs.keys() | new_specs.keys()):
        before, after = old_specs.get(name), new_specs.get(name)
        present = after or before
        file = present.file if present else None
        found = compare_specs(
            name,
            before.document if before else None,
            after.document if after else None,
            file=file,
        )
        changes += locate_lines(found, after.sources if after else None)
    if python_api:
        sides: dict[str, frozenset[str]] = {}
        for bundled in [*old_specs.values(), *new_specs.values()]:
            for model, reached in schema_sides(bundled.document).items():
                sides[model] = sides.get(model, frozenset()) | reached
        changes += compare_python_api(old.root, new.root, sides)
    changes = unique_sorted(changes)
    return DiffResult(old.label, new.label, changes, next_versions(old.root, new.root, changes))


def diff_refs(
    repo: Path, base: str | None, head: str | None, python_api: bool = True
) -> DiffResult:
    """Compare `base` (None: the merge base with main) with `head` (None: the working tree)."""
    why = ""
    if base is None:
        base, why = default_base(repo)
        print(f"diff: base is {base[:12]} ({why})", file=sys.stderr)
    with open_snapshot(repo, base, why) as old, open_snapshot(repo, head) as new:
        return diff_snapshots(old, new, python_api)


def add_arguments(parser: argparse.ArgumentParser, repository: Path) -> None:
    parser.add_argument(
        "--base",
        help="git ref to compare from (default: the merge base with main or origin/main; "
        "without either, HEAD)",
    )
    parser.add_argument("--head", help="git ref to compare to (default: the working tree)")
    parser.add_argument("--format", choices=FORMATS, default="markdown", help="report format")
    parser.add_argument(
        "--output", metavar="FILE", help="write the report (any format) to FILE instead of stdout"
    )
    parser.add_argument(
        "--write",
        action="append",
        default=[],
        metavar="FORMAT=FILE",
        help="also write the report in FORMAT to FILE, from the same comparison (repeatable)",
    )
    parser.add_argument(
        "--changelog",
        metavar="FILE",
        help="also write a changelog entry per service; '-' puts the changelog alone on "
        "stdout (the report then goes only to --output, if given)",
    )
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when a change is breaking"
    )
    parser.add_argument(
        "--no-python-api",
        dest="python_api",
        action="store_false",
        help="skip comparing the generated Python packages",
    )
    parser.add_argument(
        "--repo",
        default=None,
        help="git repository to compare (default: the one the current directory is in, "
        f"else {repository})",
    )
    parser.set_defaults(default_repo=str(repository))
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="print every rule (id, severity, meaning) and exit",
    )


def _write(text: str, destination: str | None) -> None:
    if destination in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(destination).parent.mkdir(parents=True, exist_ok=True)
        Path(destination).write_text(text, encoding="utf-8")


def current_repository(fallback: Path) -> Path:
    """The git repository of the current directory (with specs/), else `fallback`."""
    try:
        top = Path(git(Path.cwd(), "rev-parse", "--show-toplevel"))
    except SnapshotError:
        return fallback
    return top if (top / "specs").is_dir() else fallback


def rules_table() -> str:
    lines = ["| rule | severity | meaning |", "|---|---|---|"]
    for rule in RULES.values():
        lines.append(f"| `{rule.id}` | {rule.severity.label} | {rule.summary} |")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        sys.stdout.write(rules_table())
        return EXIT_OK
    extra_outputs = []
    for item in args.write:
        extra_format, _, destination = item.partition("=")
        if extra_format not in FORMATS or not destination:
            print(
                f"diff: --write {item!r}: expected FORMAT=FILE, FORMAT one of {', '.join(FORMATS)}",
                file=sys.stderr,
            )
            return EXIT_ERROR
        extra_outputs.append((extra_format, destination))
    try:
        repo = Path(args.repo) if args.repo else current_repository(Path(args.default_repo))
        result = diff_refs(repo, args.base, args.head, args.python_api)
    except (SnapshotError, DiffError) as error:
        print(f"diff: {error}", file=sys.stderr)
        return EXIT_ERROR
    # stdout carries one document: the report, or the changelog when it is asked for there.
    if args.output or args.changelog != "-":
        _write(render(result, args.format), args.output)
    for extra_format, destination in extra_outputs:
        _write(render(result, extra_format), destination)
    if args.changelog:
        _write(changelog(result), args.changelog)
    if result.breaking and not args.allow_breaking:
        return EXIT_BREAKING
    return EXIT_OK
