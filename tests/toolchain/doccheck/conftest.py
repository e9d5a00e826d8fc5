"""doc-check on a page written by the test, against the made-up specs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.pages import MADE_UP_SPECS, CheckText
from toolchain.doccheck import check_page
from toolchain.findings import Report


@pytest.fixture
def check_text(tmp_path: Path) -> CheckText:
    def run(text: str, operation: str | None = None) -> Report:
        page = tmp_path / "page.txt"
        page.write_text(text, encoding="utf-8")
        return check_page(page, operation, MADE_UP_SPECS)

    return run
