# Copied from clouds/huaweicloud/sdk_hmac.py of videoapi-specs; do not edit here.
"""Huawei Cloud API Gateway request signing (SDK-HMAC-SHA256, AK/SK) and IAM token auth.

Standalone: imports only the standard library and httpx, so it can be copied verbatim into a
generated package. Mirrors huaweicloudsdkcore (``signer.signer.Signer.sign``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote

import httpx

ALGORITHM = "SDK-HMAC-SHA256"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
DATE_HEADER = "X-Sdk-Date"
CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
_EMPTY_HASH = hashlib.sha256(b"").hexdigest()
# Intermediaries may drop or rewrite these (RFC 9110 7.6.1), so signing them would be fragile;
# Authorization is left out because a re-sent request already carries the old one.
_UNSIGNABLE = frozenset(
    {
        "authorization",
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_AUTHORIZATION_RE = re.compile(
    r"SDK-HMAC-SHA256 Access=(?P<access>[^,\s]+), "
    r"SignedHeaders=(?P<headers>[^,\s;]+(?:;[^,\s;]+)*), "
    r"Signature=(?P<signature>[0-9a-f]{64})"
)


@lru_cache(maxsize=4096)
def url_encode(text: str) -> str:
    # Kept: the same names and values come back on every call (and on every request a
    # server verifies), and quote() is the slowest step of a signature.
    return quote(text, safe="~")


def query_value(value: str | int | float | bool) -> str:
    """How the SDK writes a scalar query parameter (booleans lowercase)."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def canonical_uri(path: str) -> str:
    uri = "/".join(url_encode(segment) for segment in unquote(path).split("/"))
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(pairs: Sequence[tuple[str, str]]) -> str:
    # Sorted on the decoded text, as the SDK does, not on the encoded form.
    return "&".join(f"{url_encode(key)}={url_encode(value)}" for key, value in sorted(pairs))


def signed_headers(headers: Mapping[str, str]) -> list[str]:
    return sorted(name.lower() for name in headers if "_" not in name)


def canonical_headers(headers: Mapping[str, str], signed: Sequence[str]) -> str:
    values = {name.lower(): value.strip() for name, value in headers.items()}
    return "".join(f"{name}:{values[name]}\n" for name in signed)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


def needs_unsigned_payload(content_type: str | None) -> bool:
    """True when the SDK marks the body unsigned (non-JSON, non-BSON content)."""
    return bool(content_type) and not str(content_type).startswith(("application/json", "application/bson"))


def payload_hash(headers: Mapping[str, str], body: bytes) -> str:
    if not body:
        return _EMPTY_HASH
    return _header(headers, CONTENT_SHA256_HEADER) or hashlib.sha256(body).hexdigest()


def canonical_request(
    method: str,
    path: str,
    query_pairs: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
) -> str:
    signed = signed_headers(headers)
    return "\n".join(
        [
            method.upper(),
            canonical_uri(path),
            canonical_query(query_pairs),
            canonical_headers(headers, signed),
            ";".join(signed),
            payload_hash(headers, body),
        ]
    )


def string_to_sign(sdk_date: str, canonical: str) -> str:
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{sdk_date}\n{digest}"


def signature(sk: str, string_to_sign: str) -> str:
    return hmac.new(sk.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization(
    ak: str,
    sk: str,
    method: str,
    path: str,
    query_pairs: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
) -> str:
    """The ``Authorization`` value; ``headers`` must hold Host and X-Sdk-Date, all get signed."""
    raw_date = _header(headers, DATE_HEADER)
    if raw_date is None:
        raise ValueError(f"SDK-HMAC-SHA256 needs an {DATE_HEADER} header")
    sdk_date = datetime.strptime(raw_date, DATE_FORMAT).strftime(DATE_FORMAT)
    canonical = canonical_request(method, path, query_pairs, headers, body)
    return (
        f"{ALGORITHM} Access={ak}, SignedHeaders={';'.join(signed_headers(headers))}, "
        f"Signature={signature(sk, string_to_sign(sdk_date, canonical))}"
    )


def parse_authorization(value: str) -> tuple[str, list[str], str]:
    """Split a header value into (access, signed_headers, signature)."""
    match = _AUTHORIZATION_RE.fullmatch(value)
    if match is None:
        raise ValueError(f"malformed SDK-HMAC-SHA256 Authorization header: {value!r}")
    return match["access"], match["headers"].split(";"), match["signature"]


class SdkHmacAuth(httpx.Auth):
    """AK/SK signing; rewrites the query to its canonical form so the wire matches the signature."""

    requires_request_body = True

    def __init__(
        self,
        ak: str,
        sk: str,
        *,
        project_id: str,
        security_token: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.ak = ak
        self._sk = sk
        self.project_id = project_id
        self._security_token = security_token
        self._clock = clock

    def __repr__(self) -> str:
        token = ", security_token='***'" if self._security_token else ""
        return f"SdkHmacAuth(ak={self.ak!r}, sk='***', project_id={self.project_id!r}{token})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        headers = request.headers
        now = datetime.fromtimestamp(self._clock(), tz=UTC)
        headers[DATE_HEADER] = now.strftime(DATE_FORMAT)
        headers["X-Project-Id"] = self.project_id
        if self._security_token:
            headers["X-Security-Token"] = self._security_token
        if needs_unsigned_payload(headers.get("Content-Type")):
            headers[CONTENT_SHA256_HEADER] = UNSIGNED_PAYLOAD
        # Form decoding ("+" is a space) matches how httpx encodes params=.
        pairs = parse_qsl(request.url.query.decode("utf-8"), keep_blank_values=True)
        query = canonical_query(pairs)
        request.url = request.url.copy_with(query=query.encode("ascii") if query else None)
        to_sign = {k: v for k, v in headers.items() if k.lower() not in _UNSIGNABLE}
        # url.path is already percent-decoded; canonical_uri must decode the wire form only once.
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        headers["Authorization"] = authorization(
            self.ak, self._sk, request.method, raw_path, pairs, to_sign, request.content
        )
        yield request


class IAMTokenAuth(httpx.Auth):
    """Sends an IAM token obtained elsewhere (X-Auth-Token)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "IAMTokenAuth(token='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Auth-Token"] = self._token
        yield request
