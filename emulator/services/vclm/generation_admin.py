"""Admin routes of the live VCLM jobs and subjects: seed one, pin its state."""

from __future__ import annotations

from typing import Any

from emulator.admin import AdminError, AdminRoute, pin_task, require
from emulator.context import Context
from emulator.services.vclm.elements import ElementLibrary
from emulator.services.vclm.generation import GenerationJobs
from emulator.services.vclm.job_kinds import BY_NAME
from emulator.tasks import Tasks

PREFIX = "/_emulator/vclm"


def _jobs(context: Context, kind: str) -> GenerationJobs:
    found = BY_NAME.get(kind)
    if found is None:
        raise AdminError(404, f"no job kind {kind} (one of {', '.join(sorted(BY_NAME))})")
    return GenerationJobs(context, found)


def add_job(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require(body if body is not None else {})
    try:
        job = _jobs(context, path["kind"]).add(fields, fields.get("State"))
    except ValueError as error:
        raise AdminError(400, str(error)) from None
    return 201, {"JobId": job["JobId"]}


def _pin(tasks: Tasks, key: str, body: Any, what: str) -> tuple[int, Any]:
    return 200, {"Id": key, "State": pin_task(tasks, key, body, what)}


def pin_job(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    return _pin(_jobs(context, path["kind"]).tasks, path["job_id"], body, f"{path['kind']} job")


def add_element(context: Context, _: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require(body if body is not None else {})
    try:
        element = ElementLibrary(context).add(fields, fields.get("State"))
    except ValueError as error:
        raise AdminError(400, str(error)) from None
    return 201, {"ElementId": element["ElementId"]}


def pin_element(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    return _pin(ElementLibrary(context).elements, path["element_id"], body, "subject")


def generation_admin_routes() -> list[AdminRoute]:
    return [
        ("POST", rf"{PREFIX}/jobs/(?P<kind>\w+)", add_job),
        ("POST", rf"{PREFIX}/jobs/(?P<kind>\w+)/(?P<job_id>\w+)/state", pin_job),
        ("POST", f"{PREFIX}/aigc-elements", add_element),
        ("POST", rf"{PREFIX}/aigc-elements/(?P<element_id>[\w-]+)/state", pin_element),
    ]
