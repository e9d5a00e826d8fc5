"""A changelog entry per service, in the Keep a Changelog layout, from the diff's changes."""

from __future__ import annotations

from toolchain.diff.changes import Section, Severity, changelog_item
from toolchain.diff.report import DiffResult


def changelog(result: DiffResult, title: str = "Unreleased") -> str:
    lines = [f"## {title}", "", f"API changes from `{result.base}` to `{result.head}`.", ""]
    if not result.changes:
        lines.append("No API changes.")
        return "\n".join(lines) + "\n"
    for service, changes in result.by_service():
        lines += [f"### {service}", ""]
        breaking = [change for change in changes if change.severity is Severity.BREAKING]
        if breaking:
            lines += ["#### Breaking changes", "", *map(changelog_item, breaking), ""]
        for section in Section:
            items = [
                change
                for change in changes
                if change.rule.section is section and change.severity is not Severity.BREAKING
            ]
            if items:
                lines += [f"#### {section.value}", "", *map(changelog_item, items), ""]
    return "\n".join(lines)
