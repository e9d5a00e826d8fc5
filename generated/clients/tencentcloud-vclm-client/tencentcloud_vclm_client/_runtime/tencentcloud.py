# Copied from clouds/tencentcloud/client_runtime.py of videoapi-specs; do not edit here.
"""Tencent Cloud API 3.0 on the client side: the API error, reply checks, retry rules,
credentials and ready httpx clients.

Copied into each generated Tencent package next to tc3.py, retry.py, errors.py and
replies.py. Errors are raised where a reply is read (`output`, `check`), never in
the transport.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from .errors import ApiError, InvalidReply
from .replies import parse_model
from .retry import DEFAULT_BACKOFF, DEFAULT_TIMEOUT, Backoff, retrying_clients
from .tc3 import TC3Auth

T = TypeVar("T")
# Codes worth another attempt of a read-only action (sub-codes too) ...
RETRYABLE_CODES = ("RequestLimitExceeded", "InternalError")
# ... and the one that says the call was refused before it did anything: any action.
REFUSED_CODES = ("RequestLimitExceeded",)
DEFAULT_REGION_VARIABLE = "TENCENTCLOUD_REGION"


class TencentCloudError(ApiError):
    """The Error of a reply's envelope (or an HTTP failure of the gateway): code,
    message and RequestId."""


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def envelope(response: httpx.Response) -> tuple[Mapping[str, Any], str | None]:
    """The reply's `Response` object and its RequestId; raises the error it carries.

    The cloud answers HTTP 200 even on failure, with Response.Error; another status
    comes from a gateway in between (the official SDK's ServerNetworkError)."""
    if response.status_code != 200:
        raise TencentCloudError("ServerNetworkError", f"HTTP {response.status_code}: {response.text[:200]}", None)
    body = _json(response)
    inner = body.get("Response") if isinstance(body, dict) else None
    if not isinstance(inner, dict):
        raise InvalidReply("the reply has no Response object", field="Response", request_id=None)
    request_id = inner.get("RequestId")
    request_id = request_id if isinstance(request_id, str) else None
    error = inner.get("Error")
    if error is not None:
        if not isinstance(error, dict):
            raise InvalidReply("Response.Error is not an object", field="Error", request_id=request_id)
        raise TencentCloudError(str(error.get("Code", "")), str(error.get("Message", "")), request_id)
    return inner, request_id


def output(response: httpx.Response, parse: Callable[[Mapping[str, Any]], T]) -> T:
    """The action's output: the envelope's Response parsed by `parse`, or the error raised."""
    inner, request_id = envelope(response)
    return parse_model(parse, inner, request_id)


def check(response: httpx.Response) -> None:
    """Raise the error a reply carries, if any."""
    envelope(response)


def error_code(response: httpx.Response) -> str | None:
    """The Error.Code of a reply, if it has one (cheaply: most replies have no "Error")."""
    if b'"Error"' not in response.content:
        return None
    body = _json(response)
    inner = body.get("Response") if isinstance(body, dict) else None
    error = inner.get("Error") if isinstance(inner, dict) else None
    return str(error.get("Code", "")) if isinstance(error, dict) else None


def request_id(response: httpx.Response) -> str | None:
    body = _json(response)
    inner = body.get("Response") if isinstance(body, dict) else None
    value = inner.get("RequestId") if isinstance(inner, dict) else None
    return value if isinstance(value, str) else None


def is_code(code: str, bases: tuple[str, ...]) -> bool:
    return any(code == base or code.startswith(base + ".") for base in bases)


def is_retryable(code: str) -> bool:
    return is_code(code, RETRYABLE_CODES)


class TencentCloudRules:
    """When another attempt is worth it: for the spec's read-only actions (or every action
    with `retry_writes`) on RequestLimitExceeded, InternalError, 5xx and transport
    errors; for any action on RequestLimitExceeded and failures before the request went out."""

    def __init__(self, read_only: frozenset[str], retry_writes: bool = False) -> None:
        self.read_only, self.retry_writes = read_only, retry_writes

    def retry(self, request: httpx.Request, response: httpx.Response | None, sent: bool) -> bool:
        reads = self.retry_writes or request.headers.get("X-TC-Action") in self.read_only
        if response is None:
            return reads or not sent
        if response.status_code >= 500:
            return reads
        code = error_code(response)
        if code is None:
            return False
        return is_code(code, REFUSED_CODES) or (reads and is_retryable(code))


def credentials(secret_id: str | None, secret_key: str | None) -> tuple[str, str]:
    secret_id = secret_id or os.environ.get("TENCENTCLOUD_SECRET_ID")
    secret_key = secret_key or os.environ.get("TENCENTCLOUD_SECRET_KEY")
    if not secret_id or not secret_key:
        raise ValueError(
            "no credentials: pass secret_id and secret_key, or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"
        )
    return secret_id, secret_key


def region_from(region: str | None, default: str | None) -> str | None:
    """The argument, else TENCENTCLOUD_REGION, else the spec's first region."""
    return region or os.environ.get(DEFAULT_REGION_VARIABLE) or default


def http_clients(
    *,
    service: str,
    version: str,
    endpoint: str,
    read_only: frozenset[str],
    secret_id: str | None = None,
    secret_key: str | None = None,
    region: str | None = None,
    token: str | None = None,
    language: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    backoff: Backoff = DEFAULT_BACKOFF,
    retry_writes: bool = False,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A signed, retrying sync and async httpx client for one service."""
    secret_id, secret_key = credentials(secret_id, secret_key)
    auth = TC3Auth(
        secret_id,
        secret_key,
        service=service,
        version=version,
        region=region or os.environ.get(DEFAULT_REGION_VARIABLE),
        token=token or os.environ.get("TENCENTCLOUD_SESSION_TOKEN"),
        language=language,
    )
    rules = TencentCloudRules(read_only, retry_writes)
    return retrying_clients(
        endpoint=endpoint,
        auth=auth,
        timeout=timeout,
        retry=rules.retry,
        backoff=backoff,
        request_id=request_id,
        transport=transport,
        async_transport=async_transport,
    )
