# Copied from clouds/huaweicloud/client_runtime.py of videoapi-specs; do not edit here.
"""Huawei Cloud API Gateway on the client side: the API error, reply checks, retry rules,
credentials and ready httpx clients.

Copied into each generated Huawei package next to sdk_hmac.py, retry.py, errors.py and
replies.py. Errors are raised where a reply is read (`reply`, `check`), never in the
transport.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import httpx

from .errors import ApiError
from .replies import parse_model
from .retry import DEFAULT_BACKOFF, DEFAULT_TIMEOUT, Backoff, base_url, retrying_clients
from .sdk_hmac import IAMTokenAuth, SdkHmacAuth

T = TypeVar("T")
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# A `{param}` of a path template: it stands for one path segment.
PATH_PARAMETER = re.compile(r"\{[^{}/]+\}")


class HuaweiCloudError(ApiError):
    """A 4xx/5xx reply: the HTTP status, the cloud's error_code and error_msg, X-Request-Id."""

    def __init__(self, status_code: int, error_code: str, error_msg: str, request_id: str | None) -> None:
        super().__init__(error_code, error_msg, request_id)
        self.args = (status_code, error_code, error_msg, request_id)
        self.status_code = status_code

    @property
    def error_code(self) -> str:
        return self.code

    @property
    def error_msg(self) -> str:
        return self.message

    def __str__(self) -> str:
        return f"HTTP {self.status_code} [{self.code}] {self.message} (X-Request-Id: {self.request_id})"


def response_error(response: httpx.Response) -> HuaweiCloudError | None:
    if response.status_code < 400:
        return None
    request_id = response.headers.get("X-Request-Id")
    try:
        body: Any = json.loads(response.content)
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


def check(response: httpx.Response) -> None:
    """Raise the error a reply carries, if any."""
    error = response_error(response)
    if error is not None:
        raise error


def reply(response: httpx.Response, parse: Callable[[Mapping[str, Any]], T]) -> T:
    """The reply's body parsed by `parse` (a model's from_dict), or the error raised."""
    check(response)
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = None
    return parse_model(parse, body, request_id(response))


def request_id(response: httpx.Response) -> str | None:
    value = response.headers.get("X-Request-Id")
    return value if isinstance(value, str) else None


def path_pattern(template: str) -> str:
    """A spec's path template as a regular expression: each `{param}` is one segment."""
    return "[^/]+".join(re.escape(part) for part in PATH_PARAMETER.split(template))


class ReadOnlyOperations:
    """The operations the spec marks read-only (x-videoapi-read-only), as (method, path
    template) pairs, matched against requests. The templates are compiled once, one
    pattern per method; `base_path` is the path of the endpoint the client calls."""

    def __init__(self, operations: Iterable[tuple[str, str]], base_path: str = "") -> None:
        templates: dict[str, list[str]] = {}
        for method, template in operations:
            templates.setdefault(method.upper(), []).append(path_pattern(template))
        self.base_path = base_path.rstrip("/")
        self.patterns = {
            method: re.compile("|".join(f"(?:{pattern})" for pattern in patterns))
            for method, patterns in templates.items()
        }

    def matches(self, method: str, path: str) -> bool:
        """Whether `path` (as sent: percent-encoded, without the query) is one of them."""
        pattern = self.patterns.get(method.upper())
        if pattern is None or not path.startswith(self.base_path):
            return False
        return pattern.fullmatch(path, len(self.base_path)) is not None

    def __contains__(self, request: httpx.Request) -> bool:
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        return self.matches(request.method, path)


class HuaweiCloudRules:
    """When another attempt is worth it: for the spec's read-only operations (or every
    call with `retry_writes`) on 429, 5xx and transport errors; for any call on 429 (the
    gateway refused it) and failures before the request went out."""

    def __init__(self, read_only: ReadOnlyOperations, retry_writes: bool = False) -> None:
        self.read_only, self.retry_writes = read_only, retry_writes

    def retry(self, request: httpx.Request, response: httpx.Response | None, sent: bool) -> bool:
        if response is not None and response.status_code not in RETRYABLE_STATUS:
            return False
        if (response is not None and response.status_code == 429) or (response is None and not sent):
            return True
        return self.retry_writes or request in self.read_only


def project_id_from(project_id: str | None) -> str | None:
    return project_id or os.environ.get("HUAWEICLOUD_SDK_PROJECT_ID")


def region_from(region: str | None, default: str) -> str:
    """The argument, else HUAWEICLOUD_SDK_REGION, else the spec's first region."""
    return region or os.environ.get("HUAWEICLOUD_SDK_REGION") or default


def auth_from(ak: str | None, sk: str | None, project_id: str | None, token: str | None) -> httpx.Auth:
    """AK/SK signing (which also sends the project id), or else an IAM token."""
    ak = ak or os.environ.get("HUAWEICLOUD_SDK_AK")
    sk = sk or os.environ.get("HUAWEICLOUD_SDK_SK")
    project_id = project_id_from(project_id)
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
    read_only: Iterable[tuple[str, str]],
    timeout: float = DEFAULT_TIMEOUT,
    backoff: Backoff = DEFAULT_BACKOFF,
    retry_writes: bool = False,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A signed, retrying sync and async httpx client for one endpoint.

    `read_only`: the (method, path template) pairs of the operations that only read,
    e.g. ("GET", "/v1/{project_id}/digital-human-videos"); only they are retried,
    unless `retry_writes`.
    """
    base_path = httpx.URL(base_url(endpoint)).raw_path.split(b"?", 1)[0].decode("ascii")
    rules = HuaweiCloudRules(ReadOnlyOperations(read_only, base_path), retry_writes)
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
