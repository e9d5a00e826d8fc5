"""The admin API: its spec is valid and describes exactly the routes the emulator serves."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate

from emulator.admin import COMMON_ROUTES
from emulator.callbacks import KIND as DELIVERY_KIND
from emulator.services import metastudio, tiw, vclm
from speclib.catalog import REPOSITORY
from speclib.loader import load_file
from tests.emulator.inprocess import HOST, call, make_emulator
from tests.support.emulator_server import Running

SPEC = REPOSITORY / "emulator" / "admin.openapi.yaml"


def served_routes() -> set[tuple[str, str]]:
    """(method, path with `{}` for each parameter) of every admin route in the code."""
    routes = [*COMMON_ROUTES, *tiw.admin_routes(), *vclm.admin_routes(), *metastudio.admin_routes()]
    return {(method, re.sub(r"\(\?P<\w+>[^)]*\)", "{}", pattern)) for method, pattern, _ in routes}


def described_routes(spec: Path) -> set[tuple[str, str]]:
    paths = load_file(spec)["paths"]
    return {
        (method.upper(), re.sub(r"\{\w+\}", "{}", path))
        for path, item in paths.items()
        for method in item
    }


def test_admin_spec_is_valid_and_complete() -> None:
    validate(load_file(SPEC))
    assert served_routes() == described_routes(SPEC)


def test_admin_errors(emulator: Running) -> None:
    assert emulator.admin.post("/tiw/recording-tasks", json={"RoomId": 1}).status_code == 400
    assert (
        emulator.admin.post(
            "/tiw/recording-tasks", content=b"{nope", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert emulator.admin.get("/tiw/recording-tasks").status_code == 405
    assert emulator.admin.post("/nothing/here").status_code == 404
    missing = emulator.admin.post("/tiw/recording-tasks/abc/state", json={"State": "FINISHED"})
    assert missing.status_code == 404
    bad_state = emulator.admin.post("/vclm/stylization-jobs", json={"State": "Done"})
    assert bad_state.status_code == 400 and "JobSuccess" in bad_state.json()["error"]


def test_clock_reset_and_state(emulator: Running) -> None:
    before = emulator.admin.get("/state").json()["now"]
    after = emulator.admin.post("/clock/advance", json={"seconds": 3600}).json()["now"]
    assert after - before >= 3600
    emulator.seed("/vclm/stylization-jobs", {})
    assert len(emulator.admin.get("/state").json()["resources"]["vclm.stylization_job"]) == 1
    emulator.admin.post("/reset").raise_for_status()
    assert emulator.admin.get("/state").json()["resources"] == {}


def test_callback_deliveries_are_listed_by_event_task_and_status() -> None:
    app = make_emulator()
    for index in range(6):
        record = {
            "Id": f"tiw.recording:t{index % 2}:{'Finished' if index < 3 else 'Started'}{index}",
            "EventType": "Finished" if index < 3 else "Started",
            "TaskId": f"t{index % 2}",
            "Status": "delivered" if index % 3 else "pending",
        }
        app.store.put(DELIVERY_KIND, record["Id"], float(index), record)

    def listed(query: str) -> tuple[int, Any]:
        answer = call(
            app,
            "GET",
            "/_emulator/callback-deliveries",
            query=query.encode(),
            headers={"Host": HOST},
        )
        payload = answer.json()
        return answer.status, payload.get("deliveries", payload)

    def tasks_and_events(query: str) -> list[tuple[str, str]]:
        status, deliveries = listed(query)
        assert status == 200, deliveries
        return [(d["TaskId"], d["EventType"]) for d in deliveries]

    assert len(tasks_and_events("")) == 6
    assert tasks_and_events("EventType=Started") == [
        ("t1", "Started"),
        ("t0", "Started"),
        ("t1", "Started"),
    ]
    assert tasks_and_events("TaskId=t0&EventType=Finished") == [
        ("t0", "Finished"),
        ("t0", "Finished"),
    ]
    assert tasks_and_events("Status=pending") == [("t0", "Finished"), ("t1", "Started")]
    assert tasks_and_events("TaskId=t9") == []
    status, error = listed("Url=x")
    assert status == 400 and "EventType" in error["error"]
