from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PauseOnlineRecordRequest")


@_attrs_define
class PauseOnlineRecordRequest:
    """Input of PauseOnlineRecord.

    Attributes:
        sdk_app_id (int): SdkAppId of the whiteboard application.
        task_id (str): ID of the recording task to pause.
    """

    sdk_app_id: int
    task_id: str

    def to_dict(self) -> dict[str, Any]:
        sdk_app_id = self.sdk_app_id

        task_id = self.task_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "SdkAppId": sdk_app_id,
                "TaskId": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdk_app_id = d.pop("SdkAppId")

        task_id = d.pop("TaskId")

        pause_online_record_request = cls(
            sdk_app_id=sdk_app_id,
            task_id=task_id,
        )

        return pause_online_record_request
