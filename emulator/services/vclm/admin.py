"""Admin routes for VCLM: stylization jobs and pinned states."""

from __future__ import annotations

from typing import Any

from emulator.admin import AdminError, AdminRoute, require
from emulator.context import Context
from emulator.services.vclm.backend import VclmBackend

PREFIX = "/_emulator/vclm"


def add_job(context: Context, _: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require(body if body is not None else {})
    try:
        job = VclmBackend(context).add_job(fields, fields.get("State"))
    except ValueError as error:
        raise AdminError(400, str(error)) from None
    return 201, {"JobId": job["JobId"]}


def pin_job(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require(body, "State")
    jobs = VclmBackend(context).jobs
    try:
        job = jobs.pin(path["job_id"], fields["State"])
    except ValueError as error:
        raise AdminError(400, str(error)) from None
    if job is None:
        raise AdminError(404, f"no stylization job {path['job_id']}")
    return 200, {"JobId": path["job_id"], "State": jobs.state(job)}


def admin_routes() -> list[AdminRoute]:
    return [
        ("POST", f"{PREFIX}/stylization-jobs", add_job),
        ("POST", rf"{PREFIX}/stylization-jobs/(?P<job_id>\w+)/state", pin_job),
    ]
