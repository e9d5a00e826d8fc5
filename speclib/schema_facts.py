"""What a spec says about a field, in the terms the vendors use.

A property's shape is its JSON type (`kind`), the member it holds (an array's
item type, an object's schema name) and whether it may be JSON null. The
vendors' metadata and pages say the same three things, so doc-check, drift and
the fidelity tests compare these shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from speclib.walk import resolve


@dataclass(frozen=True)
class Shape:
    kind: str  # string, integer, number, boolean, array, object (or "any")
    member: str  # array item type or structure name; the kind itself for primitives
    nullable: bool
    structure: str = ""  # pointer of the object schema held (directly or as array items)


@dataclass(frozen=True)
class SpecField:
    name: str
    shape: Shape
    required: bool
    values: tuple[str, ...]  # enum values (of the items, for arrays), as text
    pointer: str  # JSON pointer of the property in the bundle
    schema: dict[str, Any]  # the property's schema as written
    format: str = ""  # `format` of the value (of the items, for arrays)
    location: str = ""  # for parameters: path, query, header


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[1]


def _structure_name(ref: str, target: dict[str, Any]) -> str:
    """The vendor's name of the structure a schema transcribes: `x-videoapi-vendor-name` when the
    spec needs a second schema for it (a response copy of a request structure), else the
    schema's own name."""
    named = target.get("x-videoapi-vendor-name")
    return named if isinstance(named, str) and named else _ref_name(ref)


def property_shape(document: dict[str, Any], prop: dict[str, Any]) -> Shape:
    """The shape of a property (siblings of a `$ref` describe the same field)."""
    nullable = False
    options = prop.get("anyOf") or prop.get("oneOf")
    if options:
        nullable = any(option.get("type") == "null" for option in options)
        rest = [option for option in options if option.get("type") != "null"]
        if len(rest) != 1:
            return Shape("any", "any", nullable)
        prop = rest[0]
    ref = prop.get("$ref")
    if isinstance(ref, str):
        target = resolve(document, prop)
        if target.get("type") == "object":
            return Shape("object", _structure_name(ref, target), nullable, ref.lstrip("#"))
        inner = property_shape(document, target)
        return Shape(inner.kind, inner.member, nullable or inner.nullable, inner.structure)
    raw = prop.get("type")
    types = raw if isinstance(raw, list) else [raw] if raw else []
    nullable = nullable or "null" in types
    kinds = [t for t in types if t != "null"]
    if len(kinds) != 1:
        return Shape("object" if "properties" in prop else "any", "", nullable)
    kind = kinds[0]
    if kind == "array":
        items = prop.get("items") or {}
        if "$ref" in items:
            target = resolve(document, items)
            if target.get("type") == "object":
                member = _structure_name(items["$ref"], target)
                return Shape("array", member, nullable, items["$ref"].lstrip("#"))
            return Shape("array", property_shape(document, target).kind, nullable)
        return Shape("array", property_shape(document, items).kind, nullable)
    return Shape(kind, "" if kind == "object" else kind, nullable)


def enum_values(document: dict[str, Any], prop: dict[str, Any]) -> tuple[str, ...]:
    """The values a property allows by enumeration, as text; () when it is open."""
    node = resolve(document, prop)
    for option in node.get("anyOf") or node.get("oneOf") or []:
        values = enum_values(document, option)
        if values:
            return values
    if node.get("type") == "array" and isinstance(node.get("items"), dict):
        return enum_values(document, node["items"])
    listed = node.get("enum") or node.get("x-videoapi-comma-separated-enum")
    if isinstance(listed, list):
        return tuple(str(value) for value in listed if value is not None and value != "")
    if "const" in node and not isinstance(node["const"], (dict, list)):
        return (str(node["const"]),)
    return ()


def value_format(document: dict[str, Any], prop: dict[str, Any]) -> str:
    node = resolve(document, prop)
    for option in node.get("anyOf") or node.get("oneOf") or []:
        if option.get("type") != "null":
            return value_format(document, option)
    if node.get("type") == "array" and isinstance(node.get("items"), dict):
        return value_format(document, node["items"])
    return str(node.get("format", ""))


def object_fields(document: dict[str, Any], pointer: str) -> dict[str, SpecField]:
    """The properties of the object schema at `pointer` (a bundle JSON pointer)."""
    schema = resolve(document, {"$ref": f"#{pointer}"})
    required = set(schema.get("required", []))
    fields: dict[str, SpecField] = {}
    for name, prop in (schema.get("properties") or {}).items():
        fields[name] = SpecField(
            name=name,
            shape=property_shape(document, prop),
            required=name in required,
            values=enum_values(document, prop),
            pointer=f"{pointer}/properties/{escape(name)}",
            schema=prop,
            format=value_format(document, prop),
        )
    return fields


def schema_pointer(name: str) -> str:
    return f"/components/schemas/{escape(name)}"


def has_schema(document: dict[str, Any], name: str) -> bool:
    return name in (document.get("components", {}).get("schemas") or {})


def follow(document: dict[str, Any], pointer: str) -> str:
    """The pointer of what the node at `pointer` stands for, following `$ref`s."""
    seen: set[str] = set()
    while True:
        raw = raw_node(document, pointer)
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        if not isinstance(ref, str) or ref in seen or not ref.startswith("#"):
            return pointer
        seen.add(ref)
        pointer = ref[1:]


def raw_node(document: dict[str, Any], pointer: str) -> Any:
    node: Any = document
    for raw in pointer.lstrip("/").split("/") if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit():
            node = node[int(token)]
        else:
            return None
    return node


def parameter_fields(document: dict[str, Any], path: str, method: str) -> dict[str, SpecField]:
    """An operation's parameters (path-level ones too), by name, as fields."""
    item = document["paths"][path]
    raw_list = [
        (f"/paths/{escape(path)}/parameters/{index}", raw)
        for index, raw in enumerate(item.get("parameters", []))
    ] + [
        (f"/paths/{escape(path)}/{method}/parameters/{index}", raw)
        for index, raw in enumerate(item[method].get("parameters", []))
    ]
    fields: dict[str, SpecField] = {}
    for pointer, raw in raw_list:
        pointer = follow(document, pointer)
        parameter = resolve(document, raw)
        schema = parameter.get("schema") or {}
        name = str(parameter.get("name", ""))
        fields[name] = SpecField(
            name=name,
            shape=property_shape(document, schema),
            required=bool(parameter.get("required", False)),
            values=enum_values(document, schema) or _listed(parameter),
            pointer=pointer,
            schema=schema,
            format=value_format(document, schema),
            location=str(parameter.get("in", "")),
        )
    return fields


def _listed(parameter: dict[str, Any]) -> tuple[str, ...]:
    listed = parameter.get("x-videoapi-comma-separated-enum")
    return tuple(str(value) for value in listed) if isinstance(listed, list) else ()
