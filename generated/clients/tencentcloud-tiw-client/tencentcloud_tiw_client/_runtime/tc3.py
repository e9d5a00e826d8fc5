# Copied from clouds/tencentcloud/tc3.py of videoapi-specs; do not edit here.
"""Tencent Cloud API 3.0 request signing (TC3-HMAC-SHA256).

Standalone: imports only the standard library and httpx, so it can be copied verbatim into a
generated package. Mirrors tencentcloud-sdk-python-common (``AbstractClient._get_tc3_signature``
and ``Sign.sign_tc3``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable, Generator, Sequence
from datetime import UTC, datetime
from functools import lru_cache

import httpx

ALGORITHM = "TC3-HMAC-SHA256"
SIGNED_HEADERS = "content-type;host"
DEFAULT_CONTENT_TYPE = "application/json"

_AUTHORIZATION_RE = re.compile(
    r"TC3-HMAC-SHA256 Credential=(?P<id>[^/,\s]+)/(?P<date>\d{4}-\d{2}-\d{2})/"
    r"(?P<service>[^/,\s]+)/tc3_request, SignedHeaders=(?P<headers>[a-z0-9-]+(?:;[a-z0-9-]+)*), "
    r"Signature=(?P<signature>[0-9a-f]{64})"
)


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def utc_date(timestamp: int) -> str:
    return _utc_day(timestamp // 86400)


@lru_cache(maxsize=8)
def _utc_day(day: int) -> str:
    return datetime.fromtimestamp(day * 86400, tz=UTC).strftime("%Y-%m-%d")


def hashed_payload(body: bytes) -> str:
    return _sha256_hex(body)


def canonical_request_for(method: str, query: str, signed: Sequence[tuple[str, str]], payload_hash: str) -> str:
    """Canonical request over any signed headers, given as (lower-case name, value) pairs."""
    # The API is RPC style: the canonical URI is always "/".
    headers = "".join(f"{name}:{value}\n" for name, value in signed)
    names = ";".join(name for name, _ in signed)
    return f"{method}\n/\n{query}\n{headers}\n{names}\n{payload_hash}"


def canonical_request(method: str, query: str, content_type: str, host: str, payload_hash: str) -> str:
    """Canonical request as the SDKs sign it: `content-type;host`."""
    return canonical_request_for(method, query, [("content-type", content_type), ("host", host)], payload_hash)


def string_to_sign(timestamp: int, service: str, canonical: str) -> str:
    scope = f"{utc_date(timestamp)}/{service}/tc3_request"
    return f"{ALGORITHM}\n{timestamp}\n{scope}\n{_sha256_hex(canonical.encode('utf-8'))}"


@lru_cache(maxsize=64)
def signing_key(secret_key: str, date: str, service: str) -> bytes:
    """The key derived for one day and service (the same all day: worth keeping)."""
    key = _hmac(("TC3" + secret_key).encode("utf-8"), date)
    key = _hmac(key, service)
    return _hmac(key, "tc3_request")


def signature(secret_key: str, date: str, service: str, string_to_sign: str) -> str:
    key = signing_key(secret_key, date, service)
    return hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization(
    secret_id: str,
    secret_key: str,
    service: str,
    timestamp: int,
    method: str,
    host: str,
    content_type: str,
    query: str,
    body: bytes,
) -> str:
    """The full ``Authorization`` header value for one request."""
    canonical = canonical_request(method, query, content_type, host, hashed_payload(body))
    date = utc_date(timestamp)
    sig = signature(secret_key, date, service, string_to_sign(timestamp, service, canonical))
    return (
        f"{ALGORITHM} Credential={secret_id}/{date}/{service}/tc3_request, "
        f"SignedHeaders={SIGNED_HEADERS}, Signature={sig}"
    )


def parse_authorization(value: str) -> tuple[str, str, str, list[str], str]:
    """Split a header value into (secret_id, date, service, signed_headers, signature)."""
    match = _AUTHORIZATION_RE.fullmatch(value)
    if match is None:
        raise ValueError(f"malformed TC3 Authorization header: {value!r}")
    return (
        match["id"],
        match["date"],
        match["service"],
        match["headers"].split(";"),
        match["signature"],
    )


class TC3Auth(httpx.Auth):
    """Signs each request; the endpoint code has already set ``X-TC-Action``."""

    requires_request_body = True

    def __init__(
        self,
        secret_id: str,
        secret_key: str,
        *,
        service: str,
        version: str,
        region: str | None,
        token: str | None = None,
        language: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.secret_id = secret_id
        self._secret_key = secret_key
        self.service = service
        self.version = version
        self.region = region
        self._token = token
        self.language = language
        self._clock = clock

    def __repr__(self) -> str:
        token = ", token='***'" if self._token else ""
        return (
            f"TC3Auth(secret_id={self.secret_id!r}, service={self.service!r}, "
            f"version={self.version!r}, region={self.region!r}, secret_key='***'{token})"
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if "X-TC-Action" not in request.headers:
            raise ValueError("TC3Auth: request has no X-TC-Action header; set it to the API action")
        timestamp = int(self._clock())
        headers = request.headers
        headers["X-TC-Version"] = self.version
        headers["X-TC-Timestamp"] = str(timestamp)
        if self.region:
            headers["X-TC-Region"] = self.region
        if self._token:
            headers["X-TC-Token"] = self._token
        if self.language:
            headers["X-TC-Language"] = self.language
        # What is signed must be what is sent, so a missing Content-Type gets the default too.
        content_type = headers.setdefault("Content-Type", DEFAULT_CONTENT_TYPE)
        headers["Authorization"] = authorization(
            self.secret_id,
            self._secret_key,
            self.service,
            timestamp,
            request.method,
            headers["Host"],
            content_type,
            request.url.query.decode("utf-8"),
            request.content,
        )
        yield request
