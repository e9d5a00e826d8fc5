from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DescribeVideoGenerationTaskRequest")


@_attrs_define
class DescribeVideoGenerationTaskRequest:
    """Input of DescribeVideoGenerationTask.

    Attributes:
        sdk_app_id (int): SdkAppId of the whiteboard application.
        task_id (str): ID of the video generation task.
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

        describe_video_generation_task_request = cls(
            sdk_app_id=sdk_app_id,
            task_id=task_id,
        )

        return describe_video_generation_task_request
