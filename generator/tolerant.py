"""The client view made tolerant of replies: an enum a reply may carry also takes any
value of its type.

Vendors add enum values all the time. In the schemas only replies use (reached from a
response or a webhook, never from a request body or parameter), each `enum` becomes
`anyOf: [the enum, its plain type]`, so openapi-python-client types the field
`Literal[...] | str` and keeps an unknown value as a plain string (the enum's check
logs it once: generator/templates/literal_enum.py.jinja). Requests stay strict: a schema
a request also uses keeps its enum as it is.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import ClassName

SCHEMA_REF = "#/components/schemas/"
PLAIN_TYPES = frozenset({"string", "integer", "number"})


def refs(node: Any) -> Iterator[str]:
    """The component schemas `node` refers to directly."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_REF):
                yield value.removeprefix(SCHEMA_REF)
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def reachable(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = [name for root in roots for name in refs(root)]
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(refs(schemas[name]))
    return seen


def reply_only_schemas(spec: dict[str, Any]) -> set[str]:
    requests: list[Any] = []
    replies: list[Any] = list((spec.get("webhooks") or {}).values())
    for item in (spec.get("paths") or {}).values():
        requests.append(item.get("parameters", []))
        for method, operation in item.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            requests.append(operation.get("parameters", []))
            requests.append(operation.get("requestBody", {}))
            replies.append(operation.get("responses", {}))
    return reachable(spec, replies) - reachable(spec, requests)


def widened(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """`anyOf: [enum, plain type]`, the description kept outside for the docs; the enum
    keeps the name openapi-python-client would give it (`title`)."""
    inner = {key: value for key, value in schema.items() if key != "description"}
    inner.setdefault("title", name)
    outer: dict[str, Any] = {"anyOf": [inner, {"type": schema["type"]}]}
    if "description" in schema:
        outer["description"] = schema["description"]
    return outer


def tolerate(node: Any, name: str) -> Any:
    """`node` with each enum of a plain type inside it widened (nested objects and items
    too); `name` is what openapi-python-client adds to the parent's name for `node`."""
    if isinstance(node, list):
        return [tolerate(item, f"{name}Item") for item in node]
    if not isinstance(node, dict):
        return node
    if "enum" in node and node.get("type") in PLAIN_TYPES:
        return widened(node, name)
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            result[key] = {
                prop: tolerate(schema, str(ClassName(prop, ""))) for prop, schema in value.items()
            }
        elif key in ("items", "allOf", "anyOf", "oneOf"):
            result[key] = tolerate(value, name)
        else:
            result[key] = value
    return result


def tolerant_replies(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the client view whose reply-only schemas accept enum values they do not list."""
    result = copy.deepcopy(spec)
    schemas = result.get("components", {}).get("schemas", {})
    for name in sorted(reply_only_schemas(result)):
        schemas[name] = tolerate(schemas[name], str(ClassName(name, "")))
    return result
