"""The contract tests sign with the project's signers, on the request exactly as it is sent,
and the emulator (which verifies signatures) accepts what they send."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import (
    CaseMetadata,
    ComponentInfo,
    CoverageScenario,
    GenerationInfo,
    PhaseInfo,
)

from clouds.huaweicloud import sdk_hmac
from clouds.tencentcloud import tc3
from contract.apis import ContractApi
from contract.auth import CloudAuth
from contract.cases import deliberately_broken, valid_as_sent
from contract.signing import huawei_signer, tencent_region, tencent_signer
from emulator.config import DEFAULT_HUAWEI_PROJECT, Config, Progression
from tests.support.contract_exchanges import METASTUDIO, PROJECT, TIW, VCLM
from tests.support.emulator_server import Running, serve


@pytest.fixture(scope="module")
def emulator() -> Iterator[Running]:
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield running


def tencent_reply(response: requests.Response) -> dict[str, Any]:
    assert response.status_code == 200
    reply: dict[str, Any] = response.json()["Response"]
    return reply


def test_signed_request_is_accepted(emulator: Running, apis: dict[str, ContractApi]) -> None:
    action = "DescribeVideoGenerationTaskCallback"
    response = requests.post(
        f"http://{emulator.endpoint}/",
        json={"SdkAppId": 1400000001},
        headers={"X-TC-Action": action},
        auth=tencent_signer(apis[TIW].document, action),
        timeout=10,
    )
    assert "Error" not in tencent_reply(response)
    sent = response.request.headers
    assert sent["X-TC-Version"] == "2019-09-19"
    assert sent["X-TC-Region"] == "ap-singapore"
    assert tc3.parse_authorization(str(sent["Authorization"]))[2] == "tiw"


def test_signature_covers_the_utf8_body_as_sent(
    emulator: Running, apis: dict[str, ContractApi]
) -> None:
    action = "DescribeVideoStylizationJob"
    body = json.dumps({"JobId": "风格化作业"}, ensure_ascii=False).encode()
    response = requests.post(
        f"http://{emulator.endpoint}/",
        data=body,
        headers={"X-TC-Action": action, "Content-Type": "application/json"},
        auth=tencent_signer(apis[VCLM].document, action),
        timeout=10,
    )
    # Past signature checks to the job lookup: the body signed is the body sent.
    assert tencent_reply(response)["Error"]["Code"] == "FailedOperation.TaskNotExist"


def test_action_left_out_on_purpose_is_signed_and_stays_out(
    emulator: Running, apis: dict[str, ContractApi]
) -> None:
    action = "DescribeOnlineRecord"
    signer = tencent_signer(apis[TIW].document, action)
    body: dict[str, Any] = {"SdkAppId": 1400000001, "TaskId": "nope"}
    response = requests.post(f"http://{emulator.endpoint}/", json=body, auth=signer, timeout=10)
    assert "X-TC-Action" not in response.request.headers
    error = tencent_reply(response)["Error"]
    assert (error["Code"], "X-TC-Action" in error["Message"]) == ("MissingParameter", True)
    # Signed as if the header were there (it is not signed): the same request with it passes.
    again = requests.Request(
        "POST",
        f"http://{emulator.endpoint}/",
        json=body,
        headers={"X-TC-Action": action},
    ).prepare()
    sent = response.request
    again.headers["X-TC-Timestamp"] = sent.headers["X-TC-Timestamp"]
    again.headers["Authorization"] = sent.headers["Authorization"]
    for name in ("X-TC-Version", "X-TC-Region", "Host"):
        again.headers[name] = sent.headers[name]
    with requests.Session() as session:
        reply = tencent_reply(session.send(again, timeout=10))
    assert reply["Error"]["Code"] == "InvalidParameter.TaskNotFound"


def test_region_is_one_the_api_is_offered_in(apis: dict[str, ContractApi]) -> None:
    assert tencent_region(apis[TIW].document, "ap-guangzhou") == "ap-singapore"
    assert tencent_region(apis[TIW].document, None) == "ap-singapore"
    assert tencent_region(apis[VCLM].document, "ap-beijing") == "ap-beijing"


def test_huawei_query_is_sent_in_the_signed_canonical_form(emulator: Running) -> None:
    project = DEFAULT_HUAWEI_PROJECT  # the signer's (X-Project-Id): the gateway wants the same
    emulator.seed(f"/metastudio/{project}/jobs", {"state": "SUCCEED", "asset_name": "a b"})
    response = requests.get(
        f"http://{emulator.endpoint}/v1/{project}/digital-human-videos",
        params=[("limit", "5"), ("asset_name", "a b"), ("sort_dir", "desc")],
        headers={"X-App-UserId": "caf\u00e9"},  # a latin-1 header value, sent as such
        auth=huawei_signer(),
        timeout=10,
    )
    assert response.status_code == 200, response.text
    assert response.json()["count"] == 1
    assert str(response.request.url).endswith("?asset_name=a%20b&limit=5&sort_dir=desc")
    assert response.request.headers["X-App-UserId"] == "caf\u00e9"
    _, signed, _ = sdk_hmac.parse_authorization(str(response.request.headers["Authorization"]))
    assert "x-app-userid" in signed and "x-sdk-date" in signed and "host" in signed


def coverage_case(
    operation: Any,
    scenario: CoverageScenario,
    parameter: str,
    location: ParameterLocation,
    **parts: Any,
) -> schemathesis.Case[Any]:
    """A negative case as the coverage phase records it: what it broke, and where."""
    meta = CaseMetadata(
        generation=GenerationInfo(time=0.0, mode=schemathesis.GenerationMode.NEGATIVE),
        components={location: ComponentInfo(mode=schemathesis.GenerationMode.NEGATIVE)},
        phase=PhaseInfo.coverage(scenario, f"broken {parameter}", None, parameter, location),
    )
    return schemathesis.Case(operation, operation.method.upper(), operation.path, meta=meta)


def test_auth_provider_sets_the_action_unless_the_case_breaks_it_on_purpose(
    schemas: dict[str, schemathesis.BaseSchema],
) -> None:
    operation = schemas[VCLM]["/#X-TC-Action=DescribeVideoStylizationJob"]["POST"]
    context = schemathesis.AuthContext(operation=operation, app=None)
    provider = CloudAuth()

    positive = operation.Case(body={"JobId": "j"})
    signer = provider.get(positive, context)
    provider.set(positive, signer, context)
    assert positive.headers["X-TC-Action"] == "DescribeVideoStylizationJob"
    assert positive._auth is signer

    missing = coverage_case(
        operation, CoverageScenario.MISSING_PARAMETER, "X-TC-Action", ParameterLocation.HEADER
    )
    assert deliberately_broken(missing, "x-tc-action")
    provider.set(missing, signer, context)
    assert "X-TC-Action" not in missing.headers
    assert missing._auth is signer

    garbled = operation.Case(headers={"X-TC-Action": "0.5"})  # kept, even without a record
    provider.set(garbled, signer, context)
    assert garbled.headers["X-TC-Action"] == "0.5"


def test_a_blank_query_value_is_the_parameter_left_out(
    schemas: dict[str, schemathesis.BaseSchema],
) -> None:
    operation = schemas[METASTUDIO]["/v1/{project_id}/digital-human-videos"]["GET"]
    negative = coverage_case(
        operation, CoverageScenario.INVALID_ENUM_VALUE, "sort_dir", ParameterLocation.QUERY
    )
    url = f"http://h/v1/{PROJECT}/digital-human-videos"
    assert valid_as_sent(negative, f"{url}?sort_dir=&limit=5")
    assert not valid_as_sent(negative, f"{url}?sort_dir=sideways")
    assert not valid_as_sent(negative, f"{url}?sort_dir=&sort_dir=up")
    header = coverage_case(
        operation, CoverageScenario.INVALID_ENUM_VALUE, "X-App-UserId", ParameterLocation.HEADER
    )
    assert not valid_as_sent(header, f"{url}?sort_dir=")
    positive = operation.Case(path_parameters={"project_id": PROJECT}, query={"sort_dir": ""})
    assert not valid_as_sent(positive, f"{url}?sort_dir=")


def test_a_query_value_valid_once_serialized_is_not_invalid_data(
    schemas: dict[str, schemathesis.BaseSchema],
) -> None:
    """A `false` generated for fuzzy_query_field (a list of strings) is sent as the string
    "false": the emulator rightly accepts it, and the run must not count that a failure."""
    operation = schemas[METASTUDIO]["/v1/{project_id}/digital-human-videos"]["GET"]
    url = f"http://h/v1/{PROJECT}/digital-human-videos"
    fuzzy = coverage_case(
        operation, CoverageScenario.INCORRECT_TYPE, "fuzzy_query_field", ParameterLocation.QUERY
    )
    assert valid_as_sent(fuzzy, f"{url}?fuzzy_query_field=false")
    assert valid_as_sent(fuzzy, f"{url}?fuzzy_query_field=false&fuzzy_query_field=0")
    assert not valid_as_sent(fuzzy, f"{url}?limit=5")  # what it broke was not sent at all
    # limit is an integer: "five" is invalid as sent, so accepting it stays a failure.
    limit = coverage_case(
        operation, CoverageScenario.INCORRECT_TYPE, "limit", ParameterLocation.QUERY
    )
    assert not valid_as_sent(limit, f"{url}?limit=five")
    assert not valid_as_sent(limit, f"{url}?limit=5")  # not a string schema: not judged here
