"""TIW state and rules: applications, real-time recording tasks, video generation tasks.

A recording started with StartOnlineRecord goes PREPARED -> RECORDING by itself and
stays RECORDING (a hold) until PauseOnlineRecord parks it in PAUSED,
ResumeOnlineRecord brings it back, or StopOnlineRecord lets it go on to STOPPED and
FINISHED, each step as the progression mode says. Recordings seeded through the
admin API run through every state by themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from emulator.config import DEFAULT_SDK_APP_ID
from emulator.context import Context
from emulator.http import clip
from emulator.lifecycle import Lifecycle
from emulator.messages import text
from emulator.protocols.errors import ApiError
from emulator.services.tiw.outputs import (
    ENDED,
    reads_the_clock,
    recording_output,
    stop_time,
    video_generation_output,
)
from emulator.tasks import Facets, Tasks

RECORDING = Lifecycle(
    ("PREPARED", "RECORDING", "STOPPED", "FINISHED"), failed="FAILED", other=("PAUSED",)
)
VIDEO_GENERATION = Lifecycle(("QUEUED", "PROCESSING", "FINISHED"), failed="FAILED")
LIVE = ("PREPARED", "RECORDING", "PAUSED")
APP_STATUSES = ("active", "not_registered", "expired")
# Not documented by Tencent: the emulator's own limits per application.
MAX_CONCURRENT_RECORDINGS = 10
MAX_CONCURRENT_VIDEO_GENERATION = 5
SETTINGS = ("Whiteboard", "Concat", "MixStream", "RecordControl")
# Where each kind of event goes: the application's (URL field, key field).
CALLBACK_FIELDS = {
    "recording": ("OnlineRecordCallback", "OnlineRecordCallbackKey"),
    "video generation": ("Callback", "CallbackKey"),
}
# The failure the emulator injects (the message the cloud gives for an expired UserSig).
RECORD_FAILURE = text("tiw.record_failure")
# How many DescribeOnlineRecord outputs are kept (per process), the largest record (as JSON)
# and the most files (VideoInfos) of an output kept: bounded whatever the records hold.
DESCRIBED_KEPT = 256
DESCRIBED_RECORD_BYTES = 8192
DESCRIBED_FILES = 16


def task_not_found(task_id: str) -> ApiError:
    return ApiError(
        "InvalidParameter.TaskNotFound", text("tiw.task_not_found", task_id=clip(task_id))
    )


class TiwBackend:
    def __init__(self, context: Context) -> None:
        self.context = context
        # A recording is live (counts against the limit, holds its RecordUserId) until it
        # stops; a video generation task runs until it ends.
        self.recordings = Tasks(context, "tiw.recording", RECORDING, recording_facets, LIVE)
        self.video_generations = Tasks(
            context, "tiw.video_generation", VIDEO_GENERATION, application_facets
        )
        # (recording as stored, state) -> its DescribeOnlineRecord output (see _described).
        self._described: dict[tuple[bytes, str], dict[str, Any]] = {}
        if self.app(DEFAULT_SDK_APP_ID) is None:
            with self.context.store.atomic():
                if self.app(DEFAULT_SDK_APP_ID) is None:
                    self.put_app(DEFAULT_SDK_APP_ID)

    # ---- applications ----
    def app(self, sdk_app_id: int) -> dict[str, Any] | None:
        return self.context.store.get("tiw.app", str(sdk_app_id))

    def put_app(
        self, sdk_app_id: int, owner: str | None = None, status: str = "active"
    ) -> dict[str, Any]:
        if status not in APP_STATUSES:
            raise ValueError(f"status must be one of {', '.join(APP_STATUSES)}")
        with self.context.store.atomic():
            app = self.app(sdk_app_id) or {"SdkAppId": sdk_app_id}
            for url_field, key_field in CALLBACK_FIELDS.values():
                app.setdefault(url_field, "")
                app.setdefault(key_field, "")
            app.update(Owner=owner, Status=status)
            self.context.store.put("tiw.app", str(sdk_app_id), self.context.clock.now(), app)
        return app

    def set_callback(
        self, sdk_app_id: int, events: str, url: str | None = None, key: str | None = None
    ) -> dict[str, Any]:
        """Register the URL and/or key of an application's "recording" or "video
        generation" events (an empty string removes it)."""
        url_field, key_field = CALLBACK_FIELDS[events]
        with self.context.store.atomic():
            app = self.app(sdk_app_id) or self.put_app(sdk_app_id)
            if url is not None:
                app[url_field] = url
            if key is not None:
                app[key_field] = key
            self.context.store.put("tiw.app", str(sdk_app_id), self.context.clock.now(), app)
        return app

    def callback(self, sdk_app_id: int, events: str) -> tuple[str, str]:
        """The (URL, key) registered for an application's events; empty when unset."""
        app = self.app(sdk_app_id) or {}
        url_field, key_field = CALLBACK_FIELDS[events]
        return str(app.get(url_field, "")), str(app.get(key_field, ""))

    def usable_app(
        self, sdk_app_id: int, secret_id: str | None, not_registered: str
    ) -> dict[str, Any]:
        """The application, if this caller may use it; else the documented error."""
        app = self.app(sdk_app_id)
        if app is None or (app["Owner"] and secret_id and app["Owner"] != secret_id):
            raise ApiError("UnauthorizedOperation.SdkAppId", text("tiw.sdk_app_id"))
        if app["Status"] == "not_registered":
            raise ApiError(not_registered, text("tiw.not_registered"))
        if app["Status"] == "expired":
            raise ApiError("ResourceUnavailable.ServiceExpired", text("tiw.service_expired"))
        return app

    # ---- recordings ----
    def add_recording(self, spec: dict[str, Any], state: str | None = None) -> dict[str, Any]:
        """A recording seeded through the admin API (it records DurationSeconds)."""
        task_id = str(spec.get("TaskId") or self.context.tencent_task_id())
        record = recording_record(task_id, spec)
        record["DurationSeconds"] = int(spec.get("DurationSeconds", 60))
        if "Created" in spec:
            record["_created"] = float(spec["Created"])
        with self.context.store.atomic():
            if self.recordings.get(task_id) is not None:
                raise ValueError(f"recording task {task_id} exists already")
            return self.recordings.create(task_id, record, state)

    def start_recording(self, params: dict[str, Any]) -> str:
        sdk_app_id = int(params["SdkAppId"])
        mix = params.get("MixStream") or {}
        if mix.get("Enabled") and "MIX_STREAM" not in params.get("Extras", []):
            raise ApiError("InvalidParameter.RecordParameter", text("tiw.mix_stream_extra"))
        check_record_parameters(params)
        task_id = self.context.tencent_task_id()
        record = recording_record(task_id, params)
        record["_hold"] = "RECORDING"  # until Stop, Pause or Resume says otherwise
        owner, user = str(sdk_app_id), str(record["RecordUserId"])
        with self.context.store.atomic():  # the checks hold until the task is stored
            now = self.context.clock.now()
            if self.recordings.count_busy(owner, now, holder=user):
                raise ApiError(
                    "ResourceInUse.RecordUserId", text("tiw.record_user_busy", user=clip(user))
                )
            if self.recordings.count_busy(owner, now) >= MAX_CONCURRENT_RECORDINGS:
                raise ApiError(
                    "LimitExceeded.TaskConcurrency",
                    text("tiw.recording_limit", limit=MAX_CONCURRENT_RECORDINGS),
                )
            self.recordings.create(task_id, record)
        return task_id

    def _live_recording(self, sdk_app_id: int, task_id: str) -> tuple[dict[str, Any], str]:
        task = self.recordings.get(task_id)
        if task is None or task["SdkAppId"] != sdk_app_id:
            raise task_not_found(task_id)
        state = self.recordings.state(task)
        if state in ENDED:
            raise ApiError(
                "UnsupportedOperation.TaskHasAlreadyStopped",
                text("tiw.recording_stopped", task_id=clip(task_id), state=state),
            )
        return task, state

    # Each transition reads the task and writes its next state in one transaction: of two
    # calls at once (in any workers), the second sees what the first did.
    def pause_recording(self, sdk_app_id: int, task_id: str) -> None:
        with self.context.store.atomic():
            task, state = self._live_recording(sdk_app_id, task_id)
            if state != "RECORDING":
                raise invalid_status("tiw.cannot_pause", state)
            task.setdefault("Pauses", []).append([self.context.clock.now(), None])
            self.recordings.restart(task_id, task, "PAUSED")

    def resume_recording(self, sdk_app_id: int, task_id: str) -> None:
        with self.context.store.atomic():
            task, state = self._live_recording(sdk_app_id, task_id)
            if state != "PAUSED":
                raise invalid_status("tiw.cannot_resume", state)
            close_pause(task, self.context.clock.now())
            self.recordings.restart(task_id, task, "RECORDING", hold="RECORDING")

    def stop_recording(self, sdk_app_id: int, task_id: str) -> None:
        with self.context.store.atomic():
            task, _ = self._live_recording(sdk_app_id, task_id)
            now = self.context.clock.now()
            close_pause(task, now)
            task.update(StoppedAt=now, FinishReason="USER_CALL")
            self.recordings.restart(task_id, task, "STOPPED")

    def describe_recording(self, sdk_app_id: int, task_id: str) -> dict[str, Any]:
        task = self.recordings.get(task_id)
        if task is None or task["SdkAppId"] != sdk_app_id:
            raise task_not_found(task_id)
        state = self.recordings.observe(task_id, task)
        if state == "FAILED":
            raise ApiError("FailedOperation.Record", RECORD_FAILURE)
        return self._described_output(task, state)

    def _described_output(self, task: Mapping[str, Any], state: str) -> dict[str, Any]:
        """DescribeOnlineRecord's output (its nested values shared: not to be changed). It
        is kept, keyed by the whole record and the state the clock puts it in now, unless it
        depends on the clock (a recording still going): a record another worker writes, or
        a state the clock moves on, is another key."""
        record = orjson.dumps(task)
        key = (record, state)
        output = self._described.get(key)
        if output is None:
            output = recording_output(task, state, self.context.clock.now())
            small = len(record) <= DESCRIBED_RECORD_BYTES
            few_files = len(output["VideoInfos"]) <= DESCRIBED_FILES
            if small and few_files and not reads_the_clock(task, state):
                if len(self._described) >= DESCRIBED_KEPT:
                    self._described.clear()
                self._described[key] = output
        return dict(output)

    # ---- video generation ----
    def create_video_generation(self, params: dict[str, Any]) -> str:
        sdk_app_id = int(params["SdkAppId"])
        recording = self.recordings.get(params["OnlineRecordTaskId"])
        if recording is None or recording["SdkAppId"] != sdk_app_id:
            raise ApiError("FailedOperation", text("tiw.recording_missing"))
        now = self.context.clock.now()
        if self.recordings.state(recording, now) != "FINISHED":
            raise ApiError("FailedOperation", text("tiw.recording_unfinished"))
        check_record_parameters(params)
        task_id = self.context.tencent_task_id()
        settings = {**recording["Settings"]}
        settings.update({k: params[k] for k in SETTINGS if k in params})
        # The recording as it ended, under this task's ID, with the overriding settings.
        snapshot: dict[str, Any] = {
            key: recording[key]
            for key in ("RoomId", "GroupId", "Users", "AudioFileNeeded", "Pauses", "_created")
            if key in recording
        }
        snapshot.update(TaskId=task_id, Settings=settings, StoppedAt=stop_time(recording, now))
        record = {
            "TaskId": task_id,
            "SdkAppId": sdk_app_id,
            "OnlineRecordTaskId": recording["TaskId"],
            "Recording": snapshot,
        }
        with self.context.store.atomic():  # the check holds until the task is stored
            running = self.video_generations.count_busy(str(sdk_app_id), self.context.clock.now())
            if running >= MAX_CONCURRENT_VIDEO_GENERATION:
                raise ApiError(
                    "LimitExceeded.TaskConcurrency",
                    text("tiw.video_generation_limit", limit=MAX_CONCURRENT_VIDEO_GENERATION),
                )
            self.video_generations.create(task_id, record)
        return task_id

    def describe_video_generation(self, sdk_app_id: int, task_id: str) -> dict[str, Any]:
        task = self.video_generations.get(task_id)
        if task is None or task["SdkAppId"] != sdk_app_id:
            raise task_not_found(task_id)
        state = self.video_generations.observe(task_id, task)
        if state == "FAILED":
            raise ApiError("FailedOperation.Record", RECORD_FAILURE)
        return video_generation_output(task, state, self.context.clock.now())


def application_facets(task: Mapping[str, Any]) -> Facets:
    return Facets(owner=str(task["SdkAppId"]))


def recording_facets(task: Mapping[str, Any]) -> Facets:
    return Facets(owner=str(task["SdkAppId"]), holder=str(task["RecordUserId"]))


def recording_record(task_id: str, spec: Mapping[str, Any]) -> dict[str, Any]:
    """What a recording task stores, from StartOnlineRecord's parameters or a seed."""
    room = int(spec["RoomId"])
    return {
        "TaskId": task_id,
        "SdkAppId": int(spec["SdkAppId"]),
        "RoomId": room,
        "GroupId": str(spec.get("GroupId", room)),
        "RecordUserId": spec.get("RecordUserId", f"tic_record_user_{room}_emulator"),
        "Users": list(spec.get("Users", [])),
        "Settings": {k: spec[k] for k in SETTINGS if k in spec},
        "AudioFileNeeded": bool(spec.get("AudioFileNeeded", False)),
        "RecordMode": spec.get("RecordMode", "REALTIME_MODE"),
        "Pauses": [],
    }


def close_pause(task: dict[str, Any], now: float) -> None:
    pauses = task.setdefault("Pauses", [])
    if pauses and pauses[-1][1] is None:
        pauses[-1][1] = now


def invalid_status(key: str, state: str) -> ApiError:
    return ApiError("UnsupportedOperation.InvalidTaskStatus", text(key, state=state))


def check_record_parameters(params: dict[str, Any]) -> None:
    """Rules the schema cannot say: a mix needs a layout, and streams must fit the canvas."""
    mix = params.get("MixStream")
    if not mix or not mix.get("Enabled"):
        return
    custom = mix.get("Custom")
    if custom is None:
        if "ModelId" not in mix:
            raise ApiError("InvalidParameter.RecordParameter", text("tiw.mix_stream_model"))
        return
    canvas = custom["Canvas"]["LayoutParams"]
    for index, stream in enumerate(custom["InputStreamList"]):
        layout = stream["LayoutParams"]
        if (
            layout.get("X", 0) + layout["Width"] > canvas["Width"]
            or layout.get("Y", 0) + layout["Height"] > canvas["Height"]
        ):
            raise ApiError(
                "InvalidParameter.RecordParameter", text("tiw.mix_stream_canvas", index=index)
            )
