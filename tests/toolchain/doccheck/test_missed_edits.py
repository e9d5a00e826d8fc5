"""Page edits doc-check once missed, one test each, on the Huawei page of the made-up
gadget service: a changed URI, a removed response-header table, a status code removed
from the status table alone; and an --operation no spec has."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.pages import MADE_UP_SPECS, CheckText, by_rule, edit, line_of, page_text
from toolchain.cli import main

HEADER_TABLE = (
    "Status code: 200\nParameter |\nType |\nDescription |\n---|---|---|\n"
    "X-Request-Id |\nString |\nRequest ID. |\n"
)


def test_the_page_agrees_before_any_edit(check_text: CheckText) -> None:
    assert check_text(page_text("huawei-en.txt")).agrees


def test_a_changed_uri_is_reported_as_uri(check_text: CheckText) -> None:
    text = edit(
        page_text("huawei-en.txt"), "GET /v2/{project_id}/gadgets", "GET /v3/{project_id}/gadgets"
    )
    report = check_text(text)
    assert not by_rule(report, "operation-not-found")
    (uri,) = by_rule(report, "uri")
    assert "GET /v3/{project_id}/gadgets" in uri.message
    assert uri.source == f"line {line_of(text, 'GET /v3/')} (URI)"
    assert report.facts["operation"] == "ListGadgets"


def test_a_uri_like_no_operation_is_still_not_found(check_text: CheckText) -> None:
    text = edit(page_text("huawei-en.txt"), "GET /v2/{project_id}/gadgets", "GET /v9/other/things")
    assert by_rule(check_text(text), "operation-not-found")


def test_a_removed_response_header_table(check_text: CheckText) -> None:
    text = edit(page_text("huawei-en.txt"), HEADER_TABLE, "Status code: 200\n")
    report = check_text(text)
    (missing,) = by_rule(report, "header-missing-on-page")
    assert missing.subject == "200 X-Request-Id"
    assert missing.spec.endswith("/responses/200/headers/X-Request-Id")


def test_a_status_code_removed_from_the_status_table_only(check_text: CheckText) -> None:
    text = edit(page_text("huawei-en.txt"), "400 |\nA parameter is wrong. |\n", "")
    assert "Status code: 400" in text  # still in the response tables and examples
    report = check_text(text)
    (status,) = by_rule(report, "status-code")
    assert status.subject == "400 status table"
    assert "status code table does not list it" in status.message


def test_an_unknown_operation_exits_2_listing_the_operations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(page_text("huawei-en.txt"), encoding="utf-8")
    code = main(["doc-check", str(page), "--operation", "NoSuchOp", "--specs", str(MADE_UP_SPECS)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert "no spec has the operation NoSuchOp; the operations are: " in captured.err
    assert "ListGadgets" in captured.err and "DescribeWidgetJob" in captured.err


@pytest.mark.parametrize(
    "command",
    [
        "lint-specs",
        "generate",
        "check-generated",
        "diff",
        "versions",
        "dist",
        "vendor",
        "doc-check",
        "drift",
        "test-summary",
    ],
)
def test_every_subcommand_has_help_text(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    # A description beyond the usage line: a sentence of its own.
    body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    assert len(body.split(".")[0].split()) >= 5, text


@pytest.mark.parametrize("command", ["lint-specs", "drift"])
def test_a_missing_or_empty_specs_folder_is_an_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--specs", str(tmp_path / "missing")]) == 2
    assert main([command, "--specs", str(tmp_path)]) == 2
    assert "no specs" in capsys.readouterr().err
