"""The diff's three outputs: Markdown for a pull-request comment, JSON for
machines, and GitHub Actions workflow commands (annotations)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from toolchain.diff.changes import Change, Severity
from toolchain.diff.versions import NextVersion

FORMATS = ("markdown", "json", "github")
MARKS = {
    Severity.BREAKING: "🔴 breaking",
    Severity.POTENTIALLY_BREAKING: "🟠 potentially breaking",
    Severity.NON_BREAKING: "🟢 non-breaking",
}
ANNOTATION_LEVELS = {
    Severity.BREAKING: "error",
    Severity.POTENTIALLY_BREAKING: "warning",
    Severity.NON_BREAKING: "notice",
}
CELL_LIMIT = 120


@dataclass(frozen=True)
class DiffResult:
    base: str
    head: str
    changes: list[Change]
    versions: list[NextVersion] = field(default_factory=list)

    def counts(self) -> dict[Severity, int]:
        counted = Counter(change.severity for change in self.changes)
        return {severity: counted.get(severity, 0) for severity in Severity}

    @property
    def breaking(self) -> bool:
        return any(change.severity is Severity.BREAKING for change in self.changes)

    def by_service(self) -> list[tuple[str, list[Change]]]:
        ordered = sorted(self.changes, key=Change.sort_key)
        return [(service, list(group)) for service, group in groupby(ordered, lambda c: c.service)]


def _cell(text: str, limit: int | None = CELL_LIMIT) -> str:
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|") or "—"


def _code(text: str) -> str:
    return f"`{text}`" if text and "`" not in text else _cell(text)


def summary_line(result: DiffResult) -> str:
    counts = result.counts()
    services = len({change.service for change in result.changes})
    parts = [
        f"**{counts[Severity.BREAKING]} breaking**",
        f"{counts[Severity.POTENTIALLY_BREAKING]} potentially breaking",
        f"{counts[Severity.NON_BREAKING]} non-breaking",
    ]
    noun = "service" if services == 1 else "services"
    return f"{', '.join(parts)} in {services} {noun}."


def versions_table(result: DiffResult) -> list[str]:
    """The next version of each package these changes call for."""
    if not result.versions:
        return []
    lines = ["### Next versions", "", "| package | base | change | next |", "|---|---|---|---|"]
    for step in result.versions:
        kind = step.kind or "none"
        after = f"`{step.next}`" if step.kind else "unchanged"
        if step.recorded:
            after += f" (the record says `{step.recorded}`)"
        lines.append(f"| `{step.distribution}` | `{step.current}` | {kind} | {after} |")
    return [*lines, ""]


def markdown(result: DiffResult) -> str:
    lines = [f"## API changes: `{result.base}` → `{result.head}`", ""]
    if not result.changes:
        lines += ["No API changes.", "", *versions_table(result)]
        return "\n".join(lines).rstrip("\n") + "\n"
    lines += [summary_line(result), ""]
    for service, changes in result.by_service():
        lines += [f"### {service}", ""]
        lines += [
            "| | rule | location | before | after | why it matters |",
            "|---|---|---|---|---|---|",
        ]
        for change in changes:
            cells = [
                MARKS[change.severity],
                f"`{change.rule.id}`",
                _cell(change.location, limit=None),
                _code(_cell(change.before)) if change.before else "—",
                _code(_cell(change.after)) if change.after else "—",
                _cell(change.message),
            ]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    lines += versions_table(result)
    return "\n".join(lines)


def as_json(result: DiffResult) -> str:
    document = {
        "base": result.base,
        "head": result.head,
        "summary": {severity.value: count for severity, count in result.counts().items()},
        "breaking": result.breaking,
        "changes": [change.as_dict() for change in sorted(result.changes, key=Change.sort_key)],
        "versions": {
            step.distribution: {
                "current": step.current,
                "change": step.kind,
                "next": step.next,
                "recorded": step.recorded,
            }
            for step in result.versions
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(result: DiffResult) -> str:
    """One workflow command per change: ::error / ::warning / ::notice."""
    lines = []
    for change in sorted(result.changes, key=Change.sort_key):
        properties = []
        if change.file:
            properties.append(f"file={_escape_property(change.file)}")
            if change.line:
                properties.append(f"line={change.line}")
        properties.append(f"title={_escape_property(f'{change.rule.id} ({change.service})')}")
        text = f"{change.location}: {change.message}"
        if change.before or change.after:
            text += f" [{change.before or '—'} → {change.after or '—'}]"
        level = ANNOTATION_LEVELS[change.severity]
        lines.append(f"::{level} {','.join(properties)}::{_escape_data(text)}")
    return "\n".join(lines) + ("\n" if lines else "")


def render(result: DiffResult, output_format: str) -> str:
    if output_format == "json":
        return as_json(result)
    if output_format == "github":
        return github_annotations(result)
    return markdown(result)
