"""Tencent's machine-readable API metadata (tccli api.json) against a Tencent spec.

tccli ships `tccli/services/<service>/v<yyyymmdd>/api.json` for every service:
its actions (with a status), and for each input, output and nested structure
the members with type, member type, required flag, `value_allowed_null` and a
description. The fidelity tests keep frozen copies of the fields of the
structures we cover (tests/specs/vendor_metadata/) and compare them the same way.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass, field
from importlib import metadata as package_metadata
from pathlib import Path
from typing import Any

from speclib.schema_facts import escape, has_schema, object_fields, schema_pointer
from speclib.walk import operations
from toolchain.declared_fields import DeclaredField, Strictness, compare_fields
from toolchain.doc_prose import named_values
from toolchain.findings import Finding

PRIMITIVES = {
    "string": "string",
    "int": "integer",
    "int64": "integer",
    "uint64": "integer",
    "bool": "boolean",
    "float": "number",
    "double": "number",
}
# The envelope's RequestId is the protocol's, checked once in common.yaml.
ENVELOPE_FIELDS = frozenset({"RequestId"})
STRICTNESS = Strictness(
    nullable_silence="error",
    values_silence="info",
    open_enum="warning",
    missing_on_source="error",
    source_name="vendor metadata",
    preposition="in",
    missing_rule="field-missing-in-vendor",
    unnamed_rule="enum-value-not-in-vendor",
)


@dataclass(frozen=True)
class VendorAction:
    name: str
    status: str  # "online", or the vendor's word for going away
    input: str
    output: str


@dataclass
class ApiMetadata:
    source: str  # e.g. "tccli 3.1.189.1 services/tiw/v20190919/api.json"
    actions: dict[str, VendorAction] = field(default_factory=dict)
    objects: dict[str, list[DeclaredField]] = field(default_factory=dict)


def declared_member(member: dict[str, Any], where: str) -> DeclaredField:
    """One member of an api.json object (or of a fields-only copy of one)."""
    kind_name, member_name = member["type"], member["member"]
    if kind_name == "list":
        kind, item = "array", PRIMITIVES.get(member_name, member_name)
    elif kind_name == "object":
        kind, item = "object", member_name
    else:
        kind = PRIMITIVES.get(kind_name, kind_name)
        item = kind
    if "nullable" in member:  # a fields-only copy
        nullable = bool(member["nullable"])
    else:
        nullable = bool(member.get("value_allowed_null", False))
    required = member.get("required")
    if required is None:
        required = member.get("output_required", False)
    # A fields-only copy lists the values its source's description names; api.json says
    # them in the description.
    values = member.get("values") or named_values(str(member.get("document", "")))
    if kind in ("integer", "number"):  # prose around a number names no values that are words
        values = [value for value in values if _is_number(str(value))]
    return DeclaredField(
        name=member["name"],
        kind=kind,
        member=item,
        required=bool(required),
        nullable=nullable,
        values=tuple(str(value) for value in values),
        where=where,
        format="int64" if member_name in ("int64", "uint64") else None,
    )


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def parse_api_json(data: dict[str, Any], source: str) -> ApiMetadata:
    found = ApiMetadata(source)
    for name, action in (data.get("actions") or {}).items():
        found.actions[name] = VendorAction(
            name=name,
            status=str(action.get("status", "online")),
            input=str(action.get("input", f"{name}Request")),
            output=str(action.get("output", f"{name}Response")),
        )
    for name, structure in (data.get("objects") or {}).items():
        members = structure["members"] if isinstance(structure, dict) else structure
        found.objects[name] = [
            declared_member(member, f"{source}#/objects/{name}/members/{index}")
            for index, member in enumerate(members)
        ]
    return found


def load_fields_copy(path: Path) -> ApiMetadata:
    """A frozen copy kept by the tests: {"source", "actions": [...], "objects": {...}}; a
    member may carry `values` (what its description names)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    actions = {name: {"status": "online"} for name in data.get("actions", [])}
    return parse_api_json({"actions": actions, "objects": data["objects"]}, data["source"])


def tccli_version() -> str | None:
    try:
        return package_metadata.version("tccli")
    except package_metadata.PackageNotFoundError:
        return None


def api_json_path(service: str, version: str) -> Path | None:
    """Where the installed tccli keeps a service version's api.json (not imported)."""
    spec = importlib.util.find_spec("tccli")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    path = root / "services" / service / f"v{version.replace('-', '')}" / "api.json"
    return path if path.is_file() else None


def installed_metadata(service: str, version: str) -> ApiMetadata | None:
    path = api_json_path(service, version)
    if path is None:
        return None
    relative = f"services/{service}/{path.parent.name}/api.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return parse_api_json(data, f"tccli {tccli_version()} {relative}")


def compare_structures(
    document: dict[str, Any],
    spec_name: str,
    metadata: ApiMetadata,
    vendor_name: str,
    spec_schema: str,
) -> list[Finding]:
    """One vendor structure against one spec schema, and the structures they hold."""
    findings: list[Finding] = []
    pending = [(vendor_name, schema_pointer(spec_schema))]
    visited: set[tuple[str, str]] = set()
    while pending:
        vendor, pointer = pending.pop(0)
        if (vendor, pointer) in visited:
            continue
        visited.add((vendor, pointer))
        declared = metadata.objects.get(vendor)
        if declared is None:
            findings.append(
                Finding(
                    "structure-missing-in-vendor",
                    "error",
                    f"{vendor} is not among the vendor's structures",
                    metadata.source,
                    f"{spec_name}#{pointer}",
                )
            )
            continue
        skip = ENVELOPE_FIELDS if vendor.endswith("Response") else frozenset()
        comparison = compare_fields(
            declared,
            object_fields(document, pointer),
            structure=vendor,
            spec_name=spec_name,
            strictness=STRICTNESS,
            skip=skip,
            pointer=f"{pointer}/properties",
        )
        findings.extend(comparison.findings)
        for item, ours in comparison.nested:
            if item.member and ours.shape.structure:
                pending.append((item.member, ours.shape.structure))
    return findings


def compare_spec(document: dict[str, Any], spec_name: str, metadata: ApiMetadata) -> list[Finding]:
    """Actions and fields of a Tencent spec against the vendor's metadata."""
    findings: list[Finding] = []
    covered = {op.operation_id: op for op in operations(document) if op.operation_id}
    for name, operation in covered.items():
        where = f"{spec_name}#/paths/{escape(operation.path)}/{operation.method}"
        deprecated = bool(operation.node.get("deprecated"))
        action = metadata.actions.get(name)
        if action is None:
            findings.append(
                Finding(
                    "action-removed",
                    "info" if deprecated else "error",
                    f"{name} is no longer in the vendor's metadata"
                    + ("; the spec already marks it deprecated" if deprecated else ""),
                    metadata.source,
                    where,
                )
            )
            continue
        if action.status != "online" and not deprecated:
            findings.append(
                Finding(
                    "action-deprecated",
                    "warning",
                    f"the vendor gives {name} the status {action.status!r}; "
                    "the spec does not mark it deprecated",
                    f"{metadata.source}#/actions/{name}",
                    where,
                )
            )
        for vendor_name, ours in (
            (action.input, f"{name}Request"),
            (action.output, f"{name}Response"),
        ):
            if not has_schema(document, ours):
                findings.append(
                    Finding(
                        "structure-missing-in-spec",
                        "error",
                        f"the spec has no schema {ours} for {name}",
                        f"{metadata.source}#/objects/{vendor_name}",
                        spec_name,
                    )
                )
                continue
            findings.extend(compare_structures(document, spec_name, metadata, vendor_name, ours))
    uncovered = sorted(set(metadata.actions) - set(covered))
    if uncovered:
        findings.append(
            Finding(
                "action-not-covered",
                "info",
                f"the vendor has {len(uncovered)} actions the spec does not cover: "
                + ", ".join(uncovered),
                metadata.source,
                spec_name,
            )
        )
    return findings
