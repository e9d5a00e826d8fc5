"""Pages written for the tests, checked against the made-up specs beside them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from toolchain.doccheck import check_page
from toolchain.findings import Finding, Report

FIXTURES = Path(__file__).parent.parent / "made_up_services"
SPECS = FIXTURES / "specs"
PAGES = FIXTURES / "pages"

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


@pytest.fixture
def check_text(tmp_path: Path) -> CheckText:
    def run(text: str, operation: str | None = None) -> Report:
        page = tmp_path / "page.txt"
        page.write_text(text, encoding="utf-8")
        return check_page(page, operation, SPECS)

    return run
