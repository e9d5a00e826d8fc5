"""The admin API: its spec is valid and describes exactly the routes the emulator serves."""

from __future__ import annotations

import re
from pathlib import Path

from openapi_spec_validator import validate

from emulator.admin import COMMON_ROUTES
from emulator.services import metastudio, tiw, vclm
from speclib.catalog import REPOSITORY
from speclib.loader import load_file
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
