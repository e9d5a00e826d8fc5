"""Checks every page format shares: last updated, error codes, nested tables, examples."""

from __future__ import annotations

from typing import Any

from speclib.examples import ExampleChecker
from speclib.schema_facts import object_fields
from toolchain.declared_fields import FieldComparison, Strictness, compare_fields
from toolchain.doccheck.page import Page, PageTable
from toolchain.doccheck.target import Target
from toolchain.findings import Finding

REQUEST_FIELDS = Strictness(nullable_silence=None, values_silence="warning", open_enum="warning")


def line(number: int, what: str = "") -> str:
    return f"line {number} ({what})" if what else f"line {number}"


def check_last_updated(page: Page, target: Target) -> list[Finding]:
    if page.last_updated is None:
        return []
    recorded = (target.document.get("info", {}).get("x-videoapi-last-updated") or {}).get(
        target.name
    )
    stated = page.last_updated.value
    where = line(page.last_updated.line, "last updated")
    pointer = f"/info/x-videoapi-last-updated/{target.name}"
    if recorded is None:
        return [
            Finding(
                "last-updated",
                "warning",
                f"the page was last updated {stated}; the spec does not record when its page "
                f"was updated (info.x-videoapi-last-updated.{target.name})",
                where,
                target.where("/info"),
                "x-videoapi-last-updated",
            )
        ]
    if str(recorded) != stated:
        return [
            Finding(
                "last-updated",
                "warning",
                f"the page was last updated {stated}; the spec was written from the page of "
                f"{recorded}",
                where,
                target.where(pointer),
                "x-videoapi-last-updated",
            )
        ]
    return []


def check_error_codes(page: Page, target: Target, *, page_lists_all: bool) -> list[Finding]:
    """Codes on the page against the operation's x-videoapi-operation-error-codes; when the
    page lists the operation's codes (Tencent), codes only the spec has are findings too."""
    listed = target.operation.node.get("x-videoapi-operation-error-codes") or {}
    pointer = (
        f"/paths/{_escape(target.operation.path)}/{target.operation.method}"
        "/x-videoapi-operation-error-codes"
    )
    findings: list[Finding] = []
    seen: set[str] = set()
    for code in page.error_codes:
        if code.code in seen:
            continue
        seen.add(code.code)
        if code.code not in listed:
            findings.append(
                Finding(
                    "error-code-added",
                    "error",
                    f"{code.code} is on the page, not among the operation's error codes",
                    line(code.line, "error codes"),
                    target.where(pointer),
                    code.code,
                )
            )
    if page_lists_all and page.error_code_section:
        for code in listed:
            if code not in seen:
                findings.append(
                    Finding(
                        "error-code-removed",
                        "error",
                        f"{code} is among the operation's error codes in the spec, not on the page",
                        line(page.error_code_section, "error codes"),
                        target.where(f"{pointer}/{_escape(str(code))}"),
                        str(code),
                    )
                )
    return findings


def check_lost_columns(page: Page) -> list[Finding]:
    findings: list[Finding] = []
    for table in page.tables:
        lost = list(table.lost_columns)
        if "Required" not in lost and "Mandatory" not in lost and table.role in ("input",):
            missing = [f.name for f in table.fields if f.required is None]
            if missing:
                lost.append(f"Required (no value on the rows of {', '.join(missing)})")
        if lost:
            findings.append(
                Finding(
                    "lost-column",
                    "info",
                    f"the {table.label} table has lost its {', '.join(lost)} column; "
                    "what it held is not compared",
                    line(table.line, table.label),
                    "",
                    table.label,
                )
            )
    for number, note in page.notes:
        findings.append(Finding("page-damage", "info", note, line(number), ""))
    return findings


def compare_table(
    page: Page,
    target: Target,
    table: PageTable,
    pointer: str,
    structure: str,
    strictness: Strictness,
    *,
    reached: set[str],
    states_nullability: bool = False,
    skip: frozenset[str] = frozenset(),
) -> list[Finding]:
    """A page table against the object schema at `pointer`, then the structures both
    hold, as far as the page has tables for them."""
    comparison = compare_fields(
        [f.declared(table.label, states_nullability=states_nullability) for f in table.fields],
        object_fields(target.document, pointer),
        structure=structure,
        spec_name=target.spec.name,
        strictness=strictness,
        skip=skip,
        pointer=f"{pointer}/properties",
    )
    return comparison.findings + compare_nested(page, target, comparison, strictness, reached)


def compare_nested(
    page: Page,
    target: Target,
    comparison: FieldComparison,
    strictness: Strictness,
    reached: set[str],
) -> list[Finding]:
    """The page's structure tables the compared fields lead to (names go to `reached`)."""
    findings: list[Finding] = []
    structures = {t.name: t for t in page.tables_with("structure") if t.name}
    pending = list(comparison.nested)
    visited: set[tuple[str, str]] = set()
    while pending:
        declared, ours = pending.pop(0)
        table = structures.get(declared.member or "")
        key = (declared.member or "", ours.shape.structure)
        if table is None or key in visited:
            continue
        visited.add(key)
        reached.add(table.name)
        nested = compare_fields(
            [f.declared(table.label or table.name, states_nullability=False) for f in table.fields],
            object_fields(target.document, ours.shape.structure),
            structure=table.name,
            spec_name=target.spec.name,
            strictness=strictness,
            pointer=f"{ours.shape.structure}/properties",
        )
        findings += nested.findings
        pending += nested.nested
    return findings


def unmatched_tables(page: Page, reached: set[str]) -> list[Finding]:
    findings = []
    for table in page.tables_with("structure"):
        if table.name not in reached:
            name = table.name or "an unnamed structure"
            findings.append(
                Finding(
                    "unmatched-table",
                    "info",
                    f"the table of {name} is not reached from a field the spec also has; "
                    "not compared",
                    line(table.line, table.label),
                    "",
                    name,
                )
            )
    return findings


def validate(
    checker: ExampleChecker,
    target: Target,
    pointer: str,
    value: Any,
    where: str,
    label: str,
    subject: str,
) -> list[Finding]:
    """One finding per example that does not validate, naming each problem; `subject`
    names the example by its place on the page ("response example 2")."""
    problems = [error.message for error in checker.errors_for(pointer, value, label)]
    if not problems:
        return []
    if len(problems) > 3:
        problems = [*problems[:3], f"and {len(problems) - 3} more"]
    return [
        Finding(
            "example-invalid",
            "error",
            f"{label} does not validate against the spec: {'; '.join(problems)}",
            where,
            target.where(pointer),
            subject,
        )
    ]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
