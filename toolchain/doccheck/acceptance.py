"""Differences from the vendor page that the maintainers have accepted.

An operation lists them in `x-videoapi-doc-check-accepted`, each as the identity of a
doc-check finding (rule id and subject: a field, an error code, an example by
its place) and the reason it is right as it is:

    x-videoapi-doc-check-accepted:
      - rule: error-code-removed
        subject: ResourceUnavailable.InterfaceUnAuthorized
        reason: the SDKs list it for this action; the page does not

doc-check keeps such a finding in its report with the reason, and does not
count it. An acceptance no finding matches any more is reported as stale (a
warning), so the list shrinks when the page or the spec catches up, the way
linters report unused suppressions. Messages and page lines are not part of
the identity: they change when the page is reflowed or a message is reworded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from speclib.schema_facts import escape
from toolchain.doccheck.target import Target
from toolchain.findings import Finding

EXTENSION = "x-videoapi-doc-check-accepted"
STALE_RULE = "acceptance-stale"

# The doc-check rules whose findings count (errors and warnings), so can be accepted.
ACCEPTABLE_RULES: dict[str, str] = {
    "field-missing-in-spec": "a parameter or field on the page only",
    "field-missing-on-page": "a parameter or field in the spec only",
    "type": "a field's type",
    "structure-name": "the structure a field holds",
    "format": "a number's format (int64, ...)",
    "required": "a field's Required/Mandatory flag",
    "nullable": "whether a field may be null",
    "enum-value-missing-in-spec": "a value the page names, not in the enum",
    "enum-value-not-on-page": "an enum value the page does not name",
    "enum-not-in-spec": "values the page names for a field without an enum",
    "error-code-added": "an error code on the page only",
    "error-code-removed": "an error code in the spec only",
    "version": "the action's version",
    "domain": "the request domain",
    "region": "the regions",
    "rate-limit": "the rate limit",
    "uri": "the method and URI",
    "status-code": "a response status on one side only",
    "parameter-location": "where a parameter goes",
    "header-missing-in-spec": "a response header on the page only",
    "header-missing-on-page": "a response header in the spec only",
    "example-invalid": "a page example that does not validate against the spec",
    "example-unreadable": "a page example that cannot be read",
    "last-updated": "the page's last-updated line",
    "section-missing": "a section the page lacks",
    "structure-missing-in-spec": "a schema the spec lacks",
    "operation": "the page documents another operation",
}
# Notes (never counted, nothing to accept) and the rules about the check itself.
OTHER_RULES = frozenset(
    {"lost-column", "unmatched-table", "page-damage", "operation-not-found", STALE_RULE}
)


@dataclass(frozen=True)
class Acceptance:
    rule: str
    subject: str
    reason: str
    pointer: str  # JSON pointer of the entry in the bundled spec

    def matches(self, finding: Finding) -> bool:
        return finding.rule == self.rule and finding.subject == self.subject


def acceptances(target: Target) -> list[Acceptance]:
    operation = target.operation
    base = f"/paths/{escape(operation.path)}/{operation.method}/{EXTENSION}"
    entries = operation.node.get(EXTENSION) or []
    if not isinstance(entries, list):
        return []  # the house rule `doc-check-accepted` reports the shape
    return [
        Acceptance(
            str(entry.get("rule", "")),
            str(entry.get("subject", "")),
            str(entry.get("reason", "")),
            f"{base}/{index}",
        )
        for index, entry in enumerate(entries)
        if isinstance(entry, Mapping)
    ]


def apply_acceptances(findings: list[Finding], target: Target) -> list[Finding]:
    """`findings` with the accepted ones marked, then one warning per stale acceptance."""
    accepted = acceptances(target)
    used: set[Acceptance] = set()
    result: list[Finding] = []
    for finding in findings:
        match = next((a for a in accepted if a.matches(finding)), None)
        if match is None:
            result.append(finding)
            continue
        used.add(match)
        result.append(replace(finding, accepted=match.reason))
    for acceptance in accepted:
        if acceptance not in used:
            result.append(
                Finding(
                    STALE_RULE,
                    "warning",
                    f"{target.name} accepts a {acceptance.rule} finding about "
                    f"{acceptance.subject}; the page and the spec no longer differ there: "
                    f"remove the acceptance",
                    "",
                    target.where(acceptance.pointer),
                    f"{acceptance.rule} {acceptance.subject}",
                )
            )
    return result


def entry_problems(entry: Any) -> list[str]:
    """What is wrong with one `x-videoapi-doc-check-accepted` entry (for the house rule)."""
    if not isinstance(entry, Mapping):
        return ["an acceptance is a mapping with rule, subject and reason"]
    problems = [
        f"has no {key}" for key in ("rule", "subject", "reason") if not _text(entry.get(key))
    ]
    unknown = sorted(set(entry) - {"rule", "subject", "reason"})
    if unknown:
        problems.append(f"has unknown keys {', '.join(map(str, unknown))}")
    rule = entry.get("rule")
    if _text(rule) and rule not in ACCEPTABLE_RULES:
        problems.append(f"names {rule!r}, not a doc-check rule whose findings can be accepted")
    return problems


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
