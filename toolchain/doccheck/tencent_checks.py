"""A Tencent Cloud API page against the spec of its action."""

from __future__ import annotations

from urllib.parse import urlparse

from speclib.examples import ExampleChecker
from speclib.schema_facts import escape, follow, has_schema, schema_pointer
from speclib.walk import resolve
from toolchain.declared_fields import Strictness
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
from toolchain.doccheck.page import Page
from toolchain.doccheck.target import Target
from toolchain.findings import Finding

# Output tables note nullable fields ("may return null"); silence means not null.
OUTPUT_FIELDS = Strictness(
    nullable_silence="warning", values_silence="warning", open_enum="warning"
)


def check_tencent(page: Page, target: Target) -> list[Finding]:
    findings = _check_facts(page, target)
    findings += check_last_updated(page, target)
    name = target.name
    operation = f"/paths/{escape(target.operation.path)}/{target.operation.method}"
    body = follow(target.document, f"{operation}/requestBody") + "/content/application~1json/schema"
    reply = (
        follow(target.document, f"{operation}/responses/200") + "/content/application~1json/schema"
    )
    reached: set[str] = set()
    for role, schema, strictness in (
        ("input", f"{name}Request", REQUEST_FIELDS),
        ("output", f"{name}Response", OUTPUT_FIELDS),
    ):
        tables = page.tables_with(role)
        label = "Input Parameters" if role == "input" else "Output Parameters"
        if not tables:
            findings.append(
                Finding(
                    "section-missing", "warning", f"the page has no {label} table", "", "", label
                )
            )
            continue
        pointer = schema_pointer(schema) if has_schema(target.document, schema) else None
        if role == "input" and pointer is None:
            pointer = follow(target.document, body)
        if pointer is None:
            findings.append(
                Finding(
                    "structure-missing-in-spec",
                    "error",
                    f"the spec has no schema {schema}",
                    line(tables[0].line, label),
                    target.where(),
                    schema,
                )
            )
            continue
        for table in tables:
            findings += compare_table(
                page,
                target,
                table,
                pointer,
                schema,
                strictness,
                reached=reached,
                states_nullability=role == "output",
            )
    findings += unmatched_tables(page, reached)
    findings += check_error_codes(page, target, page_lists_all=True)
    findings += _check_examples(page, target, body, reply)
    return findings


def _check_facts(page: Page, target: Target) -> list[Finding]:
    document = target.document
    findings: list[Finding] = []
    if page.action is not None and page.action.value != target.name:
        findings.append(
            Finding(
                "operation",
                "warning",
                f"the page documents {page.action.value}; it was compared with {target.name}",
                line(page.action.line, "Action"),
                target.where(),
                page.action.value,
            )
        )
    if (
        page.version is not None
        and str(document.get("x-videoapi-api-version")) != page.version.value
    ):
        findings.append(
            Finding(
                "version",
                "error",
                f"the page's version is {page.version.value}, the spec's "
                f"{document.get('x-videoapi-api-version')}",
                line(page.version.line, "Version"),
                target.where("/x-videoapi-api-version"),
                "x-videoapi-api-version",
            )
        )
    hosts = [
        urlparse(str(server.get("url", ""))).hostname for server in document.get("servers", [])
    ]
    if page.domain is not None and page.domain.value not in hosts:
        findings.append(
            Finding(
                "domain",
                "error",
                f"the page's request domain {page.domain.value} is not among the spec's servers "
                f"({', '.join(h for h in hosts if h)})",
                line(page.domain.line, "request domain"),
                target.where("/servers"),
                "servers",
            )
        )
    if page.regions is not None and page.regions.value:
        ours = [str(region) for region in document.get("x-videoapi-regions") or []]
        if sorted(ours) != sorted(page.regions.value):
            findings.append(
                Finding(
                    "region",
                    "error",
                    f"the page supports {', '.join(page.regions.value)}; the spec says "
                    f"{', '.join(ours) or 'nothing'}",
                    line(page.regions.line, "Region"),
                    target.where("/x-videoapi-regions"),
                    "x-videoapi-regions",
                )
            )
    findings += check_rate_limit(page, target)
    return findings


def check_rate_limit(page: Page, target: Target) -> list[Finding]:
    if page.rate_limit is None:
        return []
    requests, per = page.rate_limit.value
    ours = target.operation.node.get("x-videoapi-rate-limit") or {}
    if ours.get("requests") == requests and ours.get("per") == per:
        return []
    stated = f"{ours.get('requests')} per {ours.get('per')}" if ours else "none"
    pointer = (
        f"/paths/{escape(target.operation.path)}/{target.operation.method}/x-videoapi-rate-limit"
    )
    return [
        Finding(
            "rate-limit",
            "error",
            f"the page allows {requests} requests per {per}; the spec states {stated}",
            line(page.rate_limit.line, "rate limit"),
            target.where(pointer),
            "x-videoapi-rate-limit",
        )
    ]


def _check_examples(page: Page, target: Target, body: str, reply: str) -> list[Finding]:
    checker = ExampleChecker(target.document)
    findings: list[Finding] = []
    for subject, example in page.numbered_examples():
        label = f"{example.title or 'example'}, {example.role}".strip(", ")
        where = line(example.line, f"{example.role} example")
        if example.error:
            findings.append(
                Finding(
                    "example-unreadable",
                    "warning",
                    f"{label}: {example.error}",
                    where,
                    "",
                    subject,
                )
            )
            continue
        if example.role == "request":
            value = example.value
            if example.method == "GET":
                schema = resolve(target.document, {"$ref": f"#{body}"})
                value = coerce(target.document, schema, value)
                action = (example.query.get("Action") or [""])[0]
                if action and action != target.name:
                    findings.append(
                        Finding(
                            "example-invalid",
                            "error",
                            f"{label} calls {action}, not {target.name}",
                            where,
                            target.where(),
                            subject,
                        )
                    )
            findings += validate(checker, target, body, value, where, label, subject)
        else:
            findings += validate(checker, target, reply, example.value, where, label, subject)
    return findings
