"""Who is calling Tencent Cloud API 3.0, and is the request theirs: the common parameters of
a call, read from the headers (TC3-HMAC-SHA256) or from the parameters (signature v1:
HmacSHA1, HmacSHA256), and their verification with the cloud's own algorithms
(clouds/tencentcloud/tc3.py, signature_v1.py).

The codes are the cloud's documented common ones: AuthFailure.InvalidAuthorization (no or a
malformed signature, a credential scope for another service), AuthFailure.SecretIdNotFound,
AuthFailure.SignatureExpire (a timestamp beyond the allowed skew), AuthFailure.SignatureFailure
(a signature that does not match, and a replayed v1 Nonce: the docs name no code of its own
for that), AuthFailure.TokenFailure (a temporary key without its token, or a wrong one).
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from clouds.tencentcloud import signature_v1, tc3
from emulator.clock import Clock
from emulator.config import Config
from emulator.http import Request
from emulator.messages import LANGUAGES, text
from emulator.protocols.errors import ApiError
from emulator.protocols.tencent_nonces import NonceLedger

_DIGITS = re.compile(r"[0-9]{1,20}")  # ASCII only: str.isdigit() also takes "²" and "٣"
REQUIRED_SIGNED_HEADERS = ("content-type", "host")
FORM = "application/x-www-form-urlencoded"
MAX_FORM_FIELDS = 10_000
# The common parameters a Call reads: each Call field, by its name as a signature v1
# parameter and as a TC3 header.
COMMON: dict[str, tuple[str, str]] = {
    "action": ("Action", "X-TC-Action"),
    "version": ("Version", "X-TC-Version"),
    "region": ("Region", "X-TC-Region"),
    "language": ("Language", "X-TC-Language"),
    "timestamp": ("Timestamp", "X-TC-Timestamp"),
    "token": ("Token", "X-TC-Token"),
}


@dataclass(frozen=True)
class Call:
    """The common parameters of one call, wherever the request carried them."""

    action: str | None
    version: str | None
    region: str | None
    language: str | None
    timestamp: str | None
    token: str | None
    secret_id: str | None = None
    # TC3: the parsed Authorization header (id, date, service, signed headers, signature).
    authorization: tuple[str, str, str, list[str], str] | None = None
    # Signature v1: every parameter as sent, and the action's own (the common ones removed).
    signed_pairs: list[tuple[str, str]] | None = None
    form: list[tuple[str, str]] | None = None

    @property
    def scope_service(self) -> str | None:
        return self.authorization[2] if self.authorization else None


def _single(request: Request, name: str) -> str | None:
    """A header that must appear once (the app joins repeated headers with commas)."""
    value = request.header(name)
    if value is not None and name == "authorization" and value.count(tc3.ALGORITHM) > 1:
        raise ApiError("AuthFailure.InvalidAuthorization", text("auth.repeated", name=name))
    return value


def _form_pairs(request: Request) -> list[tuple[str, str]] | None:
    """Signature v1's parameters: the GET query, or a form-encoded POST body."""
    if request.method == "GET":
        raw = request.raw_query
    else:
        content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
        if content_type != FORM:
            return None
        try:
            raw = request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError("InvalidParameter", text("request.form_encoding")) from None
    try:
        pairs = parse_qsl(
            raw, keep_blank_values=True, errors="strict", max_num_fields=MAX_FORM_FIELDS
        )
    except UnicodeDecodeError:
        raise ApiError("InvalidParameter", text("request.form_encoding")) from None
    except ValueError:  # more fields than MAX_FORM_FIELDS
        raise ApiError(
            "InvalidParameter", text("request.form_fields", limit=MAX_FORM_FIELDS)
        ) from None
    names = {name for name, _ in pairs}
    if "Signature" in names or "SecretId" in names or "Action" in names:
        return pairs
    return None


def read_call(request: Request, auth: bool) -> Call:
    """The request's common parameters; a refusal when it is signed in no form we know."""
    authorization = _single(request, "authorization")
    pairs = None if authorization else _form_pairs(request)
    if pairs is not None:
        seen: dict[str, str] = {}
        for name, value in pairs:
            if name in seen and name in signature_v1.COMMON_PARAMETERS:
                raise ApiError("InvalidParameter", text("request.repeated_parameter", name=name))
            seen.setdefault(name, value)
        from_form: dict[str, Any] = {field: seen.get(name) for field, (name, _) in COMMON.items()}
        return Call(
            **from_form,
            secret_id=seen.get("SecretId"),
            signed_pairs=pairs,
            form=[(n, v) for n, v in pairs if n not in signature_v1.COMMON_PARAMETERS],
        )
    parsed = None
    if auth:
        if not authorization:
            raise ApiError("AuthFailure.InvalidAuthorization", text("auth.missing"))
        try:
            parsed = tc3.parse_authorization(authorization)
        except ValueError:
            raise ApiError("AuthFailure.InvalidAuthorization", text("auth.malformed")) from None
    from_headers: dict[str, Any] = {
        field: request.header(name) for field, (_, name) in COMMON.items()
    }
    return Call(
        **from_headers,
        secret_id=parsed[0] if parsed else None,
        authorization=parsed,
    )


def check_language(call: Call) -> None:
    if call.language is not None and call.language not in LANGUAGES:
        raise ApiError("InvalidParameterValue", text("request.language", value=call.language))


def where(call: Call, field: str) -> str:
    """How a common parameter (a Call field) is named in the form the call came in."""
    parameter, header = COMMON[field]
    return f"{parameter} parameter" if call.signed_pairs is not None else f"{header} header"


class TencentAuth:
    def __init__(self, config: Config, clock: Clock) -> None:
        self.config, self.clock = config, clock
        self.nonces = NonceLedger(config.data, float(config.clock_skew_seconds))

    def timestamp(self, call: Call) -> int:
        name = where(call, "timestamp")
        raw = call.timestamp
        if raw is None:
            raise ApiError("MissingParameter", text("request.missing", name=name))
        if not _DIGITS.fullmatch(raw):
            raise ApiError("InvalidParameter", text("request.not_integer", name=name))
        timestamp = int(raw)
        skew = self.config.clock_skew_seconds
        # Against real time: the admin clock moves tasks on, not the callers' clocks.
        if self.config.auth and abs(self.clock.wall() - timestamp) > skew:
            raise ApiError(
                "AuthFailure.SignatureExpire", text("auth.expired", timestamp=raw, skew=skew)
            )
        return timestamp

    def verify(self, request: Request, call: Call, service_name: str, timestamp: int) -> None:
        """Refuse the call unless it is signed by a known key; nothing when auth is off."""
        if not self.config.auth:
            return
        if call.signed_pairs is not None:
            self._verify_v1(request, call, timestamp)
        elif call.authorization is not None:
            self._verify_tc3(request, call, service_name, timestamp)

    def _secret_key(self, call: Call) -> str:
        secret_key = self.config.tencent_credentials.get(call.secret_id or "")
        if secret_key is None:
            raise ApiError("AuthFailure.SecretIdNotFound", text("auth.secret_id"))
        return secret_key

    def _check_token(self, call: Call) -> None:
        """A temporary key (`--credentials ID:KEY:TOKEN`) needs its token; a permanent key
        has none, so a token sent with it is not its token either."""
        expected = self.config.tencent_tokens.get(call.secret_id or "")
        if expected is None:
            if call.token:
                raise ApiError("AuthFailure.TokenFailure", text("auth.token_wrong"))
            return
        if not call.token:
            raise ApiError("AuthFailure.TokenFailure", text("auth.token_missing"))
        if not hmac.compare_digest(call.token.encode(), expected.encode()):
            raise ApiError("AuthFailure.TokenFailure", text("auth.token_wrong"))

    def _verify_tc3(self, request: Request, call: Call, service_name: str, timestamp: int) -> None:
        assert call.authorization is not None
        _, date, scope_service, signed_headers, signature = call.authorization
        secret_key = self._secret_key(call)
        if date != tc3.utc_date(timestamp):
            raise ApiError("AuthFailure.SignatureFailure", text("auth.scope_date"))
        missing = [name for name in signed_headers if request.header(name) is None]
        if missing or any(name not in signed_headers for name in REQUIRED_SIGNED_HEADERS):
            raise ApiError("AuthFailure.SignatureFailure", text("auth.signed_headers"))
        # Tencent: header names and values lower-cased and trimmed (its own demo signs
        # `x-tc-action:describeinstances`); the SDKs' values are lower-case already.
        signed = [(name, (request.header(name) or "").strip().lower()) for name in signed_headers]
        payload = tc3.hashed_payload(request.body if request.method == "POST" else b"")
        if request.header("x-tc-content-sha256") == "UNSIGNED-PAYLOAD":
            payload = tc3.hashed_payload(b"UNSIGNED-PAYLOAD")
        query = request.raw_query if request.method == "GET" else ""
        canonical = tc3.canonical_request_for(request.method, query, signed, payload)
        expected = tc3.signature(
            secret_key, date, scope_service, tc3.string_to_sign(timestamp, scope_service, canonical)
        )
        if not hmac.compare_digest(expected, signature):
            raise ApiError("AuthFailure.SignatureFailure", text("auth.signature"))
        self._check_token(call)

    def _verify_v1(self, request: Request, call: Call, timestamp: int) -> None:
        assert call.signed_pairs is not None
        params = dict(call.signed_pairs)
        for name in ("SecretId", "Nonce", "Signature"):
            if not params.get(name):
                raise ApiError(
                    "MissingParameter", text("request.missing", name=f"{name} parameter")
                )
        nonce = params["Nonce"]
        if not _DIGITS.fullmatch(nonce):
            raise ApiError("InvalidParameter", text("request.not_integer", name="Nonce"))
        method = params.get("SignatureMethod", signature_v1.DEFAULT_METHOD)
        if method not in signature_v1.METHODS:
            raise ApiError("InvalidParameterValue", text("auth.signature_method", value=method))
        secret_key = self._secret_key(call)
        host = request.header("host") or ""
        string = signature_v1.string_to_sign(request.method, host, request.path, call.signed_pairs)
        if not signature_v1.matches(secret_key, string, method, params["Signature"]):
            raise ApiError("AuthFailure.SignatureFailure", text("auth.signature"))
        self._check_token(call)
        # Only a request signed by the key holder may use up its Nonce.
        if not self.nonces.first_use(str(call.secret_id), timestamp, nonce, self.clock.wall()):
            raise ApiError("AuthFailure.SignatureFailure", text("auth.nonce", nonce=nonce))
