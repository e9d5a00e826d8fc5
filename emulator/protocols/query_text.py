"""Query-string text typed by a parameter's schema, for both clouds' GET parameters."""

from __future__ import annotations

import re
from typing import Any

_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def schema_type(schema: dict[str, Any]) -> str:
    """The schema's JSON type, ignoring "null"; text when it names none."""
    kind = schema.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind)


def coerce(value: str, schema: dict[str, Any]) -> Any:
    """Query text as the schema's type; left as text when it does not parse, so that
    validation reports the type error (never a 500)."""
    kind = schema_type(schema)
    if kind == "integer" and _INTEGER.fullmatch(value):
        try:
            return int(value)
        except ValueError:  # beyond Python's digit limit for int()
            return value
    if kind == "number" and _NUMBER.fullmatch(value):
        return float(value)
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"  # the Tencent Python SDK sends True/False
    return value
