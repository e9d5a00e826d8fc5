"""Findings of the tools that hold the specs against the vendors (doc-check, drift).

A finding names a rule, a severity, what it is about (its subject: a field, an
error code, an example), where it is in the vendor's material (a page line, a
metadata file) and where in our spec. Rule and subject are its identity: they
stay the same when the page moves or a message is reworded, so a maintainer
can accept a known difference by them (as SARIF's suppressions keep a result
with its justification). An accepted finding stays in the report with its
reason and does not count. A report is a list of findings with a few facts
about what was compared, rendered as Markdown or JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    source: str = ""  # where in the vendor's material (page line, metadata path)
    spec: str = ""  # where in our spec (spec name and JSON pointer into its bundle)
    subject: str = ""  # what it is about: "Structure.field", an error code, "response example 2"
    accepted: str | None = None  # the maintainers' reason, when the spec accepts it

    @property
    def counts(self) -> bool:
        """An error or a warning nobody has accepted."""
        return self.accepted is None and self.severity in ("error", "warning")

    def as_dict(self) -> dict[str, str]:
        entry = {
            "rule": self.rule,
            "severity": self.severity,
            "subject": self.subject,
            "message": self.message,
            "source": self.source,
            "spec": self.spec,
        }
        if self.accepted is not None:
            entry["accepted"] = self.accepted
        return entry


@dataclass
class Report:
    tool: str
    subject: str  # what was checked, e.g. the page file
    source_label: str  # what `Finding.source` points into, e.g. "page"
    facts: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        """No error and no warning: the vendor's material and the spec agree."""
        return not any(f.counts for f in self.findings)

    @property
    def exit_code(self) -> int:
        return 0 if self.agrees else 1

    def count(self, severity: str) -> int:
        return sum(1 for f in self.open_findings() if f.severity == severity)

    def open_findings(self) -> list[Finding]:
        """The findings not accepted, by severity (stable: within one, in the order found)."""
        found = [f for f in self.findings if f.accepted is None]
        return sorted(found, key=lambda f: SEVERITY_ORDER[f.severity])

    def accepted_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.accepted is not None]

    def as_dict(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "subject": self.subject,
            "facts": dict(self.facts),
            "summary": {
                "agrees": self.agrees,
                "errors": self.count("error"),
                "warnings": self.count("warning"),
                "info": self.count("info"),
                "accepted": len(self.accepted_findings()),
            },
            "findings": [f.as_dict() for f in self.open_findings()],
            "accepted": [f.as_dict() for f in self.accepted_findings()],
        }


def render_json(report: Report) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    lines = [f"# {report.tool}: {report.subject}", ""]
    if report.facts:
        lines += ["| | |", "|---|---|"]
        lines += [f"| {_cell(key)} | {_cell(value)} |" for key, value in report.facts.items()]
        lines.append("")
    errors, warnings, info = report.count("error"), report.count("warning"), report.count("info")
    accepted = report.accepted_findings()
    verdict = "agree" if report.agrees else "disagree"
    also = f", {len(accepted)} accepted" if accepted else ""
    lines.append(
        f"**{errors} errors, {warnings} warnings, {info} notes{also}**: "
        f"the {report.source_label} and the spec {verdict}."
    )
    found = report.open_findings()
    if found:
        lines += [
            "",
            f"| severity | rule | {report.source_label} | spec | finding |",
            "|---|---|---|---|---|",
        ]
        for finding in found:
            lines.append(
                f"| {finding.severity} | {finding.rule} | {_cell(finding.source)} "
                f"| {_spec_cell(finding)} | {_cell(finding.message)} |"
            )
    if accepted:
        lines += [
            "",
            "Accepted differences (the spec's `x-videoapi-doc-check-accepted`):",
            "",
            f"| rule | subject | {report.source_label} | spec | finding | reason |",
            "|---|---|---|---|---|---|",
        ]
        for finding in accepted:
            lines.append(
                f"| {finding.rule} | {_cell(finding.subject)} | {_cell(finding.source)} "
                f"| {_spec_cell(finding)} | {_cell(finding.message)} "
                f"| {_cell(finding.accepted or '')} |"
            )
    return "\n".join(lines) + "\n"


def _spec_cell(finding: Finding) -> str:
    return f"`{_cell(finding.spec)}`" if finding.spec else ""


def render(report: Report, output_format: str) -> str:
    if output_format == "json":
        return render_json(report)
    return render_markdown(report)
