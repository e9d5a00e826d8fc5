"""`python -m toolchain test-summary`: the closing line `N passed, M failed` of `make test`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from toolchain.test_summary import Counts, junit_counts, summarise

PYTEST_REPORT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5">
<testcase classname="a" name="ok1"/><testcase classname="a" name="ok2"/>
<testcase classname="a" name="bad"><failure message="no">x</failure></testcase>
<testcase classname="a" name="broken"><error message="fixture">x</error></testcase>
<testcase classname="a" name="later"><skipped message="no credentials"/></testcase>
</testsuite></testsuites>
"""
SCHEMATHESIS_REPORT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites errors="0" failures="0" skipped="0" tests="3">
  <testsuite name="schemathesis" tests="3">
    <testcase name="POST /#X-TC-Action=DescribeThing" time="0.5" />
    <testcase name="POST /#X-TC-Action=SubmitThing" time="0.4" />
    <testcase name="Stateful tests" time="1.4" />
  </testsuite>
</testsuites>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_counts_each_outcome(tmp_path: Path) -> None:
    assert junit_counts(write(tmp_path, "p.xml", PYTEST_REPORT)) == Counts(2, 2, 1)
    assert junit_counts(write(tmp_path, "s.xml", SCHEMATHESIS_REPORT)) == Counts(3, 0, 0)


def test_the_line_adds_every_report(tmp_path: Path) -> None:
    reports = [
        write(tmp_path, "p.xml", PYTEST_REPORT),
        write(tmp_path, "s.xml", SCHEMATHESIS_REPORT),
    ]
    line, notes, status = summarise(reports, [])
    assert (line, notes, status) == ("5 passed, 2 failed", [], 1)


def test_all_passed_exits_zero(tmp_path: Path) -> None:
    line, notes, status = summarise([write(tmp_path, "s.xml", SCHEMATHESIS_REPORT)], [])
    assert (line, notes, status) == ("3 passed, 0 failed", [], 0)


def test_a_failed_step_or_a_missing_report_fails_the_run(tmp_path: Path) -> None:
    good = write(tmp_path, "s.xml", SCHEMATHESIS_REPORT)
    line, notes, status = summarise([good], ["lint"])
    assert (line, status) == ("3 passed, 0 failed", 1)
    assert notes == ["failed step: lint"]
    line, notes, status = summarise([good, tmp_path / "missing.xml"], [])
    assert (line, status) == ("3 passed, 0 failed", 1)
    assert "missing.xml" in notes[0]
    assert summarise([], [])[2] == 1


def test_the_command_prints_the_line_last_and_writes_it(tmp_path: Path) -> None:
    report = write(tmp_path, "p.xml", PYTEST_REPORT)
    written = tmp_path / "out" / "summary.txt"
    result = subprocess.run(
        [sys.executable, "-m", "toolchain", "test-summary", str(report), "--write", str(written)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "2 passed, 2 failed"
    assert written.read_text(encoding="utf-8") == "2 passed, 2 failed\n"
