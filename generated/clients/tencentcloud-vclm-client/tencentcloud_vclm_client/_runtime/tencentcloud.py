# Copied from clouds/tencentcloud/client_runtime.py of videoapi-specs; do not edit here.
"""Tencent Cloud API 3.0 on the client side: envelope errors, retry rules, ready httpx clients.

Copied into each generated Tencent package next to tc3.py and retry.py.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from .retry import DEFAULT_BACKOFF, Backoff, retrying_clients
from .tc3 import TC3Auth

T = TypeVar("T")
# Codes worth another attempt (sub-codes such as RequestLimitExceeded.UinLimitExceeded too).
RETRYABLE_CODES = ("RequestLimitExceeded", "InternalError")


class TencentCloudError(Exception):
    """A failed call: the Error of the reply's envelope, or a reply that is not one."""

    def __init__(self, code: str, message: str, request_id: str | None) -> None:
        super().__init__(code, message, request_id)
        self.code, self.message, self.request_id = code, message, request_id

    def __str__(self) -> str:
        return f"[{self.code}] {self.message} (RequestId: {self.request_id})"


def envelope_error(response: httpx.Response) -> TencentCloudError | None:
    """The error a reply carries, if any. The cloud answers HTTP 200 even on failure."""
    if response.status_code != 200:
        return TencentCloudError("ServerNetworkError", f"HTTP {response.status_code}: {response.text[:200]}", None)
    try:
        inner = response.json()["Response"]
    except (ValueError, KeyError, TypeError):
        return TencentCloudError("ClientError.InvalidResponse", "reply has no Response", None)
    if not isinstance(inner, dict):
        return TencentCloudError("ClientError.InvalidResponse", "Response is not an object", None)
    error = inner.get("Error")
    if error is None:
        return None
    if not isinstance(error, dict):
        error = {"Code": "ClientError.InvalidResponse", "Message": repr(error)}
    return TencentCloudError(str(error.get("Code", "")), str(error.get("Message", "")), inner.get("RequestId"))


def is_retryable(code: str) -> bool:
    return any(code == base or code.startswith(base + ".") for base in RETRYABLE_CODES)


class TencentCloudRules:
    """When to retry (read-only actions only, unless told otherwise) and what to raise."""

    def __init__(self, read_only: frozenset[str], retry_writes: bool = False) -> None:
        self.read_only, self.retry_writes = read_only, retry_writes

    def retry(self, request: httpx.Request, response: httpx.Response | None) -> bool:
        if not (self.retry_writes or request.headers.get("X-TC-Action") in self.read_only):
            return False
        if response is None or response.status_code >= 500:
            return True
        error = envelope_error(response)
        return error is not None and is_retryable(error.code)

    def raise_error(self, request: httpx.Request, response: httpx.Response) -> None:
        error = envelope_error(response)
        if error is not None:
            raise error


def output(content: bytes, parse: Callable[[Mapping[str, Any]], T]) -> T:
    """The action's output: the envelope's Response, parsed (errors were raised already)."""
    response: Mapping[str, Any] = json.loads(content)["Response"]
    return parse(response)


def credentials(secret_id: str | None, secret_key: str | None) -> tuple[str, str]:
    secret_id = secret_id or os.environ.get("TENCENTCLOUD_SECRET_ID")
    secret_key = secret_key or os.environ.get("TENCENTCLOUD_SECRET_KEY")
    if not secret_id or not secret_key:
        raise ValueError(
            "no credentials: pass secret_id and secret_key, or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"
        )
    return secret_id, secret_key


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
    timeout: float = 10.0,
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
        region=region or os.environ.get("TENCENTCLOUD_REGION"),
        token=token or os.environ.get("TENCENTCLOUD_SESSION_TOKEN"),
        language=language,
    )
    rules = TencentCloudRules(read_only, retry_writes)
    return retrying_clients(
        endpoint=endpoint,
        auth=auth,
        timeout=timeout,
        retry=rules.retry,
        raise_error=rules.raise_error,
        backoff=backoff,
        transport=transport,
        async_transport=async_transport,
    )
