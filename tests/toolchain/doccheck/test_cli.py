"""`python -m toolchain doc-check`: exit codes and the Markdown and JSON reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.pages import MADE_UP_SPECS, PAGES, edit, line_of, page_text
from toolchain.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["doc-check", *args, "--specs", str(MADE_UP_SPECS)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_agreement_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(PAGES / "tencent-en.txt"))
    assert code == 0
    assert out.startswith("# doc-check: ")
    assert "| operation | DescribeWidgetJob |" in out
    assert "the page and the spec agree" in out


def test_disagreement_exits_1_with_a_markdown_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = edit(page_text("tencent-en.txt"), "JobId Yes String", "JobId Yes Integer")
    page = tmp_path / "DescribeWidgetJob.txt"
    page.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, str(page))
    assert code == 1
    row = (
        f"| error | type | line {line_of(text, 'JobId Yes Integer')} (Input Parameters) "
        "| `tencentcloud/widget/2021-02-03#/components/schemas/DescribeWidgetJobRequest/"
        "properties/JobId` | DescribeWidgetJobRequest.JobId is integer on the page, string in "
        "the spec |"
    )
    assert row in out.splitlines()


def test_json_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = edit(page_text("huawei-en.txt"), "weight |\nFloat |", "weight |\nBoolean |")
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, str(page), "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["tool"] == "doc-check"
    assert report["facts"]["operation"] == "ListGadgets"
    assert report["summary"] == {
        "agrees": False,
        "errors": 1,
        "warnings": 0,
        "info": 0,
        "accepted": 0,
    }
    (finding,) = report["findings"]
    assert finding == {
        "rule": "type",
        "severity": "error",
        "subject": "GadgetDetail.weight",
        "message": "GadgetDetail.weight is boolean on the page, number in the spec",
        "source": f"line {line_of(text, 'weight |')} (structure GadgetDetail)",
        "spec": "huaweicloud/gadget/v2#/components/schemas/GadgetDetail/properties/weight",
    }


def test_the_report_can_go_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    code, out, _ = run(
        capsys, str(PAGES / "huawei-zh-rows.txt"), "--format", "json", "--output", str(target)
    )
    assert code == 0
    assert json.loads(target.read_text())["summary"]["agrees"] is True
    assert out == f"wrote {target}: agree\n"


def test_what_is_not_a_page_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "notes.txt"
    page.write_text("Shopping list\n- milk\n- bread\n", encoding="utf-8")
    code, out, err = run(capsys, str(page))
    assert (code, out) == (2, "")
    assert "not a Tencent Cloud API page" in err
    code, _, err = run(capsys, str(tmp_path / "missing.txt"))
    assert code == 2
    assert "no such file" in err
