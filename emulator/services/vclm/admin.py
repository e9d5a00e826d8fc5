"""Admin routes for VCLM: stylization jobs and pinned states."""

from __future__ import annotations

from typing import Any

from emulator.admin import AdminError, AdminRoute, pin_task, require
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
    key = path["job_id"]
    return 200, {
        "JobId": key,
        "State": pin_task(VclmBackend(context).jobs, key, body, "stylization job"),
    }


def admin_routes() -> list[AdminRoute]:
    return [
        ("POST", f"{PREFIX}/stylization-jobs", add_job),
        ("POST", rf"{PREFIX}/stylization-jobs/(?P<job_id>\w+)/state", pin_job),
    ]
