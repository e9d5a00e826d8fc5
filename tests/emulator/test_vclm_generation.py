"""The live VCLM actions in the emulator: every job kind of the table submitted with its
documented example and polled to its end, the documented failures and not-found codes,
failure injection, admin seeding, and the subject library as stored resources. Every
reply is held to the spec (the fixtures' spec_problems)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from emulator.clock import Clock
from emulator.config import Config, Progression
from emulator.context import Context
from emulator.protocols.errors import ApiError
from emulator.services.vclm.generation import GenerationJobs
from emulator.services.vclm.job_kinds import BY_NAME, JOB_KINDS, JobKind
from emulator.store import Store
from speclib.bundle import bundle_spec
from speclib.catalog import SPECS
from speclib.walk import operations, resolve
from tests.emulator.test_vclm_jobs import call, sdk_error
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems

VCLM = SPECS / "tencentcloud" / "vclm" / "2024-05-23" / "openapi.yaml"
IMAGE = "https://cos.ap-guangzhou.myqcloud.com/image.png"


def documented_request(action: str) -> dict[str, Any]:
    document = bundle_spec(VCLM)
    node = next(op for op in operations(document) if op.operation_id == action).node
    examples = node["requestBody"]["content"]["application/json"]["examples"]
    value: dict[str, Any] = resolve(document, next(iter(examples.values())))["value"]
    return value


@pytest.fixture
def polled() -> Iterator[Running]:
    with serve(Config(progression=Progression.POLLS)) as running:
        yield running
        assert spec_problems(running) == []


@pytest.fixture
def failing() -> Iterator[Running]:
    with serve(Config(progression=Progression.IMMEDIATE, failure_rate=1.0)) as running:
        yield running
        assert spec_problems(running) == []


@pytest.mark.parametrize("kind", JOB_KINDS, ids=lambda kind: kind.name)
def test_each_job_kind_runs_to_done(polled: Running, kind: JobKind) -> None:
    submitted = call(polled, kind.submit_action, documented_request(kind.submit_action))
    job_id = submitted["JobId"]
    assert job_id.isdigit()
    seen = []
    for _ in range(len(kind.lifecycle.states) + 1):
        reply = call(polled, kind.describe_action, {"JobId": job_id})
        seen.append(reply[kind.status_field])
        if reply[kind.status_field] == "DONE":
            break
    assert seen == list(kind.lifecycle.states)
    assert (reply["ErrorCode"], reply["ErrorMessage"]) == ("", "")
    url = urlsplit(reply["ResultVideoUrl"])
    assert url.scheme == "https" and url.path.endswith(f"/{job_id}/result.mp4")
    assert int(parse_qs(url.query)["expires"][0]) > 0


@pytest.mark.parametrize("kind", JOB_KINDS, ids=lambda kind: kind.name)
def test_an_unknown_job_gets_the_documented_code(emulator: Running, kind: JobKind) -> None:
    assert sdk_error(emulator, kind.describe_action, {"JobId": "1"}) == kind.not_found_code


def test_a_failing_job_ends_in_fail_with_a_reason(failing: Running) -> None:
    for kind in JOB_KINDS:
        job_id = call(failing, kind.submit_action, documented_request(kind.submit_action))["JobId"]
        reply = call(failing, kind.describe_action, {"JobId": job_id})
        assert reply[kind.status_field] == "FAIL"
        # The SDK asks for zh-CN by default: the reason comes in Chinese.
        reasons = [(code, message.chinese) for code, message in kind.failures]
        assert (reply["ErrorCode"], reply["ErrorMessage"]) in reasons
        assert reply["ResultVideoUrl"] == ""


def test_a_kling_job_is_found_by_its_external_id(polled: Running) -> None:
    params = {"Prompt": "a rabbit running", "ExternalTaskId": "order-17"}
    submitted = call(polled, "SubmitTextToVideoJob", params)
    assert submitted["ExternalTaskId"] == "order-17"
    reply = call(polled, "DescribeTextToVideoJob", {"ExternalTaskId": "order-17"})
    assert (reply["Status"], reply["ExternalTaskId"]) == ("WAIT", "order-17")
    assert sdk_error(polled, "DescribeTextToVideoJob", {"ExternalTaskId": "other"}) == (
        "FailedOperation.JobNotFound"
    )
    assert sdk_error(polled, "DescribeTextToVideoJob", {}) == "FailedOperation.JobNotFound"


def test_an_image_job_needs_an_image(emulator: Running) -> None:
    assert sdk_error(emulator, "SubmitImageToVideoJob", {"Prompt": "x"}) == "InvalidParameter"
    assert sdk_error(emulator, "SubmitPortraitSingJob", {"AudioUrl": IMAGE}) == "InvalidParameter"


def test_a_bad_value_gets_the_parameter_code(emulator: Running) -> None:
    bad = {"Prompt": "x", "Mode": "turbo"}
    assert sdk_error(emulator, "SubmitTextToVideoJob", bad).startswith("InvalidParameter")


def test_jobs_are_seeded_and_pinned_through_the_admin_api(emulator: Running) -> None:
    seeded = emulator.seed("/vclm/jobs/TextToVideo", {"State": "DONE", "Duration": "10"})
    reply = call(emulator, "DescribeTextToVideoJob", {"JobId": seeded["JobId"]})
    assert (reply["Status"], reply["Duration"], reply["FinalUnitDeduction"]) == ("DONE", "10", "10")
    job_id = call(emulator, "SubmitHunyuanToVideoJob", {"Prompt": "a cat"})["JobId"]
    pinned = emulator.admin.post(f"/vclm/jobs/HunyuanToVideo/{job_id}/state", json={"State": "RUN"})
    assert pinned.status_code == 200
    assert call(emulator, "DescribeHunyuanToVideoJob", {"JobId": job_id})["Status"] == "RUN"
    assert emulator.admin.post("/vclm/jobs/NoSuchKind", json={}).status_code == 404
    bad = emulator.admin.post(f"/vclm/jobs/HunyuanToVideo/{job_id}/state", json={"State": "x"})
    assert bad.status_code == 400


def test_the_subject_library_keeps_subjects(polled: Running) -> None:
    created = call(polled, "CreateAigcElement", documented_request("CreateAigcElement"))
    element_id = created["ElementId"]
    assert created["Status"] == "pending"
    # A subject that is not ready cannot be used by a job.
    use = {"Prompt": "x", "Image": {"Url": IMAGE}, "ElementList": [{"ElementId": element_id}]}
    assert sdk_error(polled, "SubmitImageToVideoJob", use) == "InvalidParameterValue"
    states = [
        call(polled, "DescribeAigcElement", {"ElementId": element_id})["Status"] for _ in range(2)
    ]
    assert states == ["pending", "succeed"]
    assert call(polled, "SubmitImageToVideoJob", use)["JobId"]
    deleted = call(polled, "DeleteAigcElement", {"ElementId": element_id})
    assert deleted == {"ElementId": element_id, "Deleted": True, "RequestId": deleted["RequestId"]}
    for action in ("DescribeAigcElement", "DeleteAigcElement"):
        assert sdk_error(polled, action, {"ElementId": element_id}) == "InvalidParameterValue"


def test_a_subject_is_seeded_through_the_admin_api(emulator: Running) -> None:
    seeded = emulator.seed("/vclm/aigc-elements", {"Name": "cat", "State": "succeed"})
    reply = call(emulator, "DescribeAigcElement", {"ElementId": seeded["ElementId"]})
    assert (reply["Name"], reply["Status"]) == ("cat", "succeed")
    assert [detail["Status"] for detail in reply["ProviderDetails"]] == ["succeed"]


def test_an_external_id_finds_the_oldest_live_kling_job_of_its_kind() -> None:
    """DescribeTextToVideoJob by ExternalTaskId reads the jobs of that name (an index of the
    store), not every job: the oldest one not expired, of this kind only. Each job is held
    in a state of its own, so the reply's Status says which was found."""
    store = Store()
    context = Context(Config(progression=Progression.MANUAL), store, Clock(store))
    kling = GenerationJobs(context, BY_NAME["TextToVideo"])
    other_kind = GenerationJobs(context, BY_NAME["ImageToVideo"])
    kling.add({"Prompt": "p", "ExternalTaskId": "order-1"}, "FAIL")
    context.clock.advance(kling.kind.lifetime_seconds + 1)  # that one has expired
    kling.add({"Prompt": "p", "ExternalTaskId": "order-1"}, "RUN")
    context.clock.advance(1)
    kling.add({"Prompt": "p", "ExternalTaskId": "order-1"}, "DONE")
    kling.add({"Prompt": "p", "ExternalTaskId": "order-2"}, "WAIT")
    other_kind.add({"Prompt": "p", "ExternalTaskId": "order-3"}, "DONE")

    def status(external: str) -> str:
        return str(kling.describe({"ExternalTaskId": external})["Status"])

    assert (status("order-1"), status("order-2")) == ("RUN", "WAIT")
    with pytest.raises(ApiError) as caught:
        status("order-3")
    assert caught.value.code == "FailedOperation.JobNotFound"
    context.clock.advance(kling.kind.lifetime_seconds - 0.5)  # the RUN job expires first
    assert status("order-1") == "DONE"
    store.close()
