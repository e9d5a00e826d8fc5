"""Each contract check passes a good reply and fires on a deliberately broken one."""

from __future__ import annotations

import ast
import subprocess
import sys
from typing import Any

import pytest

from contract.checks import (
    CHECKS,
    EveryOperationSucceeds,
    documented_error_code,
    huawei_error_shape,
    tencent_invalid_request_refused,
    tencent_request_id,
    tencent_valid_request_accepted,
)
from speclib.catalog import REPOSITORY
from tests.support.contract_exchanges import VCLM, Exchange, Exchanges

CALLBACK = "DescribeVideoGenerationTaskCallback"
RECORD = "DescribeOnlineRecord"
GOOD_BODY = {"SdkAppId": 1400000001}
CALLBACK_OUTPUT = {"Callback": "http://127.0.0.1:9/cb", "CallbackKey": "k", "RequestId": "r-1"}
JOBS = {"count": 0, "jobs": []}


def error(code: str, request_id: str = "r-1") -> dict[str, Any]:
    return {"Response": {"Error": {"Code": code, "Message": "m"}, "RequestId": request_id}}


def run(check: Any, exchange: Exchange) -> bool | None:
    result: bool | None = check(None, exchange.response, exchange.case)
    return result


def fires(check: Any, exchange: Exchange) -> str:
    with pytest.raises(AssertionError) as raised:
        check(None, exchange.response, exchange.case)
    return str(raised.value)


# ---- tencent_invalid_request_refused


def test_malformed_body_refused_with_a_parameter_code_passes(exchanges: Exchanges) -> None:
    exchange = exchanges.tencent(CALLBACK, {}, error("MissingParameter"))
    assert run(tencent_invalid_request_refused, exchange) is None


@pytest.mark.parametrize(
    ("reply", "status", "says"),
    [
        ({"Response": CALLBACK_OUTPUT}, 200, "success envelope"),
        (error("ResourceNotFound"), 200, "answered with error ResourceNotFound"),
        ({"Error": "bad request"}, 400, "HTTP 400"),
        (b"<html>oops</html>", 200, "not JSON"),
    ],
)
def test_malformed_body_not_refused_properly_fires(
    exchanges: Exchanges, reply: Any, status: int, says: str
) -> None:
    body = {"SdkAppId": "1400000001"}  # a string where the spec says integer
    message = fires(
        tencent_invalid_request_refused, exchanges.tencent(CALLBACK, body, reply, status=status)
    )
    assert says in message
    assert "SdkAppId" in message


def test_unknown_field_must_be_refused(exchanges: Exchanges) -> None:
    body = {**GOOD_BODY, "Extra": 1}
    exchange = exchanges.tencent(CALLBACK, body, {"Response": CALLBACK_OUTPUT})
    assert "Extra" in fires(tencent_invalid_request_refused, exchange)
    assert (
        run(
            tencent_invalid_request_refused,
            exchanges.tencent(CALLBACK, body, error("UnknownParameter")),
        )
        is None
    )


def test_unsigned_request_needs_an_auth_failure(exchanges: Exchanges) -> None:
    refused = exchanges.tencent(
        CALLBACK, GOOD_BODY, error("AuthFailure.InvalidAuthorization"), signed=False
    )
    assert run(tencent_invalid_request_refused, refused) is None
    wrong = exchanges.tencent(CALLBACK, GOOD_BODY, error("InvalidParameter"), signed=False)
    assert "no valid TC3 Authorization header" in fires(tencent_invalid_request_refused, wrong)


@pytest.mark.parametrize(
    ("action_header", "code"), [(None, "MissingParameter"), ("Nope", "InvalidAction")]
)
def test_missing_or_wrong_action_needs_a_refusal(
    exchanges: Exchanges, action_header: str | None, code: str
) -> None:
    accepted = exchanges.tencent(
        CALLBACK, GOOD_BODY, {"Response": CALLBACK_OUTPUT}, action_header=action_header
    )
    assert "X-TC-Action is" in fires(tencent_invalid_request_refused, accepted)
    refused = exchanges.tencent(CALLBACK, GOOD_BODY, error(code), action_header=action_header)
    assert run(tencent_invalid_request_refused, refused) is None


def test_unsupported_method_needs_unsupported_protocol(exchanges: Exchanges) -> None:
    accepted = exchanges.tencent(CALLBACK, GOOD_BODY, {"Response": CALLBACK_OUTPUT}, method="PUT")
    assert "HTTP method PUT" in fires(tencent_invalid_request_refused, accepted)
    refused = exchanges.tencent(CALLBACK, GOOD_BODY, error("UnsupportedProtocol"), method="PUT")
    assert run(tencent_invalid_request_refused, refused) is None


def test_refusal_check_leaves_well_formed_requests_and_huawei_alone(exchanges: Exchanges) -> None:
    good = exchanges.tencent(CALLBACK, GOOD_BODY, error("ResourceNotFound"))
    assert run(tencent_invalid_request_refused, good) is None
    assert run(tencent_invalid_request_refused, exchanges.huawei(JOBS)) is True


# ---- tencent_valid_request_accepted


@pytest.mark.parametrize(
    "reply", [{"Response": CALLBACK_OUTPUT}, error("UnauthorizedOperation.SdkAppId")]
)
def test_well_formed_request_answered_or_refused_for_a_reason_passes(
    exchanges: Exchanges, reply: dict[str, Any]
) -> None:
    assert (
        run(tencent_valid_request_accepted, exchanges.tencent(CALLBACK, GOOD_BODY, reply)) is None
    )


@pytest.mark.parametrize(
    ("reply", "status", "says"),
    [
        (
            error("AuthFailure.SignatureFailure"),
            200,
            "refused as malformed: AuthFailure.SignatureFailure",
        ),
        (error("MissingParameter"), 200, "refused as malformed: MissingParameter"),
        (error("InvalidParameter.BodyParameterTypeUnmatched"), 200, "BodyParameterTypeUnmatched"),
        ({"Response": CALLBACK_OUTPUT}, 502, "HTTP 502"),
        ({"Data": {}}, 200, "no `Response` object"),
    ],
)
def test_well_formed_request_refused_as_malformed_fires(
    exchanges: Exchanges, reply: Any, status: int, says: str
) -> None:
    exchange = exchanges.tencent(CALLBACK, GOOD_BODY, reply, status=status)
    assert says in fires(tencent_valid_request_accepted, exchange)


# ---- tencent_request_id


def test_request_id_present_passes(exchanges: Exchanges) -> None:
    exchange = exchanges.tencent(CALLBACK, GOOD_BODY, {"Response": CALLBACK_OUTPUT})
    assert run(tencent_request_id, exchange) is None
    assert run(tencent_request_id, exchanges.huawei(JOBS)) is True


@pytest.mark.parametrize(
    "reply",
    [
        {"Response": {"Callback": "", "CallbackKey": ""}},
        {"Response": {**CALLBACK_OUTPUT, "RequestId": ""}},
        error("InternalError", request_id=""),
        {"Response": {"Error": {"Code": "InternalError", "Message": "m"}, "RequestId": 7}},
    ],
)
def test_missing_request_id_fires(exchanges: Exchanges, reply: dict[str, Any]) -> None:
    exchange = exchanges.tencent(CALLBACK, GOOD_BODY, reply)
    assert "RequestId" in fires(tencent_request_id, exchange)


# ---- documented_error_code


@pytest.mark.parametrize(
    "code",
    [
        "InvalidParameter.TaskNotFound",
        "FailedOperation.Record",
        "RequestLimitExceeded",
        "AuthFailure",
    ],
)
def test_listed_tencent_codes_pass(exchanges: Exchanges, code: str) -> None:
    body = {"SdkAppId": 1400000001, "TaskId": "t"}
    assert run(documented_error_code, exchanges.tencent(RECORD, body, error(code))) is None


def test_code_of_another_operation_fires(exchanges: Exchanges) -> None:
    # Listed for CreateVideoGenerationTask, not for DescribeOnlineRecord.
    body = {"SdkAppId": 1400000001, "TaskId": "t"}
    exchange = exchanges.tencent(RECORD, body, error("LimitExceeded.TaskConcurrency"))
    message = fires(documented_error_code, exchange)
    assert "LimitExceeded.TaskConcurrency" in message and RECORD in message


def test_vclm_code_fires_outside_its_list(exchanges: Exchanges) -> None:
    action = "DescribeVideoStylizationJob"
    body = {"JobId": "j"}
    listed = exchanges.tencent(action, body, error("FailedOperation.TaskNotExist"), api=VCLM)
    assert run(documented_error_code, listed) is None
    unlisted = exchanges.tencent(action, body, error("FailedOperation.JobNotFound"), api=VCLM)
    assert "FailedOperation.JobNotFound" in fires(documented_error_code, unlisted)


def test_huawei_codes_are_held_to_the_list_too(exchanges: Exchanges) -> None:
    listed = exchanges.huawei({"error_code": "APIG.0301", "error_msg": "m"}, status=401)
    assert run(documented_error_code, listed) is None
    unlisted = exchanges.huawei({"error_code": "MSS.99999999", "error_msg": "m"}, status=400)
    assert "MSS.99999999" in fires(documented_error_code, unlisted)
    assert run(documented_error_code, exchanges.huawei(JOBS)) is None


# ---- huawei_error_shape


def test_huawei_reply_with_request_id_passes(exchanges: Exchanges) -> None:
    assert run(huawei_error_shape, exchanges.huawei(JOBS)) is None
    refused = exchanges.huawei({"error_code": "MSS.00000003", "error_msg": "m"}, status=400)
    assert run(huawei_error_shape, refused) is None
    tencent = exchanges.tencent(CALLBACK, GOOD_BODY, {"Response": CALLBACK_OUTPUT})
    assert run(huawei_error_shape, tencent) is True


@pytest.mark.parametrize(
    ("reply", "status", "request_id", "says"),
    [
        (JOBS, 200, None, "X-Request-Id"),
        ({"error_code": "MSS.00000003", "error_msg": "m"}, 400, "", "X-Request-Id"),
        ({"error_code": "MSS.00000003"}, 400, "r", "without error_msg"),
        ({"code": "MSS.00000003", "message": "m"}, 404, "r", "without error_code and error_msg"),
        (b"Bad Gateway", 502, "r", "not JSON"),
        ([], 400, "r", "not a JSON object"),
    ],
)
def test_huawei_error_without_its_shape_fires(
    exchanges: Exchanges, reply: Any, status: int, request_id: str | None, says: str
) -> None:
    content = reply if isinstance(reply, bytes | dict) else b"[]"
    exchange = exchanges.huawei(content, status=status, request_id=request_id)
    assert says in fires(huawei_error_shape, exchange)


# ---- EveryOperationSucceeds


def test_operation_that_never_succeeded_fires_at_the_end(exchanges: Exchanges) -> None:
    check = EveryOperationSucceeds()
    refused = exchanges.tencent(CALLBACK, GOOD_BODY, error("UnauthorizedOperation.SdkAppId"))
    listed = exchanges.huawei(JOBS)
    check.after_response(None, refused.response, refused.case)  # type: ignore[arg-type]
    check.after_response(None, listed.response, listed.case)  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match=f"No call succeeded: POST /#X-TC-Action={CALLBACK}$"):
        check.after_run(None)  # type: ignore[arg-type]
    answered = exchanges.tencent(CALLBACK, GOOD_BODY, {"Response": CALLBACK_OUTPUT})
    check.after_response(None, answered.response, answered.case)  # type: ignore[arg-type]
    check.after_run(None)  # type: ignore[arg-type]


def test_loading_the_hooks_registers_auth_checks_and_hooks() -> None:
    # In a child process: registering is global to schemathesis, and other tests use it too.
    script = """
import schemathesis
from schemathesis.auths import GLOBAL_AUTH_STORAGE
from schemathesis.checks import CHECKS
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER
import contract.hooks
print(sorted(CHECKS.get_all_names()))
print([type(p).__name__ for p in GLOBAL_AUTH_STORAGE.providers])
hooks = ("filter_failure", "after_load_schema")
print(sorted(name for name in hooks if GLOBAL_HOOK_DISPATCHER.defines(name)))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPOSITORY, capture_output=True, text=True, check=True
    )
    checks, providers, hooks = result.stdout.splitlines()
    assert {check.__name__ for check in CHECKS} <= set(ast.literal_eval(checks))
    assert ast.literal_eval(providers) == ["CloudAuth"]
    assert ast.literal_eval(hooks) == ["after_load_schema", "filter_failure"]
    assert len(CHECKS) == 6
