"""Tencent request parameters: GET's flattened query into the JSON shape, and schema
errors into the cloud's parameter error codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jsonschema.exceptions import ValidationError

from emulator.messages import text
from emulator.protocols.errors import ApiError
from emulator.protocols.query_text import coerce

Resolve = Callable[[Any], Any]
_INDEX = re.compile(r"^\d+$")


def _child(schema: dict[str, Any], key: str, resolve: Resolve) -> dict[str, Any]:
    if _INDEX.match(key) and "items" in schema:
        return dict(resolve(schema["items"]))
    prop = schema.get("properties", {}).get(key)
    return dict(resolve(prop)) if prop is not None else {}


def unflatten(
    pairs: list[tuple[str, str]], schema: dict[str, Any], resolve: Resolve
) -> dict[str, Any]:
    """`A.B.0.C=1` pairs into {"A": {"B": [{"C": 1}]}}, typed by the request schema."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = key.split(".")
        node: Any = root
        node_schema = schema
        for depth, part in enumerate(parts):
            last = depth == len(parts) - 1
            part_schema = _child(node_schema, part, resolve)
            if last:
                leaf = coerce(value, part_schema)
                _assign(node, part, leaf)
            else:
                following = parts[depth + 1]
                container: Any = [] if _INDEX.match(following) else {}
                node = _assign(node, part, container, keep=True)
            node_schema = part_schema
    return root


def _assign(node: Any, key: str, value: Any, keep: bool = False) -> Any:
    if isinstance(node, list):
        index = int(key)
        while len(node) <= index:
            node.append(None)
        if keep and node[index] is not None:
            return node[index]
        node[index] = value
        return value
    if keep and key in node:
        return node[key]
    node[key] = value
    return value


def _field(error: ValidationError, name: str | None = None) -> str:
    parts = [str(p) for p in error.absolute_path]
    if name:
        parts.append(name)
    return ".".join(parts) or "(body)"


def parameter_error(error: ValidationError, type_mismatch_code: str) -> ApiError:
    """The Tencent error for the first schema violation of a request."""
    if error.validator == "required":
        name = str(error.message).split("'")[1]
        return ApiError("MissingParameter", text("params.missing", name=_field(error, name)))
    if error.validator == "additionalProperties":
        schema = error.schema if isinstance(error.schema, dict) else {}
        known = set(schema.get("properties", {}))
        unknown = sorted(set(error.instance) - known) if isinstance(error.instance, dict) else []
        name = unknown[0] if unknown else "?"
        return ApiError("UnknownParameter", text("params.unknown", name=_field(error, name)))
    if error.validator == "type":
        return ApiError(
            type_mismatch_code, text("params.type", name=_field(error), reason=error.message)
        )
    # A spec names the code the cloud documents for a value it refuses
    # (x-videoapi-invalid-value-code).
    schema = error.schema if isinstance(error.schema, dict) else {}
    return ApiError(
        str(schema.get("x-videoapi-invalid-value-code", "InvalidParameterValue")),
        text("params.value", name=_field(error), reason=error.message),
    )


def first_error(errors: list[ValidationError]) -> ValidationError | None:
    """A stable choice: the shallowest error, then by path."""
    if not errors:
        return None
    return min(
        errors, key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path], e.validator)
    )
