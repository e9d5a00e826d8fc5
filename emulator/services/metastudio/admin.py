"""Admin routes for MetaStudio: seed jobs (the API only lists them) and pin their states."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from emulator.admin import AdminError, AdminRoute, pin_state, require
from emulator.context import Context
from emulator.services.metastudio.backend import AVATAR_VIDEO, DEFAULT_DURATION, MetaStudioBackend

PREFIX = "/_emulator/metastudio"


def _optional(fields: dict[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = fields.get(name)
    # bool is an int in Python, never a number or a string here.
    if value is not None and (isinstance(value, bool) or not isinstance(value, kind)):
        raise AdminError(400, f"{name} must be of type {getattr(kind, '__name__', 'number')}")
    return value


def add_job(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require({} if body is None else body)
    duration = _optional(fields, "duration", (int, float))
    try:
        job = MetaStudioBackend(context).create_job(
            unquote(path["project_id"]),
            job_type=_optional(fields, "job_type", str) or AVATAR_VIDEO,
            asset_name=_optional(fields, "asset_name", str),
            script_id=_optional(fields, "script_id", str),
            duration=DEFAULT_DURATION if duration is None else float(duration),
            state=_optional(fields, "state", str),
            created=_optional(fields, "created", (int, float)),
            job_id=_optional(fields, "job_id", str),
        )
    except ValueError as error:
        raise AdminError(400, str(error)) from None
    return 201, {"job_id": job["job_id"]}


def pin_job(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    project_id, job_id = unquote(path["project_id"]), unquote(path["job_id"])
    backend = MetaStudioBackend(context)
    view = pin_state(
        body,
        lambda state: backend.pin(project_id, job_id, state),
        f"job {path['job_id']} in project {path['project_id']}",
        field="state",
    )
    return 200, {"job_id": view.job["job_id"], "state": view.state}


def admin_routes() -> list[AdminRoute]:
    return [
        ("POST", rf"{PREFIX}/(?P<project_id>[^/]+)/jobs", add_job),
        ("POST", rf"{PREFIX}/(?P<project_id>[^/]+)/jobs/(?P<job_id>[^/]+)/state", pin_job),
    ]
