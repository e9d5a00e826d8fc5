"""TIW 2019-09-19 actions on top of the Tencent protocol (parameters arrive validated)."""

from __future__ import annotations

from typing import Any

from emulator.callback_urls import CallbackUrlError, check_registered
from emulator.messages import text
from emulator.protocols.errors import ApiError
from emulator.protocols.tencentcloud import ActionContext
from emulator.services.tiw.backend import TiwBackend

NOT_REGISTERED = "ResourceUnavailable.NotRegistered"


class TiwActions:
    def __init__(self, backend: TiwBackend) -> None:
        self.backend = backend

    def handlers(self) -> dict[str, Any]:
        return {
            "CreateVideoGenerationTask": self.create_video_generation_task,
            "DescribeVideoGenerationTask": self.describe_video_generation_task,
            "DescribeVideoGenerationTaskCallback": self.describe_video_generation_task_callback,
            "SetVideoGenerationTaskCallback": self.set_video_generation_task_callback,
            "SetVideoGenerationTaskCallbackKey": self.set_video_generation_task_callback_key,
            "StartOnlineRecord": self.start_online_record,
            "StopOnlineRecord": self.stop_online_record,
            "PauseOnlineRecord": self.pause_online_record,
            "ResumeOnlineRecord": self.resume_online_record,
            "DescribeOnlineRecord": self.describe_online_record,
            "SetOnlineRecordCallback": self.set_online_record_callback,
            "SetOnlineRecordCallbackKey": self.set_online_record_callback_key,
            "DescribeOnlineRecordCallback": self.describe_online_record_callback,
        }

    def _app(self, call: ActionContext, not_registered: str = NOT_REGISTERED) -> int:
        sdk_app_id = int(call.params["SdkAppId"])
        self.backend.usable_app(sdk_app_id, call.secret_id, not_registered)
        return sdk_app_id

    def _callback_url(self, call: ActionContext) -> str:
        """The Callback parameter, if deliverable (emulator/callback_urls.py); its length the
        spec bounds (maxLength), and the request's validation has held it to that."""
        url = str(call.params["Callback"])
        try:
            check_registered(url, self.backend.context.config)
        except CallbackUrlError as error:
            reason = text("tiw.callback_url", reason=error.reason)
            raise ApiError("InvalidParameter.CallbackAddressFormatError", reason) from None
        return url

    # ---- video generation ----
    def create_video_generation_task(self, call: ActionContext) -> dict[str, Any]:
        self._app(call, "ResourceUnavailable.InterfaceUnAuthorized")
        return {"TaskId": self.backend.create_video_generation(call.params)}

    def describe_video_generation_task(self, call: ActionContext) -> dict[str, Any]:
        sdk_app_id = self._app(call)
        return self.backend.describe_video_generation(sdk_app_id, call.params["TaskId"])

    def describe_video_generation_task_callback(self, call: ActionContext) -> dict[str, Any]:
        url, key = self.backend.callback(self._app(call), "video generation")
        return {"Callback": url, "CallbackKey": key}

    def set_video_generation_task_callback(self, call: ActionContext) -> dict[str, Any]:
        url = self._callback_url(call)
        self.backend.set_callback(self._app(call), "video generation", url=url)
        return {}

    def set_video_generation_task_callback_key(self, call: ActionContext) -> dict[str, Any]:
        key = call.params["CallbackKey"]
        self.backend.set_callback(self._app(call), "video generation", key=key)
        return {}

    # ---- recording ----
    def start_online_record(self, call: ActionContext) -> dict[str, Any]:
        self._app(call)
        return {"TaskId": self.backend.start_recording(call.params)}

    def stop_online_record(self, call: ActionContext) -> dict[str, Any]:
        self.backend.stop_recording(self._app(call), call.params["TaskId"])
        return {}

    def pause_online_record(self, call: ActionContext) -> dict[str, Any]:
        self.backend.pause_recording(self._app(call), call.params["TaskId"])
        return {}

    def resume_online_record(self, call: ActionContext) -> dict[str, Any]:
        self.backend.resume_recording(self._app(call), call.params["TaskId"])
        return {}

    def describe_online_record(self, call: ActionContext) -> dict[str, Any]:
        return self.backend.describe_recording(self._app(call), call.params["TaskId"])

    def set_online_record_callback(self, call: ActionContext) -> dict[str, Any]:
        url = self._callback_url(call)
        self.backend.set_callback(self._app(call), "recording", url=url)
        return {}

    def set_online_record_callback_key(self, call: ActionContext) -> dict[str, Any]:
        self.backend.set_callback(self._app(call), "recording", key=call.params["CallbackKey"])
        return {}

    def describe_online_record_callback(self, call: ActionContext) -> dict[str, Any]:
        url, key = self.backend.callback(self._app(call), "recording")
        return {"Callback": url, "CallbackKey": key}
