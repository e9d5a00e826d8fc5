"""`doc-check`: a saved vendor API page against our spec of the operation it documents.

Reads the page (Tencent Cloud in English or Chinese, Huawei Cloud), finds the
operation, and reports each disagreement with where it is on the page and in
the spec. Rules are listed in README.md ("When the vendor docs change").
Differences the spec accepts (`x-videoapi-doc-check-accepted`) are reported, not counted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from clouds import Cloud, cloud_named
from clouds.huaweicloud import HUAWEICLOUD
from clouds.tencentcloud import TENCENTCLOUD
from speclib.bundle import bundle_spec
from speclib.catalog import SPECS, SpecFile, find_specs
from speclib.walk import operations
from toolchain.doccheck.acceptance import apply_acceptances
from toolchain.doccheck.checks import check_lost_columns
from toolchain.doccheck.huawei_checks import check_huawei
from toolchain.doccheck.huawei_page import looks_huawei, read_huawei_page
from toolchain.doccheck.page import Page
from toolchain.doccheck.target import Target, find_target
from toolchain.doccheck.tencent_checks import check_tencent
from toolchain.doccheck.tencent_page import looks_tencent, read_tencent_page
from toolchain.findings import Finding, Report

# How a page of each cloud is held against its spec.
CHECKS_BY_CLOUD: dict[Cloud, Callable[[Page, Target], list[Finding]]] = {
    TENCENTCLOUD: check_tencent,
    HUAWEICLOUD: check_huawei,
}


class UnreadablePage(ValueError):
    """The text is not a page of a format doc-check reads."""


class UnknownOperation(LookupError):
    """--operation names no operation of any spec."""


def read_page(text: str, known_structures: set[str]) -> Page:
    if looks_huawei(text):
        return read_huawei_page(text)
    if looks_tencent(text):
        return read_tencent_page(text, known_structures)
    raise UnreadablePage(
        "not a Tencent Cloud API page (no request domain or Input Parameters section) nor a "
        "Huawei Cloud API page (no URI line and parameter tables)"
    )


def check_page(path: Path, operation: str | None = None, specs_root: Path = SPECS) -> Report:
    text = path.read_text(encoding="utf-8")
    bundles: list[tuple[SpecFile, dict[str, Any]]] = [
        (spec, bundle_spec(spec.path)) for spec in find_specs(specs_root)
    ]
    known = {
        name
        for _, document in bundles
        for name in document.get("components", {}).get("schemas", {})
    }
    page = read_page(text, known)
    report = Report(tool="doc-check", subject=str(path), source_label="page")
    report.facts["page format"] = page.format_name
    documented = page.action.value if page.action else None
    if page.request_line is not None:
        documented = " ".join(page.request_line.value)
    report.facts["page documents"] = documented or "(not found on the page)"
    if page.last_updated is not None:
        report.facts["page last updated"] = page.last_updated.value
    target = find_target(page, bundles, operation)
    if target is None and operation is not None:
        names = sorted(
            found.operation_id
            for _, document in bundles
            for found in operations(document)
            if found.operation_id
        )
        raise UnknownOperation(
            f"no spec has the operation {operation}; the operations are: {', '.join(names)}"
        )
    if target is None:
        wanted = operation or documented
        report.findings.append(
            Finding(
                "operation-not-found",
                "error",
                f"no spec has the operation {wanted}"
                if wanted
                else "the page names no action or URI; give --operation",
                f"line {page.action.line}" if page.action else "",
                "",
            )
        )
        return report
    report.facts["spec"] = target.spec.name
    report.facts["operation"] = target.name
    recorded = (target.document.get("info", {}).get("x-videoapi-last-updated") or {}).get(
        target.name
    )
    if recorded is not None:
        report.facts["spec written from page of"] = str(recorded)
    findings = check_lost_columns(page)
    findings += CHECKS_BY_CLOUD[cloud_named(page.vendor)](page, target)
    report.findings = apply_acceptances(findings, target)
    return report
