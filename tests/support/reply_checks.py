"""Hold every cloud reply of the emulator to the spec of its service.

The services are those with a spec under specs/, each checked against the schemas
the emulator compiles from its bundle, so a new spec is checked without a list here.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from clouds import Cloud, cloud_of
from clouds.huaweicloud import HUAWEICLOUD
from clouds.tencentcloud import TENCENTCLOUD
from emulator.http import Reply, Request
from emulator.schemas import ServiceSchemas, service_schemas
from speclib.catalog import find_specs
from tests.support.emulator_server import Running


@cache
def schemas_of(cloud: Cloud) -> tuple[ServiceSchemas, ...]:
    """The compiled schemas of every service of `cloud` that has a spec."""
    found = [service_schemas(s.cloud, s.service, s.version) for s in find_specs()]
    return tuple(schemas for schemas in found if cloud_of(schemas.document) is cloud)


def tencent_reply_problems(request: Request, reply: Reply) -> list[str]:
    """Why a Tencent reply breaks the spec or the cloud's envelope rules (empty if it does not)."""
    problems = []
    if reply.status != 200 or dict(reply.headers).get("Content-Type") != "application/json":
        problems.append(f"status {reply.status}, headers {reply.headers}")
    payload = json.loads(reply.body)
    # A signature v1 request names its action as a parameter: the reply keeps it.
    action = request.header("x-tc-action") or reply.action
    for schemas in schemas_of(TENCENTCLOUD):
        if action in schemas.operations:
            validator = schemas.operations[action].replies["200"]
            problems += [error.message for error in validator.iter_errors(payload)]
            return problems
    inner = payload.get("Response", {})
    error = inner.get("Error", {})
    if not (isinstance(error.get("Code"), str) and isinstance(error.get("Message"), str)):
        problems.append(f"not an error envelope: {payload}")
    if not isinstance(inner.get("RequestId"), str):
        problems.append("no RequestId")
    return problems


def huawei_reply_problems(reply: Reply) -> list[str]:
    """Why a reply of a Huawei operation breaks its spec: a status the operation does not
    declare, a body off the schema of that status (or a body where it declares none), no
    X-Request-Id. Replies that matched no operation (reply.action "-") are the gateway's."""
    headers = dict(reply.headers)
    problems = [] if headers.get("X-Request-Id") else ["no X-Request-Id"]
    for schemas in schemas_of(HUAWEICLOUD):
        operation = schemas.operations.get(reply.action)
        if operation is None:
            continue
        declared = operation.document["paths"]
        validator = operation.replies.get(str(reply.status))
        if validator is None:
            if reply.body or not _declares_bodyless(declared, reply.action, reply.status):
                problems.append(f"{reply.action}: undeclared {reply.status} {reply.body!r}")
            return problems
        if headers.get("Content-Type") != "application/json":
            problems.append(f"{reply.action}: Content-Type {headers.get('Content-Type')}")
        payload = json.loads(reply.body)
        problems += [f"{reply.action}: {e.message}" for e in validator.iter_errors(payload)]
    return problems


def _declares_bodyless(paths: dict[str, Any], operation_id: str, status: int) -> bool:
    for item in paths.values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                reply = operation.get("responses", {}).get(str(status))
                return isinstance(reply, dict) and "content" not in reply
    return False


def spec_problems(running: Running) -> list[tuple[str, str]]:
    """Every reply of the cloud APIs so far that breaks the spec (see the checks above)."""
    found = []
    for request, reply in running.emulator.exchanges:
        if request.path == "/":
            action = request.header("x-tc-action") or reply.action
            found += [(action, p) for p in tencent_reply_problems(request, reply)]
        elif not request.path.startswith("/_emulator/"):
            found += [(reply.action, p) for p in huawei_reply_problems(reply)]
    return found
