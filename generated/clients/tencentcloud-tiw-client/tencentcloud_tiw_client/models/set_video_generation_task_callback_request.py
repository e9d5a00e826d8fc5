from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetVideoGenerationTaskCallbackRequest")


@_attrs_define
class SetVideoGenerationTaskCallbackRequest:
    """Input of SetVideoGenerationTaskCallback.

    Attributes:
        sdk_app_id (int): SdkAppId of the whiteboard application.
        callback (str): URL that receives video generation events by POST, starting with http:// or https://;
            an empty string removes the registered URL. Any other value is answered
            with InvalidParameter.CallbackAddressFormatError.
    """

    sdk_app_id: int
    callback: str

    def to_dict(self) -> dict[str, Any]:
        sdk_app_id = self.sdk_app_id

        callback = self.callback

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "SdkAppId": sdk_app_id,
                "Callback": callback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdk_app_id = d.pop("SdkAppId")

        callback = d.pop("Callback")

        set_video_generation_task_callback_request = cls(
            sdk_app_id=sdk_app_id,
            callback=callback,
        )

        return set_video_generation_task_callback_request
