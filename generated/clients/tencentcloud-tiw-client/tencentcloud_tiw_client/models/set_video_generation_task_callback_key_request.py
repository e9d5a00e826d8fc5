from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetVideoGenerationTaskCallbackKeyRequest")


@_attrs_define
class SetVideoGenerationTaskCallbackKeyRequest:
    """Input of SetVideoGenerationTaskCallbackKey.

    Attributes:
        sdk_app_id (int): SdkAppId of the whiteboard application.
        callback_key (str): Key that signs video generation events, at most 64 characters; an empty string removes
            the key, and events are then sent unsigned.
    """

    sdk_app_id: int
    callback_key: str

    def to_dict(self) -> dict[str, Any]:
        sdk_app_id = self.sdk_app_id

        callback_key = self.callback_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "SdkAppId": sdk_app_id,
                "CallbackKey": callback_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdk_app_id = d.pop("SdkAppId")

        callback_key = d.pop("CallbackKey")

        set_video_generation_task_callback_key_request = cls(
            sdk_app_id=sdk_app_id,
            callback_key=callback_key,
        )

        return set_video_generation_task_callback_key_request
