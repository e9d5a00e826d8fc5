"""`python -m toolchain diff`: compare two refs and report, with the exit code CI needs."""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path
from typing import Any

from speclib.bundle import BundleError, bundle_spec
from speclib.catalog import find_specs
from speclib.extensions import rename_former
from toolchain.diff.changelog import changelog
from toolchain.diff.changes import Change, unique_sorted
from toolchain.diff.python_api import compare_python_api
from toolchain.diff.report import FORMATS, DiffResult, render
from toolchain.diff.rules import RULES
from toolchain.diff.snapshots import Snapshot, SnapshotError, default_base, open_snapshot
from toolchain.diff.specs import compare_specs

EXIT_OK, EXIT_BREAKING, EXIT_ERROR = 0, 1, 2


class DiffError(RuntimeError):
    """A snapshot cannot be compared (a spec does not bundle, a ref does not exist)."""


def load_bundles(snapshot: Snapshot) -> dict[str, tuple[dict[str, Any], str]]:
    """Every spec of a snapshot, bundled: name → (document, path in the repository).

    Extensions under a former name (a snapshot from before they were renamed) are
    read under their current name: a rename is no change of the API."""
    specs = snapshot.root / "specs"
    if not specs.is_dir():
        return {}
    bundles = {}
    for spec in find_specs(specs):
        try:
            document = rename_former(bundle_spec(spec.path))
        except (BundleError, OSError, ValueError) as error:
            raise DiffError(f"{snapshot.label}: {spec.name} does not bundle: {error}") from error
        bundles[spec.name] = (document, spec.path.relative_to(snapshot.root).as_posix())
    return bundles


def locate_lines(changes: list[Change], root: Path) -> list[Change]:
    """Point each operation's change at its `operationId:` line in the head spec."""
    texts: dict[str, list[str]] = {}
    located = []
    for change in changes:
        if change.line is None and change.operation and change.file:
            if change.file not in texts:
                path = root / change.file
                texts[change.file] = (
                    path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
                )
            pattern = re.compile(
                rf"^\s*operationId:\s*[\"']?{re.escape(change.operation)}[\"']?\s*$"
            )
            for number, line in enumerate(texts[change.file], start=1):
                if pattern.match(line):
                    change = dataclasses.replace(change, line=number)
                    break
        located.append(change)
    return located


def diff_snapshots(old: Snapshot, new: Snapshot, python_api: bool = True) -> DiffResult:
    old_specs, new_specs = load_bundles(old), load_bundles(new)
    changes: list[Change] = []
    for name in sorted(old_specs.keys() | new_specs.keys()):
        before, after = old_specs.get(name), new_specs.get(name)
        file = (after or before or ({}, None))[1]
        changes += compare_specs(
            name, before[0] if before else None, after[0] if after else None, file=file
        )
    if python_api:
        changes += compare_python_api(old.root, new.root)
    return DiffResult(old.label, new.label, unique_sorted(locate_lines(changes, new.root)))


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
    parser.add_argument("--output", help="write the report to this file instead of stdout")
    parser.add_argument(
        "--changelog", metavar="FILE", help="also write a changelog entry per service ('-': stdout)"
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
        "--repo", default=str(repository), help="git repository (default: this one)"
    )
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="print every rule (id, severity, meaning) and exit",
    )


def _write(text: str, destination: str | None) -> None:
    if destination in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(destination).write_text(text, encoding="utf-8")


def rules_table() -> str:
    lines = ["| rule | severity | meaning |", "|---|---|---|"]
    for rule in RULES.values():
        lines.append(f"| `{rule.id}` | {rule.severity.label} | {rule.summary} |")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        sys.stdout.write(rules_table())
        return EXIT_OK
    try:
        result = diff_refs(Path(args.repo), args.base, args.head, args.python_api)
    except (SnapshotError, DiffError) as error:
        print(f"diff: {error}", file=sys.stderr)
        return EXIT_ERROR
    _write(render(result, args.format), args.output)
    if args.changelog:
        _write(changelog(result), args.changelog)
    if result.breaking and not args.allow_breaking:
        return EXIT_BREAKING
    return EXIT_OK
