"""Which side of a call each schema component is on: sent (request), read (response), or both.

A generated model's field may take more types when callers only build it (a
request) and fewer when callers only read it (a response); the Python half of
the diff judges a field's type change by its model's side. Models are named
after their component (`DescribeOnlineRecordRequest`) or after the component
they are nested in (`DescribeOnlineRecordResponseVideoInfosItem`).
"""

from __future__ import annotations

import re
from typing import Any

from speclib.walk import operation_parameters, operations, resolve

Sides = dict[str, frozenset[str]]  # component name (and its class name) -> {"request", "response"}
COMPONENT = "#/components/schemas/"


def _collect(document: dict[str, Any], node: Any, found: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect(document, item, found)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENT):
        name = ref.removeprefix(COMPONENT)
        if name not in found:
            found.add(name)
            _collect(document, resolve(document, node), found)
    for key, value in node.items():
        if key != "$ref":
            _collect(document, value, found)


def schema_sides(document: dict[str, Any]) -> Sides:
    """Every component schema a request or a response of `document` reaches."""
    reached: dict[str, set[str]] = {"request": set(), "response": set()}
    for operation in operations(document):
        for parameter in operation_parameters(document, operation):
            _collect(document, parameter.get("schema"), reached["request"])
        body = resolve(document, operation.node.get("requestBody") or {})
        _collect(document, body.get("content"), reached["request"])
        for response in (operation.node.get("responses") or {}).values():
            _collect(document, resolve(document, response).get("content"), reached["response"])
    sides: dict[str, set[str]] = {}
    for side, names in reached.items():
        for name in names:
            sides.setdefault(class_name(name), set()).add(side)
    return {name: frozenset(found) for name, found in sides.items()}


def class_name(component: str) -> str:
    """The class the generators make of a component name (PascalCase, no separators)."""
    parts = re.split(r"[^0-9A-Za-z]+", component)
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


def side_of(model: str, sides: Sides) -> frozenset[str]:
    """The side of a model class: its component's, else the longest component it is nested in
    (both sides when nothing says)."""
    if model in sides:
        return sides[model]
    holders = [name for name in sides if model.startswith(name)]
    if holders:
        return sides[max(holders, key=len)]
    return frozenset({"request", "response"})
