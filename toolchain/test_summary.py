"""`python -m toolchain test-summary`: the one closing line of a whole test run.

`make test` runs pytest and the contract tests, each writing JUnit XML; this reads
every report and prints exactly `N passed, M failed` (skipped cases are neither), so
CI can tell a run of 950 tests from a run of none. A report that is missing or cannot
be read, or a step that failed without failing a test case (lint, say), makes the
exit status 1 without changing the counts.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Counts:
    passed: int = 0
    failed: int = 0
    skipped: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.passed + other.passed,
            self.failed + other.failed,
            self.skipped + other.skipped,
        )


class UnreadableReport(ValueError):
    pass


def junit_counts(path: Path) -> Counts:
    """Count a JUnit XML report's test cases by outcome (pytest's and schemathesis's)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        raise UnreadableReport(f"{path}: {error}") from None
    passed = failed = skipped = 0
    for case in root.iter("testcase"):
        outcomes = {child.tag for child in case}
        if outcomes & {"failure", "error"}:
            failed += 1
        elif "skipped" in outcomes:
            skipped += 1
        else:
            passed += 1
    return Counts(passed, failed, skipped)


def summarise(reports: list[Path], failed_steps: list[str]) -> tuple[str, list[str], int]:
    """(closing line, notes to print before it, exit status)."""
    total, notes = Counts(), []
    for path in reports:
        try:
            total += junit_counts(path)
        except UnreadableReport as error:
            notes.append(f"unreadable test report: {error}")
    if not reports:
        notes.append("no test report was written")
    notes += [f"failed step: {step}" for step in failed_steps]
    status = 1 if total.failed or notes else 0
    return f"{total.passed} passed, {total.failed} failed", notes, status


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reports", nargs="*", type=Path, help="JUnit XML files")
    parser.add_argument(
        "--failed-step",
        action="append",
        default=[],
        metavar="NAME",
        help="a step of the run that failed (repeatable)",
    )
    parser.add_argument("--write", type=Path, help="also write the closing line to this file")


def run(args: argparse.Namespace) -> int:
    line, notes, status = summarise(list(args.reports), list(args.failed_step))
    for note in notes:
        print(note, file=sys.stderr)
    sys.stderr.flush()
    if args.write is not None:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(line + "\n", encoding="utf-8")
    print(line)
    return status
