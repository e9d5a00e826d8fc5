"""Findings of the tools that hold the specs against the vendors (doc-check, drift).

A finding names a rule, a severity, where it is in the vendor's material (a
page line, a metadata file) and where in our spec. A report is a list of them
with a few facts about what was compared, rendered as Markdown or JSON.
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

    def as_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "source": self.source,
            "spec": self.spec,
        }


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
        return not any(f.severity in ("error", "warning") for f in self.findings)

    @property
    def exit_code(self) -> int:
        return 0 if self.agrees else 1

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def sorted_findings(self) -> list[Finding]:
        # Stable: within a severity, findings keep the order they were found in.
        return sorted(self.findings, key=lambda f: SEVERITY_ORDER[f.severity])

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
            },
            "findings": [f.as_dict() for f in self.sorted_findings()],
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
    verdict = "agree" if report.agrees else "disagree"
    lines.append(
        f"**{errors} errors, {warnings} warnings, {info} notes**: "
        f"the {report.source_label} and the spec {verdict}."
    )
    if report.findings:
        lines += [
            "",
            f"| severity | rule | {report.source_label} | spec | finding |",
            "|---|---|---|---|---|",
        ]
        for finding in report.sorted_findings():
            spec = f"`{_cell(finding.spec)}`" if finding.spec else ""
            lines.append(
                f"| {finding.severity} | {finding.rule} | {_cell(finding.source)} | {spec} "
                f"| {_cell(finding.message)} |"
            )
    return "\n".join(lines) + "\n"


def render(report: Report, output_format: str) -> str:
    if output_format == "json":
        return render_json(report)
    return render_markdown(report)
