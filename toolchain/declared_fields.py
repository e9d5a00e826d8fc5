"""Compare the fields a vendor source declares with the fields of a spec schema.

One comparison for every vendor source: the tables of an API page (doc-check),
tccli's api.json and the Huawei SDK models (drift, the fidelity tests). A
source states what it knows; a fact it does not state (None, no values) is not
compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from speclib.schema_facts import SpecField
from toolchain.findings import Finding, Severity


@dataclass(frozen=True)
class DeclaredField:
    name: str
    kind: str | None  # string, integer, number, boolean, array, object; None: not stated
    member: str | None  # array item type or structure name ("" for an unnamed object)
    required: bool | None = None
    nullable: bool | None = None
    values: tuple[str, ...] = ()  # values the source names for the field
    where: str = ""  # location in the source
    format: str | None = None  # e.g. int64, when the source states it


@dataclass
class FieldComparison:
    """Findings, and the nested structures both sides have (to compare next)."""

    findings: list[Finding] = field(default_factory=list)
    nested: list[tuple[DeclaredField, SpecField]] = field(default_factory=list)


@dataclass(frozen=True)
class Strictness:
    """Which missing facts a source's silence makes a finding, and how serious."""

    nullable_silence: Severity | None = None  # spec says nullable, source does not say so
    values_silence: Severity | None = "warning"  # spec enum value the source does not name
    open_enum: Severity | None = "warning"  # source names values, spec has no enum
    missing_on_source: Severity = "error"
    source_name: str = "page"  # how messages name the source: "page", "vendor metadata"
    preposition: str = "on"  # "on the page", "in the vendor metadata"
    missing_rule: str = "field-missing-on-page"  # rule of a spec field the source lacks
    unnamed_rule: str = "enum-value-not-on-page"  # rule of an enum value it does not name


def _kind_text(kind: str | None, member: str | None) -> str:
    if kind == "array":
        return f"array of {member or 'any'}"
    if kind == "object" and member:
        return f"object {member}"
    return kind or "unknown"


def compare_fields(
    declared: Iterable[DeclaredField],
    spec: dict[str, SpecField],
    *,
    structure: str,
    spec_name: str,
    strictness: Strictness,
    skip: frozenset[str] = frozenset(),
    pointer: str = "",
) -> FieldComparison:
    """Compare `declared` (one structure of the source) with `spec` (its schema at
    `pointer`, where a field the spec lacks would go)."""
    result = FieldComparison()
    on_source = f"{strictness.preposition} the {strictness.source_name}"
    the_source = f"the {strictness.source_name}"
    seen: set[str] = set()

    def emit(
        rule: str, severity: Severity, message: str, where: str, pointer: str, subject: str
    ) -> None:
        spec_where = f"{spec_name}#{pointer}" if pointer else spec_name
        result.findings.append(Finding(rule, severity, message, where, spec_where, subject))

    for item in declared:
        if item.name in skip:
            continue
        seen.add(item.name)
        label = f"{structure}.{item.name}"
        ours = spec.get(item.name)
        if ours is None:
            emit(
                "field-missing-in-spec",
                "error",
                f"{label} ({_kind_text(item.kind, item.member)}) is {on_source}, not in the spec",
                item.where,
                pointer,
                label,
            )
            continue
        shape = ours.shape
        if item.kind is not None and shape.kind != "any":
            same_kind = item.kind == shape.kind
            same_member = item.member in (None, "") or shape.member in ("", item.member)
            if item.kind == "array" and shape.kind == "array" and item.member and shape.member:
                same_member = item.member == shape.member
            if not same_kind or (item.kind == "array" and not same_member):
                emit(
                    "type",
                    "error",
                    f"{label} is {_kind_text(item.kind, item.member)} {on_source}, "
                    f"{_kind_text(shape.kind, shape.member)} in the spec",
                    item.where,
                    ours.pointer,
                    label,
                )
            elif item.kind == "object" and not same_member:
                emit(
                    "structure-name",
                    "warning",
                    f"{label} holds {item.member} {on_source}, {shape.member} in the spec",
                    item.where,
                    ours.pointer,
                    label,
                )
        if item.format and item.kind == shape.kind and ours.format != item.format:
            emit(
                "format",
                "error",
                f"{label} is {item.format} {on_source}; the spec's format is "
                f"{ours.format or 'not set'}",
                item.where,
                ours.pointer,
                label,
            )
        if item.required is not None and item.required != ours.required:
            said = "required" if item.required else "optional"
            ours_said = "required" if ours.required else "optional"
            emit(
                "required",
                "error",
                f"{label} is {said} {on_source}, {ours_said} in the spec",
                item.where,
                ours.pointer,
                label,
            )
        if item.nullable and not shape.nullable:
            emit(
                "nullable",
                "error",
                f"{label} may be null {on_source}; the spec does not allow null",
                item.where,
                ours.pointer,
                label,
            )
        elif item.nullable is False and shape.nullable and strictness.nullable_silence:
            emit(
                "nullable",
                strictness.nullable_silence,
                f"{label} allows null in the spec; {the_source} does not say it may be null",
                item.where,
                ours.pointer,
                label,
            )
        result.findings.extend(_compare_values(item, ours, label, spec_name, strictness))
        if item.kind in ("object", "array") and shape.structure:
            result.nested.append((item, ours))
    for name, ours in spec.items():
        if name not in seen and name not in skip:
            emit(
                strictness.missing_rule,
                strictness.missing_on_source,
                f"{structure}.{name} is in the spec, not {on_source}",
                "",
                ours.pointer,
                f"{structure}.{name}",
            )
    return result


def _compare_values(
    item: DeclaredField, ours: SpecField, label: str, spec_name: str, strictness: Strictness
) -> list[Finding]:
    if not item.values or item.kind == "boolean":  # "true" and "false" are no enumeration
        return []
    on_source = f"{strictness.preposition} the {strictness.source_name}"
    the_source = f"the {strictness.source_name}"
    spec_where = f"{spec_name}#{ours.pointer}"
    if not ours.values:
        if strictness.open_enum is None or len(item.values) < 2:
            return []
        return [
            Finding(
                "enum-not-in-spec",
                strictness.open_enum,
                f"{label}: {the_source} names the values {', '.join(item.values)}; "
                "the spec lists none",
                item.where,
                spec_where,
                label,
            )
        ]
    findings: list[Finding] = []
    added = [value for value in item.values if value not in ours.values]
    if added:
        findings.append(
            Finding(
                "enum-value-missing-in-spec",
                "error",
                f"{label}: {', '.join(added)} named {on_source}, not in the spec's enum",
                item.where,
                spec_where,
                label,
            )
        )
    unnamed = [value for value in ours.values if value not in item.values]
    if unnamed and strictness.values_silence:
        findings.append(
            Finding(
                strictness.unnamed_rule,
                strictness.values_silence,
                f"{label}: the spec's enum has {', '.join(unnamed)}, which {the_source} "
                "does not name",
                item.where,
                spec_where,
                label,
            )
        )
    return findings
