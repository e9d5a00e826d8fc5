"""Differences a spec accepts (`x-videoapi-doc-check-accepted`): reported with their reason, not
counted; an acceptance no finding matches is a stale warning."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import toolchain.declared_fields
import toolchain.doccheck
from tests.support.pages import MADE_UP_SPECS, by_rule, edit, page_text
from toolchain.cli import main
from toolchain.doccheck import check_page
from toolchain.doccheck.acceptance import ACCEPTABLE_RULES, OTHER_RULES, STALE_RULE

WIDGET = Path("tencentcloud/widget/2021-02-03/openapi.yaml")
GADGET = Path("huaweicloud/gadget/v2/openapi.yaml")
FROZEN = "ResourceUnavailable.Frozen"
REASON = "The SDK lists this code; the page does not."


def specs_accepting(tmp_path: Path, spec: Path, operation: str, *accepted: dict[str, str]) -> Path:
    """A copy of the fixture specs whose `operation` accepts `accepted`."""
    root = tmp_path / "specs"
    shutil.copytree(MADE_UP_SPECS, root)
    document: dict[str, Any] = yaml.safe_load((root / spec).read_text(encoding="utf-8"))
    (node,) = [
        method
        for item in document["paths"].values()
        for method in item.values()
        if isinstance(method, dict) and method.get("operationId") == operation
    ]
    node["x-videoapi-doc-check-accepted"] = list(accepted)
    (root / spec).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return root


def write_page(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return page


def without_frozen() -> str:
    return edit(page_text("tencent-en.txt"), f"{FROZEN} The account is frozen.\n", "")


def run_cli(capsys: pytest.CaptureFixture[str], page: Path, specs: Path, *args: str) -> Any:
    code = main(["doc-check", str(page), "--specs", str(specs), *args])
    return code, capsys.readouterr().out


def test_an_accepted_difference_exits_0_and_is_listed_in_markdown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = write_page(tmp_path, without_frozen())
    code, out = run_cli(capsys, page, MADE_UP_SPECS)
    assert code == 1  # without the acceptance, the difference counts
    assert "| error | error-code-removed |" in out
    specs = specs_accepting(
        tmp_path,
        WIDGET,
        "DescribeWidgetJob",
        {"rule": "error-code-removed", "subject": FROZEN, "reason": REASON},
    )
    code, out = run_cli(capsys, page, specs)
    assert code == 0
    assert "**0 errors, 0 warnings, 0 notes, 1 accepted**: the page and the spec agree." in out
    assert "| error | error-code-removed |" not in out
    rows = [row for row in out.splitlines() if row.startswith("| error-code-removed |")]
    assert len(rows) == 1
    assert rows[0].startswith(f"| error-code-removed | {FROZEN} | line ")
    assert rows[0].endswith(f"| {REASON} |")


def test_an_accepted_difference_in_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = write_page(tmp_path, without_frozen())
    specs = specs_accepting(
        tmp_path,
        WIDGET,
        "DescribeWidgetJob",
        {"rule": "error-code-removed", "subject": FROZEN, "reason": REASON},
    )
    code, out = run_cli(capsys, page, specs, "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert report["summary"] == {
        "agrees": True,
        "errors": 0,
        "warnings": 0,
        "info": 0,
        "accepted": 1,
    }
    assert report["findings"] == []
    (accepted,) = report["accepted"]
    assert accepted["rule"] == "error-code-removed"
    assert accepted["severity"] == "error"  # what it would be, kept as SARIF keeps it
    assert accepted["subject"] == FROZEN
    assert accepted["accepted"] == REASON
    assert accepted["spec"].endswith(f"/x-videoapi-operation-error-codes/{FROZEN}")


def test_an_acceptance_accepts_only_its_own_finding(tmp_path: Path) -> None:
    text = edit(without_frozen(), "JobId Yes String", "JobId Yes Integer")
    specs = specs_accepting(
        tmp_path,
        WIDGET,
        "DescribeWidgetJob",
        {"rule": "error-code-removed", "subject": FROZEN, "reason": REASON},
    )
    report = check_page(write_page(tmp_path, text), None, specs)
    assert report.exit_code == 1
    assert [f.rule for f in report.findings if f.counts] == ["type"]
    assert [f.subject for f in report.accepted_findings()] == [FROZEN]


def test_the_identity_is_rule_and_subject_not_the_message(tmp_path: Path) -> None:
    # Another rule about the same code, or the same rule about another code, is no match.
    specs = specs_accepting(
        tmp_path,
        WIDGET,
        "DescribeWidgetJob",
        {"rule": "error-code-added", "subject": FROZEN, "reason": REASON},
        {"rule": "error-code-removed", "subject": "FailedOperation.JobNotFound", "reason": REASON},
    )
    report = check_page(write_page(tmp_path, without_frozen()), None, specs)
    assert report.exit_code == 1
    assert report.accepted_findings() == []
    assert len(by_rule(report, "error-code-removed")) == 1
    assert len(by_rule(report, STALE_RULE)) == 2


def test_a_stale_acceptance_is_a_warning(tmp_path: Path) -> None:
    specs = specs_accepting(
        tmp_path,
        WIDGET,
        "DescribeWidgetJob",
        {"rule": "error-code-removed", "subject": FROZEN, "reason": REASON},
    )
    page = write_page(tmp_path, page_text("tencent-en.txt"))  # the page lists the code again
    report = check_page(page, None, specs)
    assert report.exit_code == 1
    (stale,) = report.findings
    assert (stale.rule, stale.severity) == (STALE_RULE, "warning")
    assert stale.subject == f"error-code-removed {FROZEN}"
    assert stale.spec == (
        "tencentcloud/widget/2021-02-03#/paths/~1#X-TC-Action=DescribeWidgetJob/post/"
        "x-videoapi-doc-check-accepted/0"
    )
    assert "remove the acceptance" in stale.message


@pytest.mark.parametrize(
    ("page_name", "value"),
    [("tencent-en.txt", '"Status": "DONE"'), ("tencent-zh.txt", '"Status": "RUNNING"')],
)
def test_an_example_is_named_by_its_place_in_either_language(
    tmp_path: Path, page_name: str, value: str
) -> None:
    text = edit(page_text(page_name), value, '"Status": 7')
    specs = specs_accepting(
        tmp_path,
        WIDGET,
        "DescribeWidgetJob",
        {"rule": "example-invalid", "subject": "response example 1", "reason": REASON},
    )
    report = check_page(write_page(tmp_path, text), None, specs)
    assert report.exit_code == 0
    (accepted,) = report.accepted_findings()
    assert accepted.rule == "example-invalid"


def test_a_huawei_field_the_page_lacks_can_be_accepted(tmp_path: Path) -> None:
    row = "limit |\nNo |\nInteger |\nPage size.\nValue range: 1-50 |\n"
    damaged = edit(page_text("huawei-en.txt"), row, "")
    report = check_page(write_page(tmp_path, damaged), None, MADE_UP_SPECS)
    subjects = {(f.rule, f.subject) for f in report.findings if f.counts}
    assert ("field-missing-on-page", "ListGadgets.limit") in subjects
    specs = specs_accepting(
        tmp_path,
        GADGET,
        "ListGadgets",
        *[{"rule": rule, "subject": subject, "reason": REASON} for rule, subject in subjects],
    )
    accepted = check_page(write_page(tmp_path, damaged), None, specs)
    assert accepted.exit_code == 0
    assert {(f.rule, f.subject) for f in accepted.accepted_findings()} == subjects


def _rule_literals(module_file: str) -> set[str]:
    """String literals a module passes as the first argument of Finding(...) or emit(...)
    and as the rule names of Strictness."""
    tree = ast.parse(Path(module_file).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        value: ast.expr | None = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            value = node.args[0] if node.func.id in ("Finding", "emit") else None
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            value = node.value if node.target.id in ("missing_rule", "unnamed_rule") else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            found.add(value.value)
    return found


def test_every_doc_check_rule_is_known_to_the_acceptances() -> None:
    package = Path(toolchain.doccheck.__file__).parent
    emitted = _rule_literals(str(toolchain.declared_fields.__file__))
    for module in package.glob("*.py"):
        emitted |= _rule_literals(str(module))
    assert {"field-missing-on-page", "error-code-added", "uri"} <= emitted  # the scan sees them
    assert emitted <= set(ACCEPTABLE_RULES) | OTHER_RULES
