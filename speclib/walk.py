"""Walk the operations and schemas of a bundled OpenAPI document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    node: dict[str, Any]

    @property
    def location(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None


def operations(document: dict[str, Any]) -> Iterator[Operation]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield Operation(path, method, item[method])


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow internal `$ref`s (only the reference itself, siblings dropped)."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            break
        seen.add(ref)
        target: Any = document
        for raw in ref[2:].split("/"):
            target = target[raw.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operation_parameters(document: dict[str, Any], operation: Operation) -> list[dict[str, Any]]:
    item = document["paths"][operation.path]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *operation.node.get("parameters", [])]:
        parameter = resolve(document, raw)
        merged[(parameter.get("in", ""), parameter.get("name", ""))] = parameter
    return list(merged.values())


SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_SINGLE = ("items", "not", "if", "then", "else", "contains", "additionalProperties")


def subschemas(schema: Any, location: str) -> Iterator[tuple[str, Any]]:
    """Immediate subschemas of a schema, with their locations."""
    if not isinstance(schema, dict):
        return
    for key in SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key, []) or []):
            yield f"{location}/{key}/{index}", sub
    for key in SUBSCHEMA_SINGLE:
        if isinstance(schema.get(key), dict):
            yield f"{location}/{key}", schema[key]
    for name, sub in (schema.get("properties") or {}).items():
        yield f"{location}/properties/{name}", sub


def reachable_schemas(
    document: dict[str, Any], roots: list[tuple[str, Any]]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema reachable from `roots`, following references, each once."""
    stack = list(reversed(roots))
    seen_refs: set[str] = set()
    while stack:
        location, schema = stack.pop()
        if not isinstance(schema, dict):
            continue
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref not in seen_refs:
                seen_refs.add(ref)
                stack.append((ref, resolve(document, schema)))
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            if not rest:
                continue
            schema = rest
        yield location, schema
        stack.extend(reversed(list(subschemas(schema, location))))


def request_schema_roots(document: dict[str, Any]) -> list[tuple[str, Any]]:
    roots: list[tuple[str, Any]] = []
    for operation in operations(document):
        body = resolve(document, operation.node.get("requestBody", {}))
        for media, content in (body.get("content") or {}).items():
            roots.append((f"{operation.location} request {media}", content.get("schema")))
    return roots


def response_schema_roots(document: dict[str, Any]) -> list[tuple[str, Any]]:
    roots: list[tuple[str, Any]] = []
    for operation in operations(document):
        for status, raw in (operation.node.get("responses") or {}).items():
            response = resolve(document, raw)
            for media, content in (response.get("content") or {}).items():
                roots.append((f"{operation.location} {status} {media}", content.get("schema")))
    return roots


def webhook_schema_roots(document: dict[str, Any]) -> list[tuple[str, Any]]:
    """Bodies of the requests the API provider sends (OpenAPI 3.1 `webhooks`)."""
    roots: list[tuple[str, Any]] = []
    for name, item in (document.get("webhooks") or {}).items():
        for method in HTTP_METHODS:
            operation = resolve(document, item).get(method)
            if not isinstance(operation, dict):
                continue
            body = resolve(document, operation.get("requestBody", {}))
            for media, content in (body.get("content") or {}).items():
                roots.append((f"webhook {name} {method.upper()} {media}", content.get("schema")))
    return roots
