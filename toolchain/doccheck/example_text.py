"""Examples as pages print them: JSON blocks, and Tencent's GET-style request URLs."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import unquote_plus

from speclib.walk import resolve


def json_block(text: str) -> tuple[Any, str]:
    """The first JSON object in `text`: (value, "") or (None, why it cannot be read)."""
    start = text.find("{")
    if start < 0:
        return None, "no JSON object"
    depth = 0
    in_string = escaped = False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                try:
                    return json.loads(text[start : index + 1]), ""
                except json.JSONDecodeError as error:
                    return None, f"not valid JSON: {error.msg} (line {error.lineno})"
    return None, "the JSON object is cut short"


def query_pairs(text: str) -> list[tuple[str, str]]:
    """`key=value` pairs of a GET-style example: the URL's query and the `&key=value`
    lines under it; placeholders such as `&<Common request parameters>` are skipped."""
    pairs: list[tuple[str, str]] = []
    for raw in re.split(r"[?&\n]", text.split("?", 1)[1] if "?" in text else ""):
        item = raw.strip()
        if not item or item.startswith("<") or "=" not in item:
            continue
        key, value = item.split("=", 1)
        pairs.append((unquote_plus(key.strip()), unquote_plus(value.strip())))
    return pairs


def nest(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Tencent's flattened parameters (`Filters.0.Name=x`, `Whiteboard.Width=1`) as JSON."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = key.split(".")
        node: Any = root
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            following: Any = value if last else ([] if parts[index + 1].isdigit() else {})
            if isinstance(node, list):
                position = int(part)
                while len(node) <= position:
                    node.append(None)
                if node[position] is None or last:
                    node[position] = following
                node = node[position]
            else:
                if part not in node or last:
                    node[part] = following
                node = node[part]
    return root


def coerce(document: dict[str, Any], schema: Any, value: Any) -> Any:
    """Text values of a query string turned into the JSON types the schema wants."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return value
    for option in schema.get("anyOf") or schema.get("oneOf") or []:
        if resolve(document, option).get("type") != "null":
            return coerce(document, option, value)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        return {key: coerce(document, properties.get(key, {}), item) for key, item in value.items()}
    if isinstance(value, list):
        items = schema.get("items", {})
        return [coerce(document, items, item) for item in value]
    if not isinstance(value, str):
        return value
    if kind == "array":
        return [coerce(document, schema.get("items", {}), item) for item in value.split(",")]
    if kind == "integer" and re.fullmatch(r"-?\d+", value):
        return int(value)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", value):
        return float(value)
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value
