"""A Huawei Cloud API page against the spec of its operation."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, urlparse

from speclib.examples import ExampleChecker
from speclib.schema_facts import escape, follow, parameter_fields, raw_node
from speclib.walk import resolve
from toolchain.declared_fields import Strictness, compare_fields
from toolchain.doccheck.checks import (
    REQUEST_FIELDS,
    check_error_codes,
    check_last_updated,
    compare_table,
    line,
    unmatched_tables,
    validate,
)
from toolchain.doccheck.example_text import coerce
from toolchain.doccheck.page import Page, PageField
from toolchain.doccheck.target import Target
from toolchain.findings import Finding

RESPONSE_FIELDS = Strictness(nullable_silence=None, values_silence="warning", open_enum="warning")
PARAMETER_ROLES = ("path", "query", "header")


def check_huawei(page: Page, target: Target) -> list[Finding]:
    operation = target.operation
    base = f"/paths/{escape(operation.path)}/{operation.method}"
    findings: list[Finding] = []
    if page.request_line is not None:
        method, path = page.request_line.value
        if method.lower() != operation.method or _template(path) != _template(operation.path):
            findings.append(
                Finding(
                    "uri",
                    "error",
                    f"the page documents {method} {path}; the spec has "
                    f"{operation.method.upper()} {operation.path}",
                    line(page.request_line.line, "URI"),
                    target.where(base),
                    "uri",
                )
            )
    findings += check_last_updated(page, target)
    findings += _check_parameters(page, target)
    reached: set[str] = set()
    for table in page.tables_with("body"):
        body = follow(target.document, f"{base}/requestBody")
        schema = follow(target.document, f"{body}/content/application~1json/schema")
        if raw_node(target.document, schema) is None:
            findings.append(
                Finding(
                    "field-missing-in-spec",
                    "error",
                    "the page documents a request body; the spec has none",
                    line(table.line, "request body"),
                    target.where(base),
                    f"{target.name} body",
                )
            )
            continue
        findings += compare_table(
            page, target, table, schema, f"{target.name} body", REQUEST_FIELDS, reached=reached
        )
    findings += _check_responses(page, target, reached)
    findings += unmatched_tables(page, reached)
    findings += check_error_codes(page, target, page_lists_all=False)
    findings += _check_examples(page, target)
    return findings


def _template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path.rstrip("/"))


def _security_headers(document: dict[str, Any]) -> set[str]:
    names = set()
    for scheme in (document.get("components", {}).get("securitySchemes") or {}).values():
        scheme = resolve(document, scheme)
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            names.add(str(scheme.get("name")))
        elif scheme.get("type") == "http":
            names.add("Authorization")
    return names


def _check_parameters(page: Page, target: Target) -> list[Finding]:
    operation = target.operation
    spec_fields = parameter_fields(target.document, operation.path, operation.method)
    on_page: list[tuple[str, PageField]] = [
        (table.role, item)
        for table in page.tables
        if table.role in PARAMETER_ROLES
        for item in table.fields
    ]
    if not on_page:
        return []
    security = _security_headers(target.document)
    skip = frozenset(
        name for role, item in on_page if role == "header" and (name := item.name) in security
    )
    labels = {"path": "path parameters", "query": "query parameters", "header": "request headers"}
    comparison = compare_fields(
        [item.declared(labels[role], states_nullability=False) for role, item in on_page],
        spec_fields,
        structure=target.name,
        spec_name=target.spec.name,
        strictness=REQUEST_FIELDS,
        skip=skip,
        pointer=f"/paths/{escape(operation.path)}/{operation.method}/parameters",
    )
    findings = comparison.findings
    for role, item in on_page:
        ours = spec_fields.get(item.name)
        if ours is not None and ours.location != role:
            findings.append(
                Finding(
                    "parameter-location",
                    "error",
                    f"{item.name} is a {role} parameter on the page, a {ours.location} "
                    "parameter in the spec",
                    line(item.line, labels[role]),
                    target.where(ours.pointer),
                    item.name,
                )
            )
    return findings


def _response_pointer(target: Target, status: str) -> str | None:
    base = f"/paths/{escape(target.operation.path)}/{target.operation.method}/responses/{status}"
    if raw_node(target.document, base) is None:
        return None
    return follow(target.document, base)


def _check_responses(page: Page, target: Target, reached: set[str]) -> list[Finding]:
    findings: list[Finding] = []
    responses = target.operation.node.get("responses") or {}
    spec_statuses = {str(status) for status in responses if str(status) != "default"}
    page_statuses: dict[str, int] = {}
    for fact in page.status_codes:
        page_statuses.setdefault(str(fact.value), fact.line)
    for table in page.tables:
        if table.role in ("response-body", "response-header") and table.name:
            page_statuses.setdefault(table.name, table.line)
    for status, number in sorted(page_statuses.items()):
        if status not in spec_statuses:
            findings.append(
                Finding(
                    "status-code",
                    "error",
                    f"the page documents a {status} response; the spec does not",
                    line(number, f"status {status}"),
                    target.where(
                        f"/paths/{escape(target.operation.path)}/{target.operation.method}/responses"
                    ),
                    status,
                )
            )
    if page_statuses:
        for status in sorted(spec_statuses - set(page_statuses)):
            findings.append(
                Finding(
                    "status-code",
                    "error",
                    f"the spec has a {status} response; the page does not document one",
                    "",
                    target.where(
                        f"/paths/{escape(target.operation.path)}/{target.operation.method}/responses/{status}"
                    ),
                    status,
                )
            )
    findings += _check_status_table(page, target, spec_statuses, page_statuses)
    findings += _check_missing_header_tables(page, target)
    for table in page.tables:
        if table.role not in ("response-body", "response-header") or not table.name:
            continue
        pointer = _response_pointer(target, table.name)
        if pointer is None:
            continue
        reply = resolve(target.document, {"$ref": f"#{pointer}"})
        if table.role == "response-header":
            findings += _compare_headers(target, table.fields, reply, pointer, table.name)
            continue
        schema = f"{pointer}/content/application~1json/schema"
        if raw_node(target.document, schema) is None:
            findings.append(
                Finding(
                    "field-missing-in-spec",
                    "error",
                    f"the page documents a body for status {table.name}; the spec has none",
                    line(table.line, f"status {table.name}"),
                    target.where(pointer),
                    f"{target.name} {table.name} body",
                )
            )
            continue
        findings += compare_table(
            page,
            target,
            table,
            follow(target.document, schema),
            f"{target.name} {table.name} body",
            RESPONSE_FIELDS,
            reached=reached,
        )
    return findings


def _check_status_table(
    page: Page, target: Target, spec_statuses: set[str], page_statuses: dict[str, int]
) -> list[Finding]:
    """The page's Status Codes table on its own: a status the spec has and the page
    documents elsewhere (a response table, an example) but left out of the table."""
    if not page.status_codes:
        return []
    listed = {str(fact.value) for fact in page.status_codes}
    section = min(fact.line for fact in page.status_codes)
    responses = f"/paths/{escape(target.operation.path)}/{target.operation.method}/responses"
    return [
        Finding(
            "status-code",
            "error",
            f"the spec has a {status} response; the page's status code table does not list it",
            line(section, "Status Codes"),
            target.where(f"{responses}/{status}"),
            f"{status} status table",
        )
        for status in sorted(spec_statuses - listed)
        if status in page_statuses  # (one missing from the whole page is reported above)
    ]


def _check_missing_header_tables(page: Page, target: Target) -> list[Finding]:
    """A response the page documents with a body table but no header table, where the
    spec's response has headers: the page's header table is gone (or never was)."""
    with_headers = {table.name for table in page.tables_with("response-header")}
    findings = []
    for table in page.tables_with("response-body"):
        if not table.name or table.name in with_headers:
            continue
        pointer = _response_pointer(target, table.name)
        if pointer is None:
            continue
        reply = resolve(target.document, {"$ref": f"#{pointer}"})
        for header in sorted(reply.get("headers") or {}):
            findings.append(
                Finding(
                    "header-missing-on-page",
                    "error",
                    f"the spec's {table.name} response has the header {header}; the page has "
                    "no response header table for it",
                    line(table.line, f"status {table.name}"),
                    target.where(f"{pointer}/headers/{escape(header)}"),
                    f"{table.name} {header}",
                )
            )
        with_headers.add(table.name)  # one body table per status is enough
    return findings


def _compare_headers(
    target: Target, fields: list[PageField], reply: dict[str, Any], pointer: str, status: str
) -> list[Finding]:
    ours = set(reply.get("headers") or {})
    findings = [
        Finding(
            "header-missing-in-spec",
            "error",
            f"the page's {status} response has the header {item.name}; the spec's does not",
            line(item.line, f"status {status} headers"),
            target.where(f"{pointer}/headers"),
            f"{status} {item.name}",
        )
        for item in fields
        if item.name not in ours
    ]
    named = {item.name for item in fields}
    findings += [
        Finding(
            "header-missing-on-page",
            "error",
            f"the spec's {status} response has the header {header}; the page's does not",
            "",
            target.where(f"{pointer}/headers/{escape(header)}"),
            f"{status} {header}",
        )
        for header in sorted(ours - named)
    ]
    return findings


def _check_examples(page: Page, target: Target) -> list[Finding]:
    checker = ExampleChecker(target.document)
    findings: list[Finding] = []
    servers = [str(server.get("url", "")) for server in target.document.get("servers", [])]
    endpoint = urlparse(servers[0]).netloc if servers else "example.com"
    for subject, example in page.numbered_examples():
        where = line(example.line, f"{example.role} example")
        label = f"{example.role} example" + (f" ({example.status})" if example.status else "")
        if example.error:
            findings.append(
                Finding(
                    "example-unreadable", "warning", f"{label}: {example.error}", where, "", subject
                )
            )
            continue
        if example.role == "request":
            findings += _check_request_example(
                checker, target, example.url, example.value, where, subject
            )
            continue
        pointer = _response_pointer(target, example.status)
        if pointer is None:
            continue  # the status itself is reported by the response checks
        value = example.value
        text = json.dumps(value)
        if "{endpoint}" in text:
            # The pages write the regional host as a placeholder; the first server stands in.
            value = json.loads(text.replace("{endpoint}", endpoint))
        findings += validate(
            checker,
            target,
            f"{pointer}/content/application~1json/schema",
            value,
            where,
            label,
            subject,
        )
    return findings


def _check_request_example(
    checker: ExampleChecker, target: Target, url: str, body: Any, where: str, subject: str
) -> list[Finding]:
    operation = target.operation
    parsed = urlparse(url.replace("{endpoint}", "endpoint"))
    pattern = "^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation.path)) + "$"
    match = re.match(pattern, parsed.path)
    findings: list[Finding] = []
    if match is None:
        return [
            Finding(
                "example-invalid",
                "error",
                f"the request example's path {parsed.path} does not match {operation.path}",
                where,
                target.where(f"/paths/{escape(operation.path)}"),
                subject,
            )
        ]
    values: dict[str, list[str]] = {name: [value] for name, value in match.groupdict().items()}
    values.update(parse_qs(parsed.query))
    fields = parameter_fields(target.document, operation.path, operation.method)
    for name, given in values.items():
        ours = fields.get(name)
        if ours is None:
            findings.append(
                Finding(
                    "example-invalid",
                    "error",
                    f"request example sends {name}, which the spec does not define",
                    where,
                    target.where(f"/paths/{escape(operation.path)}/{operation.method}/parameters"),
                    subject,
                )
            )
            continue
        value: Any = given if ours.shape.kind == "array" else given[0]
        value = coerce(target.document, ours.schema, value)
        findings += validate(
            checker,
            target,
            f"{ours.pointer}/schema",
            value,
            where,
            f"request example {name}",
            subject,
        )
    if body is not None:
        base = follow(
            target.document, f"/paths/{escape(operation.path)}/{operation.method}/requestBody"
        )
        findings += validate(
            checker,
            target,
            f"{base}/content/application~1json/schema",
            body,
            where,
            "request example body",
            subject,
        )
    return findings
