"""Compare the bundled specs of two snapshots, service by service.

Operations are matched by operationId. An operation that is gone is paired with
a new one when it is the same call under another name: the same method and path
(operationId changed) or, for Tencent actions, the same request properties (the
action was renamed). Schemas are compared through their resolved references.
"""

from __future__ import annotations

from typing import Any

from speclib.walk import Operation, operations, resolve
from toolchain.diff.changes import Change, Collector
from toolchain.diff.operations import (
    TENCENT_PATH_PREFIX,
    OperationComparison,
    compare_error_codes,
    compare_security,
    operation_pointer,
    security_alternatives,
)
from toolchain.diff.rules import RULES
from toolchain.diff.schemas import SchemaComparison

REGION_EXTENSIONS = ("x-videoapi-regions",)


def operation_key(operation: Operation) -> str:
    return operation.operation_id or operation.location


def tencent_version(document: dict[str, Any]) -> str | None:
    declared = document.get("x-videoapi-api-version")
    if isinstance(declared, str):
        return declared
    parameter = (document.get("components", {}).get("parameters") or {}).get("X-TC-Version")
    if isinstance(parameter, dict):
        const = resolve(document, parameter.get("schema", {})).get("const")
        return const if isinstance(const, str) else None
    return None


def request_properties(document: dict[str, Any], operation: Operation) -> frozenset[str]:
    body = resolve(document, operation.node.get("requestBody") or {})
    names: set[str] = set()
    for content in (body.get("content") or {}).values():
        schema = resolve(document, content.get("schema") or {})
        names.update((schema.get("properties") or {}).keys())
    return frozenset(names)


def _pair_same_place(
    gone: dict[str, Operation], came: dict[str, Operation]
) -> list[tuple[Operation, Operation]]:
    """A new operationId at the same method and path: the operation was renamed."""
    pairs = []
    for old_key, old in list(gone.items()):
        same_place = [
            key for key, new in came.items() if (new.method, new.path) == (old.method, old.path)
        ]
        if len(same_place) == 1:
            pairs.append((old, came.pop(same_place[0])))
            del gone[old_key]
    return pairs


def _pair_same_request(
    old_document: dict[str, Any],
    new_document: dict[str, Any],
    gone: dict[str, Operation],
    came: dict[str, Operation],
) -> list[tuple[Operation, Operation]]:
    """A Tencent action gone and one come with the very same request fields: a renamed action."""
    old_fields = {
        key: request_properties(old_document, op)
        for key, op in gone.items()
        if op.path.startswith(TENCENT_PATH_PREFIX)
    }
    new_fields = {
        key: request_properties(new_document, op)
        for key, op in came.items()
        if op.path.startswith(TENCENT_PATH_PREFIX)
    }
    pairs = []
    for old_key, fields in old_fields.items():
        candidates = [key for key, other in new_fields.items() if other == fields]
        rivals = [key for key, other in old_fields.items() if other == fields]
        if fields and len(candidates) == 1 and len(rivals) == 1:
            pairs.append((gone.pop(old_key), came.pop(candidates[0])))
    return pairs


def _compare_root(old: dict[str, Any], new: dict[str, Any], out: Collector) -> None:
    old_servers = [server.get("url") for server in old.get("servers") or []]
    new_servers = [server.get("url") for server in new.get("servers") or []]
    for url in old_servers:
        if url not in new_servers:
            out.add("server-removed", "servers", before=url, pointer="/servers")
    for url in new_servers:
        if url not in old_servers:
            out.add("server-added", "servers", after=url, pointer="/servers")
    for extension in REGION_EXTENSIONS:
        old_regions, new_regions = old.get(extension) or [], new.get(extension) or []
        for region in old_regions:
            if region not in new_regions:
                out.add("region-removed", extension, before=region, pointer=f"/{extension}")
        for region in new_regions:
            if region not in old_regions:
                out.add("region-added", extension, after=region, pointer=f"/{extension}")
    if old.get("x-videoapi-service") and old.get("x-videoapi-service") != new.get(
        "x-videoapi-service"
    ):
        out.add(
            "tencent-service-changed",
            "x-videoapi-service",
            before=old.get("x-videoapi-service"),
            after=new.get("x-videoapi-service"),
        )
    old_version, new_version = tencent_version(old), tencent_version(new)
    if old_version and old_version != new_version:
        out.add(
            "tencent-version-changed",
            "x-videoapi-api-version",
            before=old_version,
            after=new_version,
            pointer="/x-videoapi-api-version",
        )
    old_schemes = old.get("components", {}).get("securitySchemes") or {}
    new_schemes = new.get("components", {}).get("securitySchemes") or {}
    for name in sorted(old_schemes):
        if name not in new_schemes:
            out.add("security-scheme-removed", f"securitySchemes {name}", before=name)
            continue
        before = {k: v for k, v in resolve(old, old_schemes[name]).items() if k != "description"}
        after = {k: v for k, v in resolve(new, new_schemes[name]).items() if k != "description"}
        if before != after:
            out.add(
                "security-scheme-changed", f"securitySchemes {name}", before=before, after=after
            )
    compare_security(
        security_alternatives(old, {}), security_alternatives(new, {}), out, "security"
    )
    compare_error_codes(
        old.get("x-videoapi-cloud-error-codes") or {},
        new.get("x-videoapi-cloud-error-codes") or {},
        out,
        "x-videoapi-cloud-error-codes",
        pointer="/x-videoapi-cloud-error-codes",
    )


def compare_specs(
    service: str,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    file: str | None = None,
) -> list[Change]:
    """Every change between two bundled versions of one service spec (None: absent)."""
    out = Collector(service, RULES, file=file)
    if old is None and new is None:
        return []
    if old is None:
        out.add("spec-added", service, after=(new or {}).get("info", {}).get("version"))
        return out.changes
    if new is None:
        out.add("spec-removed", service, before=old.get("info", {}).get("version"))
        return out.changes
    _compare_root(old, new, out)
    old_operations = {operation_key(op): op for op in operations(old)}
    new_operations = {operation_key(op): op for op in operations(new)}
    gone = {key: op for key, op in old_operations.items() if key not in new_operations}
    came = {key: op for key, op in new_operations.items() if key not in old_operations}
    pairs = [
        (old_operations[key], new_operations[key])
        for key in old_operations
        if key in new_operations
    ]
    same_place = _pair_same_place(gone, came)
    same_request = _pair_same_request(old, new, gone, came)
    for before, after in same_place:
        out.add(
            "operation-id-changed",
            operation_key(after),
            before=operation_key(before),
            after=operation_key(after),
            operation=operation_key(after),
            pointer=operation_pointer(after, "operationId"),
        )
    comparison = OperationComparison(old, new, SchemaComparison(old, new, out), out)
    # A renamed Tencent action is reported by the comparison (its X-TC-Action differs).
    for before, after in [*pairs, *same_place, *same_request]:
        comparison.compare(before, after)
    for key, operation in sorted(gone.items()):
        out.add("operation-removed", key, before=operation.location)
    for key, operation in sorted(came.items()):
        out.add(
            "operation-added",
            key,
            after=operation.location,
            operation=key,
            pointer=operation_pointer(operation),
        )
    return out.changes
