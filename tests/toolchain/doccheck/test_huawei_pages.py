"""doc-check on Huawei Cloud API pages: cell-per-line and row-per-line tables."""

from __future__ import annotations

from tests.support.pages import CheckText, by_rule, edit, line_of, page_text
from toolchain.doccheck.huawei_page import read_huawei_page

PAGE = page_text("huawei-en.txt")
ROWS = page_text("huawei-zh-rows.txt")
SPEC = "huaweicloud/gadget/v2"
OPERATION = f"{SPEC}#/paths/~1v2~1{{project_id}}~1gadgets/get"


def test_a_page_that_agrees_with_the_spec(check_text: CheckText) -> None:
    report = check_text(PAGE)
    assert report.agrees, [str(f) for f in report.findings]
    assert report.facts["operation"] == "ListGadgets"
    assert report.facts["page documents"] == "GET /v2/{project_id}/gadgets"


def test_tables_without_titles_are_told_apart() -> None:
    page = read_huawei_page(PAGE)
    roles = [(t.role, t.name, [f.name for f in t.fields][:2]) for t in page.tables]
    assert roles == [
        ("path", "", ["project_id"]),
        ("query", "", ["limit", "sort_dir"]),
        ("header", "", ["X-Auth-Token", "X-App-Id"]),
        ("response-header", "200", ["X-Request-Id"]),
        ("response-body", "200", ["count", "gadgets"]),
        ("structure", "Gadget", ["gadget_id", "state"]),
        ("structure", "GadgetDetail", ["link", "weight"]),
        ("structure", "ErrorBody", ["error_code", "error_msg"]),
        ("response-body", "400", ["error_code", "error_msg"]),
        ("status-codes", "", ["200", "400"]),
    ]
    limit = page.tables[1].fields[0]
    assert limit.description == "Page size.\nValue range: 1-50"  # a wrapped cell
    assert page.examples[0].url.endswith("/gadgets?limit=5")


def test_a_chinese_page_with_one_row_per_line(check_text: CheckText) -> None:
    report = check_text(ROWS)
    assert report.agrees, [str(f) for f in report.findings]
    assert report.facts["page format"] == "Huawei Cloud API page (Chinese)"


def test_titled_tables_are_placed_by_their_titles() -> None:
    page = read_huawei_page(ROWS)
    roles = [(t.role, t.name) for t in page.tables]
    assert roles == [
        ("path", ""),
        ("query", ""),
        ("header", ""),
        ("response-header", "200"),
        ("response-body", "200"),
        ("structure", "Gadget"),
        ("structure", "ErrorBody"),  # before GadgetDetail, out of the order they are named in
        ("structure", "GadgetDetail"),
        ("response-body", "400"),
        ("status-codes", ""),
    ]
    (sort_dir,) = [f for f in page.tables[1].fields if f.name == "sort_dir"]
    assert sort_dir.declared("query", states_nullability=False).values == ("asc", "desc")


def test_a_changed_cell_in_a_row(check_text: CheckText) -> None:
    text = edit(ROWS, "| weight | Float | 重量，单位克。 |", "| weight | String | 重量。 |")
    report = check_text(text)
    (kind,) = by_rule(report, "type")
    assert kind.message == "GadgetDetail.weight is string on the page, number in the spec"
    assert kind.source == f"line {line_of(text, '| weight |')} (GadgetDetail)"


def test_parameters_missing_typed_differently_or_required(check_text: CheckText) -> None:
    text = edit(PAGE, "ids |\nNo |\nArray of strings |", "tags |\nNo |\nArray of strings |")
    text = edit(text, "limit |\nNo |\nInteger |", "limit |\nYes |\nString |")
    report = check_text(text)
    (extra,) = by_rule(report, "field-missing-in-spec")
    assert extra.message.startswith("ListGadgets.tags (array of string) is on the page")
    assert extra.source == f"line {line_of(text, 'tags |')} (query parameters)"
    (missing,) = by_rule(report, "field-missing-on-page")
    assert missing.message == "ListGadgets.ids is in the spec, not on the page"
    assert missing.spec == f"{OPERATION}/parameters/3"
    (kind,) = by_rule(report, "type")
    assert kind.message == "ListGadgets.limit is string on the page, integer in the spec"
    (required,) = by_rule(report, "required")
    assert required.message == "ListGadgets.limit is required on the page, optional in the spec"


def test_a_parameter_in_another_place(check_text: CheckText) -> None:
    text = edit(PAGE, "X-App-Id |\nNo |\nString |\nCaller's application. |\n", "")
    text = edit(text, "ids |\nNo |", "X-App-Id |\nNo |\nString |\nApp. |\nids |\nNo |")
    report = check_text(text)
    (moved,) = by_rule(report, "parameter-location")
    assert (
        moved.message == "X-App-Id is a query parameter on the page, a header parameter in the spec"
    )


def test_enum_values_in_cells(check_text: CheckText) -> None:
    text = edit(PAGE, "- desc: newest first |", "- desc: newest first\n- rand: shuffled |")
    text = edit(text, "- READY: usable |", "- READY: usable\n- GONE: deleted |")
    report = check_text(text)
    added = {f.message.split(":")[0] for f in by_rule(report, "enum-value-missing-in-spec")}
    assert added == {"ListGadgets.sort_dir", "Gadget.state"}


def test_nested_structures_without_titles_are_compared(check_text: CheckText) -> None:
    text = edit(PAGE, "weight |\nFloat |", "weight |\nInteger |")
    text = edit(text, "detail |\nGadgetDetail object |", "detail |\nGadgetInfo object |")
    text = edit(text, "link |\nString |\nWhere to fetch it. |\n", "")
    report = check_text(text)
    (renamed,) = by_rule(report, "structure-name")
    assert renamed.message == "Gadget.detail holds GadgetInfo on the page, GadgetDetail in the spec"
    # The renamed structure's table is still the one `detail` leads to.
    (kind,) = by_rule(report, "type")
    assert kind.message == "GadgetInfo.weight is integer on the page, number in the spec"
    (missing,) = by_rule(report, "field-missing-on-page")
    assert missing.spec == f"{SPEC}#/components/schemas/GadgetDetail/properties/link"


def test_status_codes_and_response_headers(check_text: CheckText) -> None:
    text = edit(
        PAGE,
        "400 |\nA parameter is wrong. |",
        "400 |\nA parameter is wrong. |\n403 |\nNo access. |",
    )
    text = edit(text, "X-Request-Id |\nString |\nRequest ID. |", "X-Trace-Id |\nString |\nTrace. |")
    report = check_text(text)
    (status,) = by_rule(report, "status-code")
    assert status.message == "the page documents a 403 response; the spec does not"
    (extra,) = by_rule(report, "header-missing-in-spec")
    assert "X-Trace-Id" in extra.message
    (missing,) = by_rule(report, "header-missing-on-page")
    assert missing.spec.endswith("/responses/200/headers/X-Request-Id")


def test_error_codes_of_the_examples(check_text: CheckText) -> None:
    text = edit(PAGE, '"error_code" : "GDG.0001"', '"error_code" : "GDG.0009"')
    report = check_text(text)
    (added,) = by_rule(report, "error-code-added")
    assert "GDG.0009" in added.message
    assert not by_rule(report, "error-code-removed")  # the page lists no codes of its own


def test_examples_that_no_longer_validate(check_text: CheckText) -> None:
    text = edit(PAGE, '"weight" : 2.5', '"weight" : "heavy"')
    text = edit(text, "gadgets?limit=5", "gadgets?limit=500&colour=red")
    report = check_text(text)
    messages = sorted(f.message for f in by_rule(report, "example-invalid"))
    assert messages == [
        "request example limit does not validate against the spec: at (root): 500 is greater "
        "than the maximum of 50",
        "request example sends colour, which the spec does not define",
        "response example (200) does not validate against the spec: at gadgets/0/detail/weight: "
        "'heavy' is not of type 'number'",
    ]


def test_the_last_updated_line_the_spec_does_not_record(check_text: CheckText) -> None:
    text = edit(PAGE, "Function\n", "Updated on: 2025-03-04 05:06:07\nFunction\n")
    report = check_text(text)
    (found,) = by_rule(report, "last-updated")
    assert found.source == f"line {line_of(text, 'Updated on')} (last updated)"
    assert "does not record when its page was updated" in found.message


def test_a_lost_mandatory_column(check_text: CheckText) -> None:
    text = edit(
        PAGE,
        "Mandatory |\nType |\nDescription |\n---|---|---|---|\nlimit |\nNo |\nInteger |",
        "Type |\nDescription |\n---|---|---|\nlimit |\nInteger |",
    )
    text = edit(text, "sort_dir |\nNo |\n", "sort_dir |\n")
    text = edit(text, "ids |\nNo |\n", "ids |\n")
    report = check_text(text)
    assert report.agrees, [str(f) for f in report.findings]
    (lost,) = by_rule(report, "lost-column")
    assert "lost its Mandatory column" in lost.message
