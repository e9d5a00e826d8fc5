"""Admin routes for TIW: applications, their callback, recording tasks, pinned states."""

from __future__ import annotations

from typing import Any

from emulator.admin import AdminError, AdminRoute, pin_task, require
from emulator.context import Context
from emulator.services.tiw.backend import TiwBackend

PREFIX = "/_emulator/tiw"


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AdminError(400, f"{name} must be an integer")
    return value


def put_app(context: Context, _: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require(body, "SdkAppId")
    try:
        app = TiwBackend(context).put_app(
            _int(fields["SdkAppId"], "SdkAppId"),
            fields.get("SecretId"),
            fields.get("Status", "active"),
        )
    except ValueError as error:
        raise AdminError(400, str(error)) from None
    return 201, app


def set_callback(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require(body, "Callback")
    app = TiwBackend(context).set_callback(
        int(path["sdk_app_id"]),
        "video generation",
        url=str(fields["Callback"]),
        key=str(fields.get("CallbackKey", "")),
    )
    return 200, app


def add_recording(context: Context, _: dict[str, str], body: Any) -> tuple[int, Any]:
    fields = require(body, "SdkAppId", "RoomId")
    _int(fields["SdkAppId"], "SdkAppId")
    _int(fields["RoomId"], "RoomId")
    try:
        task = TiwBackend(context).add_recording(fields, fields.get("State"))
    except ValueError as error:
        raise AdminError(400, str(error)) from None
    return 201, {"TaskId": task["TaskId"]}


def _pin(context: Context, kind: str, task_id: str, body: Any) -> tuple[int, Any]:
    backend = TiwBackend(context)
    tasks = backend.recordings if kind == "recording" else backend.video_generations
    return 200, {"TaskId": task_id, "State": pin_task(tasks, task_id, body, f"{kind} task")}


def pin_recording(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    return _pin(context, "recording", path["task_id"], body)


def pin_video_generation(context: Context, path: dict[str, str], body: Any) -> tuple[int, Any]:
    return _pin(context, "video generation", path["task_id"], body)


def admin_routes() -> list[AdminRoute]:
    return [
        ("POST", f"{PREFIX}/apps", put_app),
        ("PUT", rf"{PREFIX}/apps/(?P<sdk_app_id>\d+)/video-generation-callback", set_callback),
        ("POST", f"{PREFIX}/recording-tasks", add_recording),
        ("POST", rf"{PREFIX}/recording-tasks/(?P<task_id>\w+)/state", pin_recording),
        ("POST", rf"{PREFIX}/video-generation-tasks/(?P<task_id>\w+)/state", pin_video_generation),
    ]
