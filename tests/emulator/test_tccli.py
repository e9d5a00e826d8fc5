"""tccli, Tencent's own command line, pointed at the emulator with
`--endpoint http://127.0.0.1:PORT`: every TIW action works, and a refusal is tccli's own
error with the cloud's code. tccli runs as a subprocess from an environment of its own
(tests/support/tccli.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from emulator.config import DEFAULT_SDK_APP_ID, Config, Progression
from speclib.catalog import SPECS
from speclib.walk import operations
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems
from tests.support.tccli import output, run_tccli, tccli_environment

APP = DEFAULT_SDK_APP_ID


@pytest.fixture(scope="module")
def tccli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """`tccli(action, **params)` against one emulator for the module."""
    python = tccli_environment()
    home = tmp_path_factory.mktemp("tccli-home")
    with serve(Config(progression=Progression.MANUAL)) as running:

        def call(action: str, *, secret_key: str = SECRET_KEY, **params: Any) -> Any:
            flags = [
                f"--{name}={json.dumps(value) if not isinstance(value, str) else value}"
                for name, value in params.items()
            ]
            return run_tccli(
                python,
                home,
                "tiw",
                action,
                *flags,
                f"--secretId={SECRET_ID}",
                f"--secretKey={secret_key}",
                "--region=ap-singapore",
                "--language=en-US",
                f"--endpoint=http://{running.endpoint}",
            )

        call.running = running  # type: ignore[attr-defined]
        yield call
        assert spec_problems(running) == []


def tiw_actions() -> set[str]:
    from speclib.bundle import bundle_spec

    document = bundle_spec(SPECS / "tencentcloud" / "tiw" / "2019-09-19" / "openapi.yaml")
    return {str(op.operation_id) for op in operations(document)}


def test_every_tiw_action(tccli: Any) -> None:
    running: Running = tccli.running
    done = set()

    def ok(action: str, **params: Any) -> Any:
        done.add(action)
        return output(tccli(action, **params))

    ok("SetVideoGenerationTaskCallback", SdkAppId=APP, Callback="https://example.com/cb")
    ok("SetVideoGenerationTaskCallbackKey", SdkAppId=APP, CallbackKey="key1")
    assert ok("DescribeVideoGenerationTaskCallback", SdkAppId=APP)["CallbackKey"] == "key1"
    ok("SetOnlineRecordCallback", SdkAppId=APP, Callback="https://example.com/rec")
    ok("SetOnlineRecordCallbackKey", SdkAppId=APP, CallbackKey="key2")
    assert ok("DescribeOnlineRecordCallback", SdkAppId=APP)["Callback"] == (
        "https://example.com/rec"
    )
    task_id = ok(
        "StartOnlineRecord",
        SdkAppId=APP,
        RoomId=880528,
        RecordUserId="tic_record_user_880528_cli",
        RecordUserSig="sig",
        Whiteboard={"Width": 1280, "Height": 720},
    )["TaskId"]
    task = {"SdkAppId": APP, "TaskId": task_id}
    running.seed(f"/tiw/recording-tasks/{task_id}/state", {"State": "RECORDING"})
    ok("PauseOnlineRecord", **task)
    ok("ResumeOnlineRecord", **task)
    ok("StopOnlineRecord", **task)
    running.seed(f"/tiw/recording-tasks/{task_id}/state", {"State": "FINISHED"})
    described = ok("DescribeOnlineRecord", **task)
    assert described["Status"] == "FINISHED"
    # One whiteboard file per recorded span (paused once: two), each of the requested size.
    sizes = [(v["Width"], v["Height"]) for v in described["VideoInfos"] if v["VideoType"] == 2]
    assert sizes == [(1280, 720), (1280, 720)]
    generation = ok("CreateVideoGenerationTask", SdkAppId=APP, OnlineRecordTaskId=task_id)
    assert ok("DescribeVideoGenerationTask", SdkAppId=APP, TaskId=generation["TaskId"])["TaskId"]
    assert done == tiw_actions()  # every action the spec has


def test_a_refusal_is_tcclis_error_with_the_clouds_code(tccli: Any) -> None:
    wrong = tccli("DescribeOnlineRecord", secret_key="wrong", SdkAppId=APP, TaskId="t")
    assert wrong.returncode != 0
    assert "code:AuthFailure.SignatureFailure" in wrong.stderr + wrong.stdout
    missing = tccli("DescribeOnlineRecord", SdkAppId=APP, TaskId="nosuchtask")
    assert "code:InvalidParameter.TaskNotFound" in missing.stderr + missing.stdout


def test_the_environment_is_made_from_the_pins_once() -> None:
    python = tccli_environment()
    ready = json.loads((Path(python).parent.parent / "ready").read_text())
    assert ready["created_in_seconds"] >= 0
    assert tccli_environment() == python  # the second time it is only found
