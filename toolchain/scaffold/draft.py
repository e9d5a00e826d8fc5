"""What a scaffold drafts, and how a draft is marked.

A drafted operation carries the vendor's facts (fields, types, required flags,
nullability, enums, error codes, examples) but none of the vendor's prose:
every summary and description the maintainer still has to write starts with
`DRAFT:`. The house rule `description-draft` refuses a spec that still has one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DRAFT_PREFIX = "DRAFT:"


class FlowMap(dict[str, Any]):
    """A small mapping written on one line (`{requests: 20, per: second}`)."""


def draft(subject: str) -> str:
    """A placeholder description: what it should say is the maintainer's to write."""
    return f"{DRAFT_PREFIX} {subject}"


def is_draft(value: Any) -> bool:
    return isinstance(value, str) and value.lstrip().startswith(DRAFT_PREFIX)


@dataclass
class OperationDraft:
    """One operation as the vendor metadata states it, ready to be merged into a spec."""

    name: str
    path: str  # the path key (Tencent: `/#X-TC-Action=<Action>`)
    method: str
    node: dict[str, Any]  # the operation object
    schemas: dict[str, Any] = field(default_factory=dict)  # components/schemas it needs
    parameters: dict[str, Any] = field(default_factory=dict)  # components/parameters it needs
    examples: dict[str, Any] = field(default_factory=dict)  # examples/<file> -> Example Object
    notes: list[str] = field(default_factory=list)  # what the drafter could not state


class ScaffoldError(Exception):
    """The operation cannot be drafted (unknown action, no metadata installed, ...)."""
