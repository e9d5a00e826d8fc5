"""doc-check on Tencent Cloud API pages, English and Chinese, whole and damaged."""

from __future__ import annotations

import pytest

from tests.support.pages import (
    CheckText,
    by_rule,
    edit,
    line_of,
    page_text,
)

ENGLISH = page_text("tencent-en.txt")
CHINESE = page_text("tencent-zh.txt")
SPEC = "tencentcloud/widget/2021-02-03"
RESPONSE = f"{SPEC}#/components/schemas/DescribeWidgetJobResponse"
REQUEST = f"{SPEC}#/components/schemas/DescribeWidgetJobRequest"


@pytest.mark.parametrize("text", [ENGLISH, CHINESE], ids=["english", "chinese"])
def test_a_page_that_agrees_with_the_spec(check_text: CheckText, text: str) -> None:
    report = check_text(text)
    assert report.agrees, [str(f) for f in report.findings]
    assert report.exit_code == 0
    assert report.facts["operation"] == "DescribeWidgetJob"
    assert report.facts["spec"] == SPEC
    assert report.facts["page last updated"] == "2024-01-02 03:04:05"


def test_the_chinese_page_reports_its_lost_required_column(check_text: CheckText) -> None:
    report = check_text(CHINESE)
    (lost,) = by_rule(report, "lost-column")
    assert lost.severity == "info"
    assert "JobId, AppId, Limit" in lost.message
    assert lost.source.startswith(f"line {line_of(CHINESE, '参数名称 必选 类型 描述')} ")


def test_a_field_only_on_the_page(check_text: CheckText) -> None:
    text = edit(ENGLISH, "Limit No Integer", "Offset No Integer Where to start.\nLimit No Integer")
    report = check_text(text)
    (found,) = by_rule(report, "field-missing-in-spec")
    assert "DescribeWidgetJobRequest.Offset (integer)" in found.message
    assert found.source == f"line {line_of(text, 'Offset No Integer')} (Input Parameters)"
    assert found.spec == f"{REQUEST}/properties"
    assert report.exit_code == 1


def test_a_field_only_in_the_spec(check_text: CheckText) -> None:
    text = edit(ENGLISH, "Outputs Array of WidgetOutput The outputs made so far.\n", "")
    report = check_text(text)
    (found,) = by_rule(report, "field-missing-on-page")
    assert found.spec == f"{RESPONSE}/properties/Outputs"


def test_type_and_required(check_text: CheckText) -> None:
    text = edit(ENGLISH, "AppId Yes Integer", "AppId No String")
    text = edit(text, "Outputs Array of WidgetOutput", "Outputs Array of WidgetResult")
    report = check_text(text)
    scalar, array = by_rule(report, "type")
    assert scalar.message == (
        "DescribeWidgetJobRequest.AppId is string on the page, integer in the spec"
    )
    assert scalar.spec == f"{REQUEST}/properties/AppId"
    assert array.message == (
        "DescribeWidgetJobResponse.Outputs is array of WidgetResult on the page, "
        "array of WidgetOutput in the spec"
    )
    (required,) = by_rule(report, "required")
    assert "optional on the page, required in the spec" in required.message


def test_nullable_both_ways(check_text: CheckText) -> None:
    text = edit(
        ENGLISH,
        "Note: This parameter may return null, indicating that no valid values can be obtained.\n",
        "",
    )
    text = edit(
        text, "The outputs made so far.", "The outputs made so far.\nNote: may return null."
    )
    report = check_text(text)
    found = {f.message: f.severity for f in by_rule(report, "nullable")}
    assert found == {
        "DescribeWidgetJobResponse.Outputs may be null on the page; "
        "the spec does not allow null": "error",
        "DescribeWidgetJobResponse.Note allows null in the spec; "
        "the page does not say it may be null": "warning",
    }


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (ENGLISH, "- DONE: finished", "- DONE: finished\n- FAILED: gave up"),
        (CHINESE, 'DONE: "已完成"', 'DONE: "已完成"\nFAILED: "失败"'),
    ],
    ids=["english", "chinese"],
)
def test_enum_values_named_in_the_text(
    check_text: CheckText, text: str, old: str, new: str
) -> None:
    report = check_text(edit(text, old, new))
    (added,) = by_rule(report, "enum-value-missing-in-spec")
    assert added.message.startswith("DescribeWidgetJobResponse.Status: FAILED named on the page")


def test_an_enum_value_the_page_no_longer_names(check_text: CheckText) -> None:
    report = check_text(edit(ENGLISH, "- RUNNING: being made\n", ""))
    (unnamed,) = by_rule(report, "enum-value-not-on-page")
    assert unnamed.severity == "warning"
    assert "RUNNING" in unnamed.message


def test_error_codes_added_and_removed(check_text: CheckText) -> None:
    text = edit(
        ENGLISH,
        "ResourceUnavailable.Frozen The account is frozen.",
        "LimitExceeded.Jobs Too many jobs.",
    )
    report = check_text(text)
    (added,) = by_rule(report, "error-code-added")
    assert "LimitExceeded.Jobs" in added.message
    assert added.source == f"line {line_of(text, 'LimitExceeded.Jobs')} (error codes)"
    (removed,) = by_rule(report, "error-code-removed")
    assert "ResourceUnavailable.Frozen" in removed.message
    assert removed.spec.endswith("/x-videoapi-operation-error-codes/ResourceUnavailable.Frozen")


def test_navigation_text_and_wrapped_descriptions_are_not_read_as_rows(
    check_text: CheckText,
) -> None:
    report = check_text(ENGLISH)
    assert not by_rule(report, "error-code-added")  # "Yes", "No", "Feedback" after the table
    assert not by_rule(report, "field-missing-in-spec")  # "See WidgetOutput for ..." wraps


@pytest.mark.parametrize(
    ("old", "new", "rule", "message"),
    [
        (
            "The value used for this API: 2021-02-03.",
            "The value used for this API: 2022-02-02.",
            "version",
            "the page's version is 2022-02-02, the spec's 2021-02-03",
        ),
        (
            "Domain name for API request: widget.tencentcloudapi.com.",
            "Domain name for API request: widget.intl.tencentcloudapi.com.",
            "domain",
            "the page's request domain widget.intl.tencentcloudapi.com is not among the "
            "spec's servers (widget.tencentcloudapi.com)",
        ),
        (
            "only supports: ap-guangzhou, ap-singapore.",
            "only supports: ap-guangzhou.",
            "region",
            "the page supports ap-guangzhou; the spec says ap-guangzhou, ap-singapore",
        ),
        (
            "A maximum of 20 requests",
            "A maximum of 50 requests",
            "rate-limit",
            "the page allows 50 requests per second; the spec states 20 per second",
        ),
    ],
)
def test_a_changed_version_domain_region_or_rate_limit(
    check_text: CheckText, old: str, new: str, rule: str, message: str
) -> None:
    text = edit(ENGLISH, old, new)
    report = check_text(text)
    (found,) = by_rule(report, rule)
    assert found.message == message
    assert found.source.startswith(f"line {line_of(text, new)} ")
    assert report.exit_code == 1


def test_a_chinese_rate_limit(check_text: CheckText) -> None:
    report = check_text(edit(CHINESE, "20次/秒", "5次/秒"))
    (found,) = by_rule(report, "rate-limit")
    assert "5 requests per second" in found.message


def test_the_last_updated_line_is_reported(check_text: CheckText) -> None:
    text = ENGLISH.replace("2024-01-02 03:04:05", "2025-06-07 08:09:10")
    report = check_text(text)
    (found,) = by_rule(report, "last-updated")
    assert found.severity == "warning"
    assert "last updated 2025-06-07 08:09:10" in found.message
    assert "the page of 2024-01-02 03:04:05" in found.message
    assert found.spec.endswith("#/info/x-videoapi-last-updated/DescribeWidgetJob")
    assert report.facts["page last updated"] == "2025-06-07 08:09:10"


def test_examples_that_no_longer_validate(check_text: CheckText) -> None:
    text = edit(ENGLISH, '"Size": 2048', '"Size": "2 KB"')
    text = edit(text, "&AppId=1400000001", "&AppId=first")
    report = check_text(text)
    found = by_rule(report, "example-invalid")
    assert len(found) == 2
    request, response = sorted(found, key=lambda f: f.source)
    assert request.source == f"line {line_of(text, 'Input Example')} (request example)"
    assert "'first' is not of type 'integer'" in request.message
    assert "'2 KB' is not of type 'integer'" in response.message


def test_an_example_cut_short_is_reported_not_fatal(check_text: CheckText) -> None:
    text = edit(CHINESE, '        "Note": "进行中",\n', '        "Note": "进行中",\n  ...')
    report = check_text(text)
    (found,) = by_rule(report, "example-unreadable")
    assert "not valid JSON" in found.message


def test_the_operation_can_be_named(check_text: CheckText) -> None:
    report = check_text(ENGLISH, operation="CancelWidgetJob")
    assert report.facts["operation"] == "CancelWidgetJob"
    (named,) = by_rule(report, "operation")
    assert named.message == (
        "the page documents DescribeWidgetJob; it was compared with CancelWidgetJob"
    )


def test_an_action_no_spec_has(check_text: CheckText) -> None:
    text = ENGLISH.replace("DescribeWidgetJob", "DescribeGizmoJob")
    report = check_text(text)
    (found,) = report.findings
    assert found.rule == "operation-not-found"
    assert "DescribeGizmoJob" in found.message
    assert report.exit_code == 1
