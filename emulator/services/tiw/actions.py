"""TIW 2019-09-19 actions on top of the Tencent protocol (parameters arrive validated)."""

from __future__ import annotations

from typing import Any

from emulator.protocols.tencentcloud import ActionContext
from emulator.services.tiw.backend import TiwBackend


class TiwActions:
    def __init__(self, backend: TiwBackend) -> None:
        self.backend = backend

    def handlers(self) -> dict[str, Any]:
        return {
            "CreateVideoGenerationTask": self.create_video_generation_task,
            "DescribeVideoGenerationTaskCallback": self.describe_video_generation_task_callback,
            "DescribeOnlineRecord": self.describe_online_record,
        }

    def create_video_generation_task(self, call: ActionContext) -> dict[str, Any]:
        self.backend.usable_app(
            call.params["SdkAppId"], call.secret_id, "ResourceUnavailable.InterfaceUnAuthorized"
        )
        return {"TaskId": self.backend.create_video_generation(call.params)}

    def describe_video_generation_task_callback(self, call: ActionContext) -> dict[str, Any]:
        app = self.backend.usable_app(
            call.params["SdkAppId"], call.secret_id, "ResourceUnavailable.NotRegistered"
        )
        return {"Callback": app["Callback"], "CallbackKey": app["CallbackKey"]}

    def describe_online_record(self, call: ActionContext) -> dict[str, Any]:
        self.backend.usable_app(
            call.params["SdkAppId"], call.secret_id, "ResourceUnavailable.NotRegistered"
        )
        return self.backend.describe_recording(call.params["SdkAppId"], call.params["TaskId"])
