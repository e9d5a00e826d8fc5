"""Pages written for the doc-check tests, and the made-up specs they are checked against."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from toolchain.findings import Finding, Report

MADE_UP_SERVICES = Path(__file__).parent.parent / "toolchain" / "made_up_services"
MADE_UP_SPECS = MADE_UP_SERVICES / "specs"
PAGES = MADE_UP_SERVICES / "pages"

# check_text(text, operation=None): the report of doc-check on a page holding `text`.
CheckText = Callable[..., Report]


def page_text(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def edit(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced; the page must hold `old` (else the test is moot)."""
    assert old in text, old
    return text.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def by_rule(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]
