"""What the diff finds: one `Change` per difference, each under a rule with a stable id."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    BREAKING = "breaking"
    POTENTIALLY_BREAKING = "potentially-breaking"
    NON_BREAKING = "non-breaking"

    @property
    def order(self) -> int:
        return list(Severity).index(self)

    @property
    def label(self) -> str:
        return "potentially breaking" if self is Severity.POTENTIALLY_BREAKING else self.value


class Section(StrEnum):
    """Where a change goes in a changelog (the Keep a Changelog headings)."""

    ADDED = "Added"
    CHANGED = "Changed"
    DEPRECATED = "Deprecated"
    REMOVED = "Removed"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    section: Section
    summary: str


@dataclass(frozen=True)
class Change:
    rule: Rule
    service: str
    location: str
    message: str
    before: str = ""
    after: str = ""
    file: str | None = None
    line: int | None = None
    operation: str | None = None
    # Where in the bundled head spec (a JSON pointer), for finding the line it came from.
    pointer: str | None = None

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    def sort_key(self) -> tuple[str, int, str, str, str]:
        return (self.service, self.severity.order, self.location, self.rule.id, self.before)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule.id,
            "severity": self.severity.value,
            "service": self.service,
            "location": self.location,
            "operation": self.operation,
            "message": self.message,
            "before": self.before,
            "after": self.after,
            "file": self.file,
            "line": self.line,
            "pointer": self.pointer,
        }


def pointer_token(name: str) -> str:
    """One JSON pointer token (RFC 6901): `~` and `/` escaped."""
    return name.replace("~", "~0").replace("/", "~1")


def show(value: Any) -> str:
    """A value as the report shows it: strings as they are, the rest as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass
class Collector:
    """Gathers the changes of one service; rule ids are checked against the catalogue."""

    service: str
    rules: dict[str, Rule]
    file: str | None = None
    changes: list[Change] = field(default_factory=list)

    def add(
        self,
        rule_id: str,
        location: str,
        *,
        before: Any = None,
        after: Any = None,
        message: str | None = None,
        operation: str | None = None,
        file: str | None = None,
        line: int | None = None,
        pointer: str | None = None,
    ) -> None:
        rule = self.rules[rule_id]
        self.changes.append(
            Change(
                rule=rule,
                service=self.service,
                location=location,
                message=message or rule.summary,
                before=show(before),
                after=show(after),
                file=file or self.file,
                line=line,
                operation=operation,
                pointer=pointer,
            )
        )


def unique_sorted(changes: list[Change]) -> list[Change]:
    """Drop exact repeats (one difference reached twice) and sort for stable output."""
    seen: set[tuple[str, str, str, str, str]] = set()
    kept = []
    for change in sorted(changes, key=Change.sort_key):
        key = (change.service, change.rule.id, change.location, change.before, change.after)
        if key not in seen:
            seen.add(key)
            kept.append(change)
    return kept


def changelog_item(change: Change) -> str:
    """One changelog line (Markdown list item) for a change."""
    text = f"- {change.message.rstrip('.')}: `{change.location}`"
    if change.before or change.after:
        text += f" ({change.before or '—'} → {change.after or '—'})"
    return text
