# Copied from clouds/huaweicloud/client_runtime.py of videoapi-specs; do not edit here.
"""Huawei Cloud API Gateway on the client side: typed errors, retry rules, ready httpx clients.

Copied into each generated Huawei package next to sdk_hmac.py and retry.py.
"""

from __future__ import annotations

import os
from typing import Any

import httpx

from .retry import DEFAULT_BACKOFF, Backoff, retrying_clients
from .sdk_hmac import IAMTokenAuth, SdkHmacAuth

READ_ONLY_METHODS = frozenset({"GET", "HEAD"})
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


class HuaweiCloudError(Exception):
    """A 4xx/5xx reply, with the cloud's error_code and error_msg."""

    def __init__(self, status_code: int, error_code: str, error_msg: str, request_id: str | None) -> None:
        super().__init__(status_code, error_code, error_msg, request_id)
        self.status_code, self.error_code = status_code, error_code
        self.error_msg, self.request_id = error_msg, request_id

    def __str__(self) -> str:
        return f"HTTP {self.status_code} [{self.error_code}] {self.error_msg} (X-Request-Id: {self.request_id})"


def response_error(response: httpx.Response) -> HuaweiCloudError | None:
    if response.status_code < 400:
        return None
    request_id = response.headers.get("X-Request-Id")
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        # The gateway and the services name the pair differently; take the first present.
        for code_key, message_key in (
            ("error_code", "error_msg"),
            ("errorCode", "errorMsg"),
            ("code", "message"),
        ):
            if code_key in body:
                return HuaweiCloudError(
                    response.status_code,
                    str(body[code_key]),
                    str(body.get(message_key, "")),
                    request_id,
                )
    return HuaweiCloudError(response.status_code, str(response.status_code), response.text[:200], request_id)


class HuaweiCloudRules:
    """Retry reads (GET) on 429/5xx and connection errors; raise on 4xx/5xx."""

    def __init__(self, retry_writes: bool = False) -> None:
        self.retry_writes = retry_writes

    def retry(self, request: httpx.Request, response: httpx.Response | None) -> bool:
        if not (self.retry_writes or request.method in READ_ONLY_METHODS):
            return False
        return response is None or response.status_code in RETRYABLE_STATUS

    def raise_error(self, request: httpx.Request, response: httpx.Response) -> None:
        error = response_error(response)
        if error is not None:
            raise error


def auth_from(ak: str | None, sk: str | None, project_id: str | None, token: str | None) -> httpx.Auth:
    """AK/SK signing (which also sends the project id), or else an IAM token."""
    ak = ak or os.environ.get("HUAWEICLOUD_SDK_AK")
    sk = sk or os.environ.get("HUAWEICLOUD_SDK_SK")
    project_id = project_id or os.environ.get("HUAWEICLOUD_SDK_PROJECT_ID")
    token = token or os.environ.get("HUAWEICLOUD_SDK_TOKEN")
    if ak and sk:
        if not project_id:
            raise ValueError("AK/SK signing needs a project id: pass project_id or set HUAWEICLOUD_SDK_PROJECT_ID")
        return SdkHmacAuth(ak, sk, project_id=project_id)
    if token:
        return IAMTokenAuth(token)
    raise ValueError(
        "no credentials: pass ak and sk (or token), or set HUAWEICLOUD_SDK_AK and "
        "HUAWEICLOUD_SDK_SK (or HUAWEICLOUD_SDK_TOKEN)"
    )


def http_clients(
    *,
    endpoint: str,
    auth: httpx.Auth,
    timeout: float = 10.0,
    backoff: Backoff = DEFAULT_BACKOFF,
    retry_writes: bool = False,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A signed, retrying sync and async httpx client for one endpoint."""
    rules = HuaweiCloudRules(retry_writes)
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
