"""Every VCLM action of the spec through the official SDK (tencentcloud-sdk-python-vclm's
VclmClient and models) and through the generated service client, against one emulator per
module: each with its documented request, a wrong key, an unknown job or subject and an
invalid parameter; and the generated waiters ending at DONE or raising JobFailed.

The operations come from the spec; an input another operation's reply fills (a JobId, an
ElementId: the spec's links) is taken from a fresh call of that operation."""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import snake_case
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.vclm.v20240523 import models as sdk_models
from tencentcloud.vclm.v20240523.vclm_client import VclmClient as SdkClient

from emulator.config import Config, Progression
from emulator.services.vclm.job_kinds import JOB_KINDS
from speclib.bundle import bundle_spec
from speclib.catalog import REPOSITORY, SPECS
from speclib.walk import operations, resolve
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems

sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / "tencentcloud-vclm-client"))
import tencentcloud_vclm_client as vclm
from tencentcloud_vclm_client import models as vclm_models
from tencentcloud_vclm_client.types import UNSET

VCLM = SPECS / "tencentcloud" / "vclm" / "2024-05-23" / "openapi.yaml"
DOCUMENT = bundle_spec(VCLM)
REGION = "ap-guangzhou"


@dataclass(frozen=True)
class Operation:
    name: str
    node: dict[str, Any]

    @property
    def deprecated(self) -> bool:
        return bool(self.node.get("deprecated"))

    @property
    def request_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = resolve(
            DOCUMENT, self.node["requestBody"]["content"]["application/json"]["schema"]
        )
        return schema

    @property
    def example(self) -> dict[str, Any]:
        examples = self.node["requestBody"]["content"]["application/json"]["examples"]
        value: dict[str, Any] = resolve(DOCUMENT, next(iter(examples.values())))["value"]
        return value

    @property
    def waiter(self) -> dict[str, Any] | None:
        facts: dict[str, Any] | None = self.node.get("x-videoapi-waiter")
        return facts


OPERATIONS = {
    op.operation_id: Operation(op.operation_id, op.node)
    for op in operations(DOCUMENT)
    if op.operation_id is not None
}
LIVE = sorted(name for name, op in OPERATIONS.items() if not op.deprecated)


@dataclass(frozen=True)
class Link:
    producer: str  # the operation whose reply gives the value
    pointer: str  # where in its body: Response/<Field>


def links() -> dict[tuple[str, str], Link]:
    """(consumer, input field) -> its producer, from the spec's response links."""
    found: dict[tuple[str, str], Link] = {}
    for name, op in OPERATIONS.items():
        for response in op.node.get("responses", {}).values():
            for link in resolve(DOCUMENT, response).get("links", {}).values():
                for field, expression in link.get("requestBody", {}).items():
                    pointer = expression.removeprefix("$response.body#/")
                    found[(link["operationId"], field)] = Link(name, pointer)
    return found


LINKS = links()


def producer_of(operation: str, field: str) -> Link | None:
    """The link into this operation, else one into another operation for the same field
    (DeleteAigcElement's ElementId comes from CreateAigcElement as DescribeAigcElement's)."""
    if (operation, field) in LINKS:
        return LINKS[(operation, field)]
    same = {link for (_, other), link in LINKS.items() if other == field}
    return same.pop() if len(same) == 1 else None


def linked_fields(operation: str) -> list[str]:
    return [f for f in OPERATIONS[operation].example if producer_of(operation, f) is not None]


IDENTIFIED = [name for name in LIVE if linked_fields(name)]
# What each action answers for an ID it does not know (job_kinds.py; subjects: elements.py).
NOT_FOUND = {kind.describe_action: kind.not_found_code for kind in JOB_KINDS} | {
    "DescribeAigcElement": "InvalidParameterValue",
    "DeleteAigcElement": "InvalidParameterValue",
}


@pytest.fixture(scope="module")
def running() -> Iterator[Running]:
    """One emulator for the module; jobs move only when a test pins them."""
    with serve(Config(progression=Progression.MANUAL)) as server:
        yield server
        assert spec_problems(server) == []


# The official SDK


def sdk(running: Running, secret_key: str = SECRET_KEY) -> SdkClient:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=running.endpoint, protocol="http"))
    return SdkClient(credential.Credential(SECRET_ID, secret_key), REGION, profile)


def sdk_call(running: Running, action: str, params: dict[str, Any], **client: Any) -> Any:
    request = getattr(sdk_models, f"{action}Request")()
    request.from_json_string(json.dumps(params))
    return getattr(sdk(running, **client), action)(request)


def sdk_error(running: Running, action: str, params: dict[str, Any], **client: Any) -> str:
    with pytest.raises(TencentCloudSDKException) as caught:
        sdk_call(running, action, params, **client)
    assert caught.value.get_request_id() and caught.value.get_message()
    return str(caught.value.get_code())


def request_for(running: Running, action: str, *, through_sdk: bool = True) -> dict[str, Any]:
    """The documented request, its linked IDs from fresh calls of their producers (through
    the official SDK, or the generated client for the actions the SDK no longer has)."""
    params = dict(OPERATIONS[action].example)
    for field in linked_fields(action):
        link = producer_of(action, field)
        assert link is not None
        example = OPERATIONS[link.producer].example
        if through_sdk:
            reply = json.loads(sdk_call(running, link.producer, example).to_json_string())
        else:
            with generated(running) as client:
                method = getattr(client, snake_case(link.producer))
                reply = method(**kwargs_for(link.producer, example)).to_dict()
        params[field] = reply[link.pointer.removeprefix("Response/")]
    return params


def test_the_live_operations_are_the_official_sdks_actions() -> None:
    """What the parametrized tests below cover: every action of the SDK's VclmClient, and
    every operation that takes a job's or subject's ID gets the unknown-ID test."""
    actions = {name for name in vars(SdkClient) if name[:1].isupper() and name != "FMT"}
    assert set(LIVE) == actions
    assert set(IDENTIFIED) == set(NOT_FOUND)


@pytest.mark.parametrize("action", LIVE)
def test_every_live_action_through_the_official_sdk(running: Running, action: str) -> None:
    reply = sdk_call(running, action, request_for(running, action))
    assert isinstance(reply, getattr(sdk_models, f"{action}Response"))
    assert reply.RequestId
    body = json.loads(reply.to_json_string())
    output = resolve(DOCUMENT, OPERATIONS[action].node["responses"]["200"])
    required = set(_success_schema(output).get("required", [])) - {"RequestId"}
    assert required <= {key for key, value in body.items() if value is not None}


def _success_schema(response: dict[str, Any]) -> dict[str, Any]:
    envelope = resolve(DOCUMENT, response["content"]["application/json"]["schema"])
    for choice in envelope["properties"]["Response"]["anyOf"]:
        schema: dict[str, Any] = resolve(DOCUMENT, choice)
        if "RequestId" in schema.get("properties", {}) and "Error" not in schema["properties"]:
            return schema
    raise AssertionError("no success schema")


@pytest.mark.parametrize("action", LIVE)
def test_a_wrong_key_is_a_signature_failure(running: Running, action: str) -> None:
    params = OPERATIONS[action].example
    code = sdk_error(running, action, params, secret_key="not-" + SECRET_KEY)
    assert code == "AuthFailure.SignatureFailure"


@pytest.mark.parametrize("action", IDENTIFIED)
def test_an_unknown_id_gets_the_documented_code(running: Running, action: str) -> None:
    params = dict(OPERATIONS[action].example)
    for field in linked_fields(action):
        params[field] = "1999999999999999999"
    assert sdk_error(running, action, params) == NOT_FOUND[action]


@pytest.mark.parametrize("action", IDENTIFIED)
def test_no_id_at_all_is_missing_or_not_found(running: Running, action: str) -> None:
    params = {
        key: value
        for key, value in OPERATIONS[action].example.items()
        if key not in linked_fields(action) and key != "ExternalTaskId"
    }
    required = set(OPERATIONS[action].request_schema.get("required", []))
    expected = "MissingParameter" if required & set(linked_fields(action)) else NOT_FOUND[action]
    assert sdk_error(running, action, params) == expected


def wrong_value(action: str) -> tuple[str, Any, str]:
    """A field of the request, a value its schema refuses and the code that refuses it: a
    number for a free string (a wrong type), else a word outside an enum (a wrong value)."""
    schema = OPERATIONS[action].request_schema
    fields = {field: resolve(DOCUMENT, prop) for field, prop in schema["properties"].items()}
    for field, prop in fields.items():
        if prop.get("type") == "string" and "enum" not in prop:
            return field, 12345, "InvalidParameter"
    for field, prop in fields.items():
        if "enum" in prop:
            code = schema.get("x-videoapi-invalid-value-code", "InvalidParameterValue")
            return field, "no-such-value", code
    raise AssertionError(f"{action} has no field to get wrong")


@pytest.mark.parametrize("action", LIVE)
def test_an_invalid_parameter_is_refused(running: Running, action: str) -> None:
    field, value, expected = wrong_value(action)
    params = {**OPERATIONS[action].example, field: value}
    assert sdk_error(running, action, params) == expected


# The generated service client


def kwargs_for(action: str, params: dict[str, Any]) -> dict[str, Any]:
    """The generated method's keyword arguments for a request body (models for structures)."""
    request = getattr(vclm_models, f"{action}Request").from_dict(params)
    return {
        field.name: getattr(request, field.name)
        for field in attrs.fields(type(request))
        if field.name != "additional_properties" and getattr(request, field.name) is not UNSET
    }


def generated(running: Running) -> vclm.VclmClient:
    return vclm.VclmClient(
        SECRET_ID, SECRET_KEY, endpoint=f"http://{running.endpoint}", region=REGION
    )


def in_call_order() -> list[str]:
    """Every operation, those whose replies give IDs first and the deleting ones last."""
    return sorted(
        OPERATIONS, key=lambda name: (bool(linked_fields(name)), name.startswith("Delete"), name)
    )


def every_operation(call: Callable[..., Any]) -> None:
    """Each operation of the spec once through a generated client's `call(method, **kwargs)`
    (test_generated_clients runs it sync and async), IDs from the earlier replies."""
    replies: dict[str, dict[str, Any]] = {}
    for action in in_call_order():
        params = dict(OPERATIONS[action].example)
        for field in linked_fields(action):
            link = producer_of(action, field)
            assert link is not None
            params[field] = replies[link.producer][link.pointer.removeprefix("Response/")]
        reply = call(snake_case(action), **kwargs_for(action, params))
        assert isinstance(reply, getattr(vclm_models, f"{action}Response")), action
        assert reply.request_id
        replies[action] = reply.to_dict()


@pytest.mark.parametrize("action", sorted(OPERATIONS))
def test_every_action_through_the_generated_client(running: Running, action: str) -> None:
    params = request_for(running, action, through_sdk=False)
    with generated(running) as client:
        reply = getattr(client, snake_case(action))(**kwargs_for(action, params))
    assert isinstance(reply, getattr(vclm_models, f"{action}Response"))
    assert reply.request_id


def test_the_generated_client_raises_the_documented_code(running: Running) -> None:
    with generated(running) as client, pytest.raises(vclm.ApiError) as caught:
        client.describe_template_to_video_job(job_id="1999999999999999999")
    assert caught.value.code == "FailedOperation.JobNotExist" and caught.value.request_id


@pytest.mark.parametrize(
    "action", ["SubmitTextToVideoJob", "DescribeImageToVideoViduJob", "CreateAigcElement"]
)
def test_a_few_actions_through_the_async_client(running: Running, action: str) -> None:
    params = request_for(running, action)

    async def run() -> Any:
        async with vclm.AsyncVclmClient(
            SECRET_ID, SECRET_KEY, endpoint=f"http://{running.endpoint}", region=REGION
        ) as client:
            return await getattr(client, snake_case(action))(**kwargs_for(action, params))

    reply = asyncio.run(run())
    assert isinstance(reply, getattr(vclm_models, f"{action}Response"))
    assert reply.request_id


# Waiters

WAITED = [name for name in LIVE if OPERATIONS[name].waiter]
KINDS = {kind.describe_action: kind for kind in JOB_KINDS}


def test_every_describe_job_action_has_a_waiter() -> None:
    assert set(KINDS) <= set(WAITED)
    for action, kind in KINDS.items():
        waiter = OPERATIONS[action].waiter
        assert waiter is not None
        assert waiter["status"] == kind.status_field
        assert waiter["success"] == [kind.lifecycle.states[-1]]
        assert set(waiter["failure"]) == {kind.lifecycle.failed, *kind.lifecycle.other}


def submitted(running: Running, describe: str) -> tuple[str, str]:
    kind = KINDS[describe]
    job_id: str = sdk_call(
        running, kind.submit_action, OPERATIONS[kind.submit_action].example
    ).JobId
    return kind.name, job_id


def pin(running: Running, kind: str, job_id: str, state: str) -> None:
    running.seed(f"/vclm/jobs/{kind}/{job_id}/state", {"State": state})


def describes_of(running: Running, job_id: str) -> int:
    return sum(
        1
        for request, _ in running.emulator.exchanges
        if request.headers.get("x-tc-action", "").startswith("Describe")
        and job_id.encode() in request.body
    )


@pytest.mark.parametrize(
    "action", ["DescribeTextToVideoJob", "DescribePortraitSingJob", "DescribeHunyuanToVideoJob"]
)
def test_a_waiter_polls_until_done(running: Running, action: str) -> None:
    kind, job_id = submitted(running, action)
    waiter = OPERATIONS[action].waiter
    assert waiter is not None
    timer = threading.Timer(0.3, pin, (running, kind, job_id, "DONE"))
    timer.start()
    try:
        with generated(running) as client:
            wait = getattr(client, f"wait_until_{snake_case(waiter['name'])}")
            last = wait(job_id=job_id, timeout=20, interval=0.02, max_interval=0.05)
    finally:
        timer.join()
    assert getattr(last, snake_case(waiter["status"])) == "DONE"
    assert last.result_video_url
    assert describes_of(running, job_id) >= 2


@pytest.mark.parametrize(
    ("action", "state"),
    [
        ("DescribeImageToVideoJob", "FAIL"),
        ("DescribeVideoFaceFusionJob", "FAIL"),
        ("DescribePortraitSingJob", "STOP"),
    ],
)
def test_a_waiter_raises_job_failed(running: Running, action: str, state: str) -> None:
    kind, job_id = submitted(running, action)
    pin(running, kind, job_id, state)
    waiter = OPERATIONS[action].waiter
    assert waiter is not None
    with generated(running) as client, pytest.raises(vclm.JobFailed) as caught:
        getattr(client, f"wait_until_{snake_case(waiter['name'])}")(job_id=job_id, interval=0.01)
    assert getattr(caught.value.last, snake_case(waiter["status"])) == state


def test_an_async_waiter_waits_for_a_subject(running: Running) -> None:
    element_id = request_for(running, "DescribeAigcElement")["ElementId"]
    running.seed(f"/vclm/aigc-elements/{element_id}/state", {"State": "succeed"})

    async def run() -> Any:
        async with vclm.AsyncVclmClient(
            SECRET_ID, SECRET_KEY, endpoint=f"http://{running.endpoint}", region=REGION
        ) as client:
            return await client.wait_until_aigc_element_ready(element_id=element_id, interval=0.01)

    assert asyncio.run(run()).status == "succeed"
