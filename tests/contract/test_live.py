"""Live mode: skipped cleanly without credentials, and its code path, pointed at the emulator
as a stand-in for the clouds, sends only signed, positive, read-only requests for the
user's resources, under the rate limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clouds.huaweicloud import sdk_hmac
from contract.apis import ContractApi
from contract.harness import (
    FIXTURES,
    HUAWEI_CREDENTIALS,
    emulator_environment,
    report,
    run_live,
    without_cloud_settings,
)
from contract.live import LIVE_APIS, pinned_parameters
from emulator.app import load_fixtures
from emulator.config import Progression
from emulator.http import Request
from speclib.catalog import REPOSITORY
from tests.support.contract_exchanges import (
    METASTUDIO,
    PROJECT,
    TIW,
    VCLM,
    harness_emulator_config,
)
from tests.support.emulator_server import serve

TASK_ID = "ghucnligqtgtvk2624mb"  # a finished recording in contract/fixtures.json


def test_without_credentials_every_api_is_skipped_saying_what_to_set(
    tmp_path: Path, apis: dict[str, ContractApi]
) -> None:
    outcomes = {o.api: o for o in run_live(list(apis.values()), tmp_path, None, [], environ={})}
    assert {api: o.status for api, o in outcomes.items()} == {
        TIW: "skipped",
        VCLM: "skipped",
        METASTUDIO: "skipped",
    }
    assert outcomes[TIW].detail == (
        "set TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TIW_SDK_APP_ID, TIW_TASK_ID"
        " to test it"
    )
    assert outcomes[METASTUDIO].detail == (
        "set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID to test it"
    )
    assert "offline" in outcomes[VCLM].detail
    assert report(list(outcomes.values())) == 0
    assert list(tmp_path.iterdir()) == []  # nothing was run


def test_make_contract_live_without_credentials_succeeds_and_says_why(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contract", "--live", "--out", str(tmp_path)],
        cwd=REPOSITORY,
        env=without_cloud_settings(os.environ),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "skipped  tencentcloud-tiw-2019-09-19: set TENCENTCLOUD_SECRET_ID," in result.stdout


def test_pins_are_typed_as_the_spec_types_them(apis: dict[str, ContractApi]) -> None:
    environ = {"CONTRACT_LIVE": "1", "TIW_SDK_APP_ID": " 1400000001 ", "TIW_TASK_ID": "t1"}
    assert pinned_parameters(apis[TIW].document, environ) == {
        "body.SdkAppId": 1400000001,
        "body.TaskId": "t1",
    }
    assert pinned_parameters(apis[TIW].document, {**environ, "CONTRACT_LIVE": ""}) == {}
    with pytest.raises(ValueError, match="TIW_SDK_APP_ID='abc' is not a int"):
        pinned_parameters(apis[TIW].document, {**environ, "TIW_SDK_APP_ID": "abc"})
    assert set(LIVE_APIS) == {api.service for api in apis.values()}


def test_live_code_path_against_the_emulator(tmp_path: Path, apis: dict[str, ContractApi]) -> None:
    # The emulator enforces the documented 20 requests per second per action.
    config = harness_emulator_config(
        progression=Progression.IMMEDIATE, rate_limit=True, fixtures=FIXTURES
    )
    with serve(config) as running:
        load_fixtures(running.emulator)
        job_id = running.seed(f"/metastudio/{PROJECT}/jobs", {"state": "SUCCEED"})["job_id"]
        environ = emulator_environment(os.environ) | {
            "TIW_SDK_APP_ID": "1400000001",
            "TIW_TASK_ID": TASK_ID,
            "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT,
            "METASTUDIO_JOB_ID": job_id,
        }
        url = f"http://{running.endpoint}"
        outcomes = run_live(list(apis.values()), tmp_path, url, [], environ)
        exchanges = list(running.emulator.exchanges)

    assert {o.api: o.status for o in outcomes} == {
        TIW: "passed",
        VCLM: "skipped",
        METASTUDIO: "passed",
    }
    tencent = [(request, reply) for request, reply in exchanges if request.path == "/"]
    huawei = [(request, reply) for request, reply in exchanges if request.path.startswith("/v1/")]
    assert len(tencent) > 10 and len(huawei) > 10
    # Only what reads: no Start/Stop/Set*, no CreateVideoGenerationTask, and not
    # DescribeVideoGenerationTask (the pinned TaskId is a recording's).
    assert {request.header("x-tc-action") for request, _ in tencent} == {
        "DescribeOnlineRecord",
        "DescribeOnlineRecordCallback",
        "DescribeVideoGenerationTaskCallback",
    }
    for request, reply in tencent:
        body = json.loads(request.body)
        assert body["SdkAppId"] == 1400000001
        if request.header("x-tc-action") == "DescribeOnlineRecord":
            assert body["TaskId"] == TASK_ID
        # Signed, well formed, under the rate limit and about real data: every call succeeds.
        assert "Error" not in json.loads(reply.body)["Response"], reply.body
    signed = [(request, reply) for request, reply in huawei if signed_by_us(request)]
    assert len(signed) > 10
    for request, reply in huawei:
        assert request.method == "GET"
        assert request.path == f"/v1/{PROJECT}/digital-human-videos"
        assert f"job_id={job_id}" in request.raw_query
        if (request, reply) not in signed:  # ignored_auth's probes without valid credentials
            assert reply.status == 401, reply.body
            continue
        assert reply.status == 200, reply.body
        # Other filters are generated too, so a listing may be empty; never another job.
        assert {job["job_id"] for job in json.loads(reply.body)["jobs"]} <= {job_id}
    assert any(json.loads(reply.body)["jobs"] for _, reply in signed)
    for api in (TIW, METASTUDIO):
        assert (tmp_path / api / "junit.xml").is_file()
        assert (tmp_path / api / "failures.yaml").is_file()


def signed_by_us(request: Request) -> bool:
    try:
        access, _, _ = sdk_hmac.parse_authorization(request.header("authorization") or "")
    except ValueError:
        return False
    return access == HUAWEI_CREDENTIALS[0]
