"""Huawei Cloud API Gateway rules the contract checks judge replies by.

Errors are 4xx/5xx with a JSON body holding `error_code` and `error_msg`, and
every reply carries X-Request-Id.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

REQUEST_ID_HEADER = "x-request-id"


def request_id_problem(headers: Mapping[str, list[str]]) -> str | None:
    values = headers.get(REQUEST_ID_HEADER) or []
    if not any(value.strip() for value in values):
        return "the reply has no X-Request-Id header"
    return None


def error_body_problem(status: int, body: bytes) -> str | None:
    if status < 400:
        return None
    try:
        payload = json.loads(body)
    except ValueError:
        return f"HTTP {status} with a body that is not JSON"
    if not isinstance(payload, dict):
        return f"HTTP {status} with a body that is not a JSON object"
    missing = [
        name for name in ("error_code", "error_msg") if not isinstance(payload.get(name), str)
    ]
    if missing:
        return f"HTTP {status} without {' and '.join(missing)} (strings)"
    return None


def error_code(status: int, body: bytes) -> str | None:
    if status < 400:
        return None
    try:
        payload: Any = json.loads(body)
    except ValueError:
        return None
    code = payload.get("error_code") if isinstance(payload, dict) else None
    return code if isinstance(code, str) else None
