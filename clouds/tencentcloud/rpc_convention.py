"""Tencent Cloud API 3.0 as a spec writes it: one RPC action per path key (specs/README.md).

`/#X-TC-Action=<Action>` with a POST, the operationId and a required `const` X-TC-Action
header naming the action, the common headers, a required JSON body and HTTP 200 only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from speclib.walk import operation_parameters, operations, resolve

ACTION_PATH = re.compile(r"^/#X-TC-Action=([A-Za-z0-9]+)$")
COMMON_HEADERS = ("x-tc-version", "x-tc-region", "x-tc-timestamp")


def _header(parameters: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    for parameter in parameters:
        if parameter.get("in") == "header" and str(parameter.get("name", "")).lower() == name:
            return parameter
    return None


def convention_problems(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(operation location, problem) for every operation that breaks the convention."""
    for operation in operations(document):
        where = operation.location
        match = ACTION_PATH.match(operation.path)
        if match is None:
            yield where, "path must be /#X-TC-Action=<Action>"
            continue
        action = match.group(1)
        if operation.method != "post":
            yield where, "Tencent actions are declared as POST"
        if operation.operation_id != action:
            yield where, f"operationId must equal the action {action}"
        parameters = operation_parameters(document, operation)
        header = _header(parameters, "x-tc-action")
        if header is None or not header.get("required"):
            yield where, "required header X-TC-Action is not declared"
        elif (header.get("schema") or {}).get("const") != action:
            yield where, f"X-TC-Action must be const {action}"
        for name in COMMON_HEADERS:
            if _header(parameters, name) is None:
                yield where, f"common header {name} is not declared"
        body = resolve(document, operation.node.get("requestBody", {}))
        if not body.get("required") or "application/json" not in (body.get("content") or {}):
            yield where, "a required application/json request body is needed"
        responses = operation.node.get("responses") or {}
        if list(responses) != ["200"]:
            yield where, "Tencent answers every call with HTTP 200 only"
