"""Tencent Cloud API 3.0 rules the contract checks judge replies by.

Every reply is HTTP 200 with a JSON `Response` object; a refused call carries
`Response.Error` (Code, Message) and every reply a `RequestId`. Which refusal a
request deserves follows from what is wrong with it, read from the request as
sent and the operation's spec, never from how it was generated.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from clouds.tencentcloud import tc3
from speclib.formats import FORMAT_CHECKER

SPEC_URI = "urn:videoapi-specs:contract"
METHODS = frozenset({"GET", "POST"})  # the cloud accepts both; the specs describe POST


@dataclass(frozen=True)
class Envelope:
    """A reply's `Response` object, or why the reply is not a Tencent envelope."""

    response: Mapping[str, Any] | None
    problem: str | None = None

    @property
    def error_code(self) -> str | None:
        error = (self.response or {}).get("Error")
        code = error.get("Code") if isinstance(error, Mapping) else None
        return code if isinstance(code, str) else None


def envelope(status: int, body: bytes) -> Envelope:
    if status != 200:
        return Envelope(None, f"HTTP {status}: Tencent Cloud answers every call with 200")
    try:
        payload = json.loads(body)
    except ValueError:
        return Envelope(None, "the body is not JSON")
    response = payload.get("Response") if isinstance(payload, dict) else None
    if not isinstance(response, dict):
        return Envelope(None, "the body has no `Response` object")
    return Envelope(response)


@dataclass(frozen=True)
class Refusal:
    """Something wrong with a request, and the error codes that may answer it."""

    reason: str
    # A code matches itself and its sub-codes: "AuthFailure" matches AuthFailure.SignatureFailure.
    codes: tuple[str, ...]

    def accepts(self, code: str) -> bool:
        return any(code == allowed or code.startswith(allowed + ".") for allowed in self.codes)


PARAMETER_CODES = (
    "MissingParameter",
    "UnknownParameter",
    "InvalidParameter",
    "InvalidParameterValue",
)
# Codes that say a request is malformed or unsigned; a well-formed, signed request never earns one.
MALFORMED_CODES = frozenset(
    {
        "AuthFailure.InvalidAuthorization",
        "AuthFailure.SignatureFailure",
        "AuthFailure.SignatureExpire",
        "InvalidAction",
        "MissingParameter",
        "NoSuchVersion",
        "UnknownParameter",
        "UnsupportedProtocol",
        "UnsupportedRegion",
        "InvalidParameter.BodyParameterTypeUnmatched",
    }
)


@dataclass(frozen=True)
class SentRequest:
    method: str
    headers: Mapping[str, str]  # names lower-cased
    body: bytes

    @classmethod
    def of(
        cls, method: str, headers: Iterable[tuple[str, str]], body: bytes | str | None
    ) -> SentRequest:
        raw = body.encode("utf-8") if isinstance(body, str) else (body or b"")
        return cls(method.upper(), {k.lower(): v for k, v in headers}, raw)


def request_validator(document: Mapping[str, Any], schema: Any) -> Draft202012Validator:
    """A validator for a request schema of `document` (references resolved inside it)."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(dict(document), default_specification=DRAFT202012)
    )
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    root = {"$ref": f"{SPEC_URI}{ref}"} if isinstance(ref, str) else schema
    return Draft202012Validator(root, registry=registry, format_checker=FORMAT_CHECKER)


def refusals(request: SentRequest, action: str, body: Draft202012Validator | None) -> list[Refusal]:
    """What is wrong with a request to `action`, each with the codes the cloud may answer."""
    found = []
    if request.method not in METHODS:
        found.append(Refusal(f"HTTP method {request.method}", ("UnsupportedProtocol",)))
    try:
        tc3.parse_authorization(request.headers.get("authorization", ""))
    except ValueError:
        found.append(Refusal("no valid TC3 Authorization header", ("AuthFailure",)))
    sent_action = request.headers.get("x-tc-action")
    if sent_action != action:
        found.append(
            Refusal(f"X-TC-Action is {sent_action!r}", ("MissingParameter", "InvalidAction"))
        )
    if request.method == "POST" and body is not None:
        problem = body_problem(request, body)
        if problem is not None:
            found.append(Refusal(problem, PARAMETER_CODES))
    return found


def body_problem(request: SentRequest, validator: Draft202012Validator) -> str | None:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/json", ""):
        return f"Content-Type {content_type!r}"
    try:
        params = json.loads(request.body.decode("utf-8")) if request.body.strip() else {}
    except (UnicodeDecodeError, ValueError):
        return "the body is not UTF-8 JSON"
    error = next(iter(validator.iter_errors(params)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "(body)"
    return f"the body breaks the request schema at {where}: {error.message}"
