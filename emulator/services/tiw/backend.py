"""TIW state and rules: applications, real-time recording tasks, video generation tasks."""

from __future__ import annotations

import hashlib
from typing import Any

from emulator.config import DEFAULT_SDK_APP_ID
from emulator.context import Context
from emulator.lifecycle import Lifecycle
from emulator.protocols.errors import ApiError
from emulator.tasks import Tasks

RECORDING = Lifecycle(
    ("PREPARED", "RECORDING", "STOPPED", "FINISHED"), failed="FAILED", other=("PAUSED",)
)
VIDEO_GENERATION = Lifecycle(("QUEUED", "PROCESSING", "FINISHED"), failed="FAILED")
APP_STATUSES = ("active", "not_registered", "expired")
MAX_CONCURRENT_VIDEO_GENERATION = 5
MEDIA_HOST = "https://tiw-emulator.local"


class TiwBackend:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.recordings = Tasks(context, "tiw.recording", RECORDING)
        self.video_generations = Tasks(context, "tiw.video_generation", VIDEO_GENERATION)
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
        app = self.app(sdk_app_id) or {"SdkAppId": sdk_app_id, "Callback": "", "CallbackKey": ""}
        app.update(Owner=owner, Status=status)
        self.context.store.put("tiw.app", str(sdk_app_id), self.context.clock.now(), app)
        return app

    def set_video_generation_callback(self, sdk_app_id: int, url: str, key: str) -> dict[str, Any]:
        app = self.app(sdk_app_id) or self.put_app(sdk_app_id)
        app.update(Callback=url, CallbackKey=key)
        self.context.store.put("tiw.app", str(sdk_app_id), self.context.clock.now(), app)
        return app

    def usable_app(
        self, sdk_app_id: int, secret_id: str | None, not_registered: str
    ) -> dict[str, Any]:
        """The application, if this caller may use it; else the documented error."""
        app = self.app(sdk_app_id)
        if app is None or (app["Owner"] and secret_id and app["Owner"] != secret_id):
            raise ApiError(
                "UnauthorizedOperation.SdkAppId",
                "The SdkAppId does not exist or does not match the current Tencent Cloud account.",
            )
        if app["Status"] == "not_registered":
            raise ApiError(not_registered, "TIW is not enabled for this application.")
        if app["Status"] == "expired":
            raise ApiError(
                "ResourceUnavailable.ServiceExpired",
                "The account is in arrears or TIW has expired.",
            )
        return app

    # ---- recordings ----
    def add_recording(self, spec: dict[str, Any], state: str | None = None) -> dict[str, Any]:
        task_id = str(spec.get("TaskId") or self.context.tencent_task_id())
        if self.recordings.get(task_id) is not None:
            raise ValueError(f"recording task {task_id} exists already")
        room = int(spec["RoomId"])
        record = {
            "TaskId": task_id,
            "SdkAppId": int(spec["SdkAppId"]),
            "RoomId": room,
            "GroupId": str(spec.get("GroupId", room)),
            "RecordUserId": spec.get("RecordUserId", f"tic_record_user_{room}_emulator"),
            "Users": list(spec.get("Users", [])),
            "DurationSeconds": int(spec.get("DurationSeconds", 60)),
            "Settings": {
                k: spec[k]
                for k in ("Whiteboard", "Concat", "MixStream", "RecordControl")
                if k in spec
            },
            "AudioFileNeeded": bool(spec.get("AudioFileNeeded", False)),
            "RecordMode": spec.get("RecordMode", "REALTIME_MODE"),
        }
        if "Created" in spec:
            record["_created"] = float(spec["Created"])
        return self.recordings.create(task_id, record, state)

    def describe_recording(self, sdk_app_id: int, task_id: str) -> dict[str, Any]:
        task = self.recordings.get(task_id)
        if task is None or task["SdkAppId"] != sdk_app_id:
            raise ApiError(
                "InvalidParameter.TaskNotFound", f"The recording task `{task_id}` does not exist."
            )
        state = self.recordings.observe(task_id, task)
        if state == "FAILED":
            raise ApiError(
                "FailedOperation.Record",
                "code: 40004, msg: im login failed with code 6206, desc userSig expired "
                "(failure injected by the emulator)",
            )
        return recording_output(task, state)

    # ---- video generation ----
    def create_video_generation(self, params: dict[str, Any]) -> str:
        sdk_app_id = int(params["SdkAppId"])
        recording = self.recordings.get(params["OnlineRecordTaskId"])
        if recording is None or recording["SdkAppId"] != sdk_app_id:
            raise ApiError("FailedOperation", "The recording task does not exist.")
        if self.recordings.state(recording) != "FINISHED":
            raise ApiError("FailedOperation", "The recording task has not finished.")
        check_record_parameters(params)
        running = [
            task
            for task in self.video_generations.all()
            if task["SdkAppId"] == sdk_app_id
            and not VIDEO_GENERATION.final(self.video_generations.state(task))
        ]
        if len(running) >= MAX_CONCURRENT_VIDEO_GENERATION:
            raise ApiError(
                "LimitExceeded.TaskConcurrency",
                f"At most {MAX_CONCURRENT_VIDEO_GENERATION} video generation tasks run at once.",
            )
        task_id = self.context.tencent_task_id()
        settings = {**recording["Settings"]}
        settings.update(
            {
                k: params[k]
                for k in ("Whiteboard", "Concat", "MixStream", "RecordControl")
                if k in params
            }
        )
        record = {
            "TaskId": task_id,
            "SdkAppId": sdk_app_id,
            "OnlineRecordTaskId": recording["TaskId"],
            "Settings": settings,
        }
        self.video_generations.create(task_id, record)
        return task_id


def check_record_parameters(params: dict[str, Any]) -> None:
    """Rules the schema cannot say: a mix needs a layout, and streams must fit the canvas."""
    mix = params.get("MixStream")
    if not mix or not mix.get("Enabled"):
        return
    custom = mix.get("Custom")
    if custom is None:
        if "ModelId" not in mix:
            raise ApiError(
                "InvalidParameter.RecordParameter", "MixStream needs ModelId when Custom is absent."
            )
        return
    canvas = custom["Canvas"]["LayoutParams"]
    for index, stream in enumerate(custom["InputStreamList"]):
        layout = stream["LayoutParams"]
        if (
            layout.get("X", 0) + layout["Width"] > canvas["Width"]
            or layout.get("Y", 0) + layout["Height"] > canvas["Height"]
        ):
            raise ApiError(
                "InvalidParameter.RecordParameter",
                f"MixStream.Custom.InputStreamList.{index} extends beyond the canvas.",
            )


def _video(
    task: dict[str, Any], user: str, video_type: int, play_time: int, fmt: str = "mp4"
) -> dict[str, Any]:
    duration = task["DurationSeconds"] * 1000 - play_time
    video_id = hashlib.md5(f"{task['TaskId']}/{user}/{video_type}".encode()).hexdigest()
    width, height = (0, 0) if fmt == "mp3" else (640, 360)
    return {
        "UserId": user,
        "VideoDuration": duration,
        "VideoFormat": fmt,
        "VideoId": video_id,
        "VideoPlayTime": play_time,
        "VideoSize": duration * 32 if fmt == "mp3" else duration * 40,
        "VideoType": video_type,
        "Width": width,
        "Height": height,
        "VideoUrl": f"{MEDIA_HOST}/{task['TaskId']}/{video_id}.{fmt}",
    }


def recorded_videos(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The files a finished recording produced: whiteboard, each camera, mix, audio."""
    videos = [_video(task, "", 2, 0)]
    videos += [_video(task, user, 0, 0) for user in task["Users"]]
    mix = task["Settings"].get("MixStream") or {}
    if mix.get("Enabled"):
        layout = mix.get("ModelId", "custom")
        videos.append(_video(task, f"tic_mixstream_{task['RoomId']}_{layout}", 3, 0))
    if task["AudioFileNeeded"]:
        videos += [_video(task, user, 4, 0, "mp3") for user in task["Users"]]
    return videos


def recording_output(task: dict[str, Any], state: str) -> dict[str, Any]:
    started = int(task["_created"])
    ended = state in ("STOPPED", "FINISHED")
    return {
        # The pages document only the reasons of an ended task; until then it is empty.
        "FinishReason": "USER_CALL" if ended else "",
        "TaskId": task["TaskId"],
        "Status": state,
        "RoomId": task["RoomId"],
        "GroupId": task["GroupId"],
        "RecordUserId": task["RecordUserId"],
        "RecordStartTime": started if state != "PREPARED" else 0,
        "RecordStopTime": started + task["DurationSeconds"] if ended else 0,
        "TotalTime": task["DurationSeconds"] * 1000 if ended else 0,
        "ExceptionCnt": 0,
        "OmittedDurations": [],
        "VideoInfos": recorded_videos(task) if state == "FINISHED" else [],
        "ReplayUrl": f"{MEDIA_HOST}/{task['TaskId']}/replay"
        if task["RecordMode"] == "VIDEO_GENERATION_MODE"
        else None,
        "Interrupts": [],
    }
