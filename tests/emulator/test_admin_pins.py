"""Pinning a task's state through the admin API, the same for every kind of task: a state
holds it, null lets it progress again, a missing or unknown state is a 400 and an unknown
task a 404 (emulator/admin.py, pin_state and pin_task).

Driven in process through the ASGI app (tests/emulator/inprocess.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from emulator.app import Emulator
from emulator.config import DEFAULT_SDK_APP_ID
from tests.emulator.inprocess import HOST, PROJECT, Answer, call, make_emulator, tencent_post


def admin_post(app: Emulator, path: str, body: Any) -> Answer:
    headers = {"Host": HOST, "Content-Type": "application/json"}
    return call(app, "POST", f"/_emulator{path}", headers=headers, body=json.dumps(body).encode())


def seeded(app: Emulator, path: str, body: dict[str, Any], key: str) -> str:
    answer = admin_post(app, path, body)
    assert answer.status == 201, answer
    found: str = answer.json()[key]
    return found


def video_generation_task(app: Emulator) -> str:
    recording = seeded(
        app,
        "/tiw/recording-tasks",
        {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 5, "State": "FINISHED"},
        "TaskId",
    )
    body = {"SdkAppId": DEFAULT_SDK_APP_ID, "OnlineRecordTaskId": recording}
    reply = tencent_post(app, "CreateVideoGenerationTask", json.dumps(body).encode()).json()
    task_id: str = reply["Response"]["TaskId"]
    return task_id


@dataclass(frozen=True)
class PinRoute:
    name: str
    seed: Callable[[Emulator], str]  # a new task's id
    pin_path: str  # with {key} for the task's id
    field: str  # the body's state field (and the reply's)
    reply_key: str  # the reply's name for the id
    states: tuple[str, str]  # two states a task may be pinned to


ROUTES = [
    PinRoute(
        "tiw recording",
        lambda app: seeded(
            app, "/tiw/recording-tasks", {"SdkAppId": DEFAULT_SDK_APP_ID, "RoomId": 1}, "TaskId"
        ),
        "/tiw/recording-tasks/{key}/state",
        "State",
        "TaskId",
        ("PAUSED", "FINISHED"),
    ),
    PinRoute(
        "tiw video generation",
        video_generation_task,
        "/tiw/video-generation-tasks/{key}/state",
        "State",
        "TaskId",
        ("PROCESSING", "FAILED"),
    ),
    PinRoute(
        "vclm stylization",
        lambda app: seeded(app, "/vclm/stylization-jobs", {}, "JobId"),
        "/vclm/stylization-jobs/{key}/state",
        "State",
        "JobId",
        ("JobRunning", "JobSuccess"),
    ),
    PinRoute(
        "vclm generation",
        lambda app: seeded(app, "/vclm/jobs/PortraitSing", {}, "JobId"),
        "/vclm/jobs/PortraitSing/{key}/state",
        "State",
        "Id",
        ("DONE", "FAIL"),
    ),
    PinRoute(
        "vclm subject",
        lambda app: seeded(app, "/vclm/aigc-elements", {}, "ElementId"),
        "/vclm/aigc-elements/{key}/state",
        "State",
        "Id",
        ("succeed", "failed"),
    ),
    PinRoute(
        "metastudio",
        lambda app: seeded(app, f"/metastudio/{PROJECT}/jobs", {}, "job_id"),
        f"/metastudio/{PROJECT}/jobs/{{key}}/state",
        "state",
        "job_id",
        ("PROCESSING", "SUCCEED"),
    ),
]


@pytest.fixture(scope="module")
def app() -> Emulator:
    return make_emulator()


@pytest.mark.parametrize("route", ROUTES, ids=[route.name for route in ROUTES])
def test_a_pinned_state_holds_until_pinned_again(app: Emulator, route: PinRoute) -> None:
    key = route.seed(app)
    path = route.pin_path.format(key=key)
    # Null lets the task progress: the clock does not move here, so it stays where it began.
    initial = admin_post(app, path, {route.field: None})
    assert initial.status == 200, initial
    assert initial.json()[route.reply_key] == key
    begun = initial.json()[route.field]
    assert begun not in route.states  # or the test could not tell a pin from no pin
    for state in route.states:
        answer = admin_post(app, path, {route.field: state})
        assert answer.status == 200, answer
        assert answer.json() == {route.reply_key: key, route.field: state}
    released = admin_post(app, path, {route.field: None})
    assert released.json() == {route.reply_key: key, route.field: begun}


@pytest.mark.parametrize("route", ROUTES, ids=[route.name for route in ROUTES])
@pytest.mark.parametrize(
    "body",
    [{}, {"State": "NOT_A_STATE", "state": "NOT_A_STATE"}, {"State": 5, "state": 5}, []],
    ids=["missing", "unknown", "not a string", "not an object"],
)
def test_a_missing_or_unknown_state_is_a_400(app: Emulator, route: PinRoute, body: Any) -> None:
    key = route.seed(app)
    answer = admin_post(app, route.pin_path.format(key=key), body)
    assert answer.status == 400, answer
    assert isinstance(answer.json()["error"], str) and answer.json()["error"]


@pytest.mark.parametrize("route", ROUTES, ids=[route.name for route in ROUTES])
def test_an_unknown_task_is_a_404(app: Emulator, route: PinRoute) -> None:
    answer = admin_post(app, route.pin_path.format(key="nosuchtask"), {route.field: None})
    assert answer.status == 404, answer
    assert answer.json()["error"].startswith("no ") and "nosuchtask" in answer.json()["error"]


def test_a_metastudio_job_is_pinned_only_in_its_own_project(app: Emulator) -> None:
    job = seeded(app, f"/metastudio/{PROJECT}/jobs", {}, "job_id")
    answer = admin_post(app, f"/metastudio/another-project/jobs/{job}/state", {"state": "FAILED"})
    assert answer.status == 404, answer
    assert "another-project" in answer.json()["error"]
