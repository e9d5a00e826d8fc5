"""The clouds' rules as schemathesis checks (contract.hooks registers CHECKS).

A check returns True when it does not apply (the other cloud), None when the
reply passes, and raises AssertionError naming the rule when it does not.
Tencent answers every call with HTTP 200, so schemathesis' status-based
negative_data_rejection, positive_data_acceptance, missing_required_header,
ignored_auth and unsupported_method cannot judge it; contract/schemathesis.toml
turns those off for the Tencent APIs and the first two checks here take over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import schemathesis
from jsonschema import Draft202012Validator

from contract import huawei, tencent
from contract.clouds import is_tencent
from contract.signing import body_bytes, latin1, tencent_action


def _document(case: schemathesis.Case[Any]) -> Mapping[str, Any]:
    document: Mapping[str, Any] = case.operation.schema.raw_schema
    return document


def _operation(case: schemathesis.Case[Any]) -> Mapping[str, Any]:
    node: Mapping[str, Any] = case.operation.definition.raw
    return node


# Per loaded document and operation; the document is kept so that its id is not reused.
_VALIDATORS: dict[tuple[int, str], tuple[Mapping[str, Any], Draft202012Validator | None]] = {}


def _is_tencent(case: schemathesis.Case[Any]) -> bool:
    return is_tencent(_document(case))


def _body_validator(case: schemathesis.Case[Any]) -> Draft202012Validator | None:
    document = _document(case)
    key = (id(document), case.operation.label)
    if key not in _VALIDATORS:
        body = _operation(case).get("requestBody", {}).get("content", {}).get("application/json")
        validator = tencent.request_validator(document, body["schema"]) if body else None
        _VALIDATORS[key] = (document, validator)
    return _VALIDATORS[key][1]


def _tencent_reply(
    case: schemathesis.Case[Any], response: schemathesis.Response
) -> tuple[tencent.Envelope, list[tencent.Refusal]] | None:
    if not _is_tencent(case):
        return None
    request = response.request
    sent = tencent.SentRequest.of(
        str(request.method),
        [(name, latin1(value).decode("latin-1")) for name, value in request.headers.items()],
        body_bytes(request.body),
    )
    validator = _body_validator(case)
    found = tencent.refusals(sent, tencent_action(case.operation.path), validator)
    return tencent.envelope(response.status_code, response.content), found


def documented_codes(document: Mapping[str, Any], operation: Mapping[str, Any]) -> frozenset[str]:
    """The operation's own error codes and the cloud's common ones."""
    own = operation.get("x-videoapi-operation-error-codes") or {}
    common = document.get("x-videoapi-cloud-error-codes") or {}
    return frozenset(own) | frozenset(common)


def tencent_invalid_request_refused(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """A malformed request (body off the schema, wrong X-TC-Action, unsigned, bad method) gets
    HTTP 200 with Response.Error and a code that fits what is wrong."""
    judged = _tencent_reply(case, response)
    if judged is None:
        return True
    reply, found = judged
    if not found:
        return None
    reasons = "; ".join(refusal.reason for refusal in found)
    expected = ", ".join(sorted({code for refusal in found for code in refusal.codes}))
    if reply.problem is not None:
        raise AssertionError(f"Malformed request ({reasons}) answered with {reply.problem}")
    code = reply.error_code
    if code is None:
        raise AssertionError(
            f"Malformed request ({reasons}) answered with a success envelope; "
            f"expected Response.Error with {expected}"
        )
    if not any(refusal.accepts(code) for refusal in found):
        raise AssertionError(
            f"Malformed request ({reasons}) answered with error {code}; expected {expected}"
        )
    return None


def tencent_valid_request_accepted(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """A well-formed, signed request gets HTTP 200 and is never refused as malformed."""
    judged = _tencent_reply(case, response)
    if judged is None:
        return True
    reply, found = judged
    if found:
        return None
    if reply.problem is not None:
        raise AssertionError(f"Well-formed request answered with {reply.problem}")
    code = reply.error_code
    if code in tencent.MALFORMED_CODES:
        message = (reply.response or {}).get("Error", {}).get("Message")
        raise AssertionError(f"Well-formed request refused as malformed: {code} ({message})")
    return None


def tencent_request_id(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """Every Tencent reply carries Response.RequestId."""
    if not _is_tencent(case):
        return True
    reply = tencent.envelope(response.status_code, response.content)
    if reply.problem is not None:
        raise AssertionError(f"Not a Tencent reply envelope: {reply.problem}")
    request_id = (reply.response or {}).get("RequestId")
    if not isinstance(request_id, str) or not request_id:
        raise AssertionError(f"Response.RequestId is missing or empty: {request_id!r}")
    return None


def documented_error_code(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """An error code in a reply is one the spec lists for the operation or for the cloud."""
    document = _document(case)
    if _is_tencent(case):
        code = tencent.envelope(response.status_code, response.content).error_code
    else:
        code = huawei.error_code(response.status_code, response.content)
    if code is None:
        return None
    listed = documented_codes(document, _operation(case))
    if code not in listed:
        raise AssertionError(
            f"Error code {code} is not listed in x-videoapi-operation-error-codes of "
            f"{case.operation.label} "
            "nor in the cloud's x-videoapi-cloud-error-codes"
        )
    return None


def huawei_error_shape(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """Every Huawei reply carries X-Request-Id; errors carry error_code and error_msg."""
    if _is_tencent(case):
        return True
    problem = huawei.request_id_problem(response.headers) or huawei.error_body_problem(
        response.status_code, response.content
    )
    if problem is not None:
        raise AssertionError(problem)
    return None


def succeeded(case: schemathesis.Case[Any], response: schemathesis.Response) -> bool:
    if _is_tencent(case):
        reply = tencent.envelope(response.status_code, response.content)
        return reply.problem is None and reply.error_code is None
    return 200 <= response.status_code < 300


class EveryOperationSucceeds:
    """Each tested operation answered at least one call with success: the run reached real
    data (the emulator's fixtures, the live IDs), not only refusals."""

    def __init__(self) -> None:
        self.tested: set[str] = set()
        self.succeeded: set[str] = set()

    def after_response(
        self,
        ctx: schemathesis.CheckContext,
        response: schemathesis.Response,
        case: schemathesis.Case[Any],
    ) -> bool | None:
        self.tested.add(case.operation.label)
        if succeeded(case, response):
            self.succeeded.add(case.operation.label)
        return None

    def after_run(self, ctx: schemathesis.CheckContext) -> None:
        never = sorted(self.tested - self.succeeded)
        if never:
            raise AssertionError(f"No call succeeded: {', '.join(never)}")


CHECKS = (
    tencent_invalid_request_refused,
    tencent_valid_request_accepted,
    tencent_request_id,
    documented_error_code,
    huawei_error_shape,
    EveryOperationSucceeds,
)
