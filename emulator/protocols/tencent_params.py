"""Tencent request parameters: GET's flattened query into the JSON shape, and schema
errors into the cloud's parameter error codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jsonschema.exceptions import ValidationError

from emulator.http import MAX_JSON_DEPTH, clip
from emulator.messages import text
from emulator.protocols.errors import ApiError, describe
from emulator.protocols.query_text import coerce

Resolve = Callable[[Any], Any]
_INDEX = re.compile(r"[0-9]+")


def _child(schema: dict[str, Any], key: str, resolve: Resolve) -> dict[str, Any]:
    if _INDEX.fullmatch(key) and "items" in schema:
        return dict(resolve(schema["items"]))
    prop = schema.get("properties", {}).get(key)
    return dict(resolve(prop)) if prop is not None else {}


def unflatten(
    pairs: list[tuple[str, str]], schema: dict[str, Any], resolve: Resolve
) -> dict[str, Any]:
    """`A.B.0.C=1` pairs into {"A": {"B": [{"C": 1}]}}, typed by the request schema.

    Bounded by what was sent: a list index must be below the array's maxItems and below
    the number of pairs in the query (the SDKs number items from 0 without gaps, so a
    larger index could only leave a gap, which the schema refuses anyway), and a name
    nests at most MAX_JSON_DEPTH levels, like a JSON body."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = key.split(".")
        if len(parts) > MAX_JSON_DEPTH:
            raise ApiError(
                "InvalidParameter", text("params.depth", name=clip(key), depth=MAX_JSON_DEPTH)
            )
        node: Any = root
        node_schema = schema
        for depth, part in enumerate(parts):
            part_schema = _child(node_schema, part, resolve)
            slot: str | int = part
            if isinstance(node, list):
                slot = _list_index(parts, depth, node_schema, len(pairs))
            elif not isinstance(node, dict):
                raise _conflict(parts, depth)
            if depth == len(parts) - 1:
                _assign(node, slot, coerce(value, part_schema))
            else:
                container: Any = [] if _INDEX.fullmatch(parts[depth + 1]) else {}
                node = _assign(node, slot, container, keep=True)
            node_schema = part_schema
    return root


def _list_index(parts: list[str], depth: int, schema: dict[str, Any], pairs: int) -> int:
    part, name, item = (
        parts[depth],
        clip(".".join(parts[:depth])),
        clip(".".join(parts[: depth + 1])),
    )
    if not _INDEX.fullmatch(part):
        raise _conflict(parts, depth)
    # Compared as text first: int() of thousands of digits is slow, or refused.
    bound = pairs
    limit = schema.get("maxItems")
    if isinstance(limit, int) and limit < bound:
        bound = limit
    part = part.lstrip("0") or "0"
    if len(part) > len(str(bound)) or int(part) >= bound:
        if bound == limit:
            raise ApiError(
                str(schema.get("x-videoapi-invalid-value-code", "InvalidParameterValue")),
                text("params.max_items", name=name, limit=limit, item=item),
            )
        raise ApiError("InvalidParameter", text("params.gap", name=item))
    return int(part)


def _conflict(parts: list[str], depth: int) -> ApiError:
    name, parent = clip(".".join(parts)), clip(".".join(parts[:depth]))
    return ApiError("InvalidParameter", text("params.shape", name=name, parent=parent))


def _assign(node: Any, key: str | int, value: Any, keep: bool = False) -> Any:
    if isinstance(node, list):
        assert isinstance(key, int)
        while len(node) <= key:
            node.append(None)
        if keep and node[key] is not None:
            return node[key]
        node[key] = value
        return value
    if keep and key in node:
        return node[key]
    node[key] = value
    return value


def _field(error: ValidationError, name: str | None = None) -> str:
    parts = [str(p) for p in error.absolute_path]
    if name:
        parts.append(name)
    return clip(".".join(parts) or "(body)")


def parameter_error(error: ValidationError, type_mismatch_code: str) -> ApiError:
    """The Tencent error for the first schema violation of a request."""
    if error.validator == "required":
        name = str(error.message).split("'")[1]
        return ApiError("MissingParameter", text("params.missing", name=_field(error, name)))
    if error.validator == "additionalProperties":
        schema = error.schema if isinstance(error.schema, dict) else {}
        known = set(schema.get("properties", {}))
        instance = error.instance if isinstance(error.instance, dict) else {}
        name = min((key for key in instance if key not in known), default="?")
        return ApiError("UnknownParameter", text("params.unknown", name=_field(error, name)))
    if error.validator == "type":
        return ApiError(
            type_mismatch_code, text("params.type", name=_field(error), reason=describe(error))
        )
    # A spec names the code the cloud documents for a value it refuses
    # (x-videoapi-invalid-value-code).
    schema = error.schema if isinstance(error.schema, dict) else {}
    return ApiError(
        str(schema.get("x-videoapi-invalid-value-code", "InvalidParameterValue")),
        text("params.value", name=_field(error), reason=describe(error)),
    )


def first_error(errors: list[ValidationError]) -> ValidationError | None:
    """A stable choice: the shallowest error, then by path."""
    if not errors:
        return None
    return min(
        errors,
        key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path], e.validator),
    )
