"""The diff's outputs: Markdown for pull requests, JSON, GitHub annotations, changelog."""

from __future__ import annotations

import json

import pytest

from toolchain.cli import main
from toolchain.diff.changelog import changelog
from toolchain.diff.changes import Change, Collector
from toolchain.diff.report import DiffResult, github_annotations, markdown, render
from toolchain.diff.rules import RULES


def result() -> DiffResult:
    tiw = Collector(
        "tencentcloud/tiw/2019-09-19", RULES, file="specs/tencentcloud/tiw/openapi.yaml"
    )
    tiw.add(
        "operation-removed",
        "DescribeOnlineRecord",
        before="POST /#X-TC-Action=DescribeOnlineRecord",
    )
    tiw.add(
        "request-pattern-changed",
        "CreateVideoGenerationTask request body: Canvas.BackgroundColor",
        before="^#[0-9A-F]{6}$|^$",
        after="^#[0-9a-f]{6}$",
        operation="CreateVideoGenerationTask",
        line=40,
    )
    metastudio = Collector("huaweicloud/metastudio/v1", RULES)
    metastudio.add(
        "operation-added", "CreateDigitalHumanVideo", after="POST /v1/{project_id}/videos"
    )
    return DiffResult("main (abc1234)", "working tree", [*metastudio.changes, *tiw.changes])


def test_markdown_has_the_counts_then_a_table_per_service() -> None:
    text = markdown(result())
    assert "**1 breaking**, 1 potentially breaking, 1 non-breaking in 2 services." in text
    assert text.index("### huaweicloud/metastudio/v1") < text.index(
        "### tencentcloud/tiw/2019-09-19"
    )
    tiw_table = text.split("### tencentcloud/tiw/2019-09-19")[1]
    rows = [line for line in tiw_table.splitlines() if line.startswith("| ")]
    assert rows[0] == "| | rule | location | before | after | why it matters |"
    # Breaking first; a pipe inside a value is escaped so the table keeps its columns.
    assert rows[1].startswith("| 🔴 breaking | `operation-removed` | DescribeOnlineRecord |")
    assert "`^#[0-9A-F]{6}$\\|^$`" in rows[2]
    assert rows[2].count(" | ") == 5


def test_markdown_without_changes() -> None:
    assert "No API changes." in markdown(DiffResult("a", "b", []))


def test_json_carries_every_field() -> None:
    document = json.loads(render(result(), "json"))
    assert document["summary"] == {"breaking": 1, "potentially-breaking": 1, "non-breaking": 1}
    assert document["breaking"] is True
    pattern = next(c for c in document["changes"] if c["rule"] == "request-pattern-changed")
    assert pattern == {
        "rule": "request-pattern-changed",
        "severity": "potentially-breaking",
        "service": "tencentcloud/tiw/2019-09-19",
        "location": "CreateVideoGenerationTask request body: Canvas.BackgroundColor",
        "operation": "CreateVideoGenerationTask",
        "message": RULES["request-pattern-changed"].summary,
        "before": "^#[0-9A-F]{6}$|^$",
        "after": "^#[0-9a-f]{6}$",
        "file": "specs/tencentcloud/tiw/openapi.yaml",
        "line": 40,
        "pointer": None,
    }


def test_github_annotations_levels_and_escaping() -> None:
    collector = Collector("svc", RULES, file="specs/a,b.yaml")
    collector.add(
        "error-code-removed",
        "Op x-videoapi-operation-error-codes",
        before="Code: 100% gone\nreally",
    )
    collector.add("operation-removed", "Op")
    lines = github_annotations(DiffResult("a", "b", collector.changes)).splitlines()
    assert lines[0].startswith("::error file=specs/a%2Cb.yaml,title=operation-removed (svc)::Op: ")
    assert lines[1].startswith("::warning file=specs/a%2Cb.yaml,title=error-code-removed (svc)::")
    assert "Code: 100%25 gone%0Areally" in lines[1]
    assert "line=" not in lines[0]
    assert github_annotations(DiffResult("a", "b", [])) == ""


def test_github_annotation_points_at_the_line() -> None:
    collector = Collector("svc", RULES, file="specs/x.yaml")
    collector.add("operation-deprecated", "Op", line=12)
    (line,) = github_annotations(DiffResult("a", "b", collector.changes)).splitlines()
    assert line.startswith("::notice file=specs/x.yaml,line=12,title=operation-deprecated (svc)::")


def test_changelog_lists_breaking_changes_first_per_service() -> None:
    text = changelog(result())
    tiw = text.split("### tencentcloud/tiw/2019-09-19")[1]
    assert tiw.index("#### Breaking changes") < tiw.index("#### Changed")
    assert "- An operation was removed: `DescribeOnlineRecord`" in tiw
    metastudio = text.split("### huaweicloud/metastudio/v1")[1].split("\n### ")[0]
    assert "#### Added" in metastudio and "Breaking" not in metastudio


def test_changes_keep_the_rule_severity() -> None:
    change: Change = result().changes[0]
    assert change.severity is change.rule.severity


def test_the_rule_list_names_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--list-rules"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == list(RULES)
    assert "| `tencent-version-changed` | breaking |" in "\n".join(rows)
