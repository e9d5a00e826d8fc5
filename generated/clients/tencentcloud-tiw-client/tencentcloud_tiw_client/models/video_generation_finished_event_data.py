from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_finished_event_data_status import (
    VideoGenerationFinishedEventDataStatus,
    check_video_generation_finished_event_data_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.video_info import VideoInfo


T = TypeVar("T", bound="VideoGenerationFinishedEventData")


@_attrs_define
class VideoGenerationFinishedEventData:
    """A finished video generation task, with the fields DescribeVideoGenerationTask
    returns for it (assumed).

        Attributes:
            task_id (str): ID of the video generation task.
            status (str | VideoGenerationFinishedEventDataStatus): Always FINISHED; a failed task carries Error.
            group_id (str | Unset): IM group of the recording the videos were generated from.
            room_id (int | Unset): Room of the recording the videos were generated from.
            total_time (int | Unset): Total playback length of the generated videos, in milliseconds.
            video_info_list (list[VideoInfo] | Unset): The generated video files.
            error (Error | Unset): What went wrong with a failed call.
    """

    task_id: str
    status: str | VideoGenerationFinishedEventDataStatus
    group_id: str | Unset = UNSET
    room_id: int | Unset = UNSET
    total_time: int | Unset = UNSET
    video_info_list: list[VideoInfo] | Unset = UNSET
    error: Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        group_id = self.group_id

        room_id = self.room_id

        total_time = self.total_time

        video_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_info_list, Unset):
            video_info_list = []
            for video_info_list_item_data in self.video_info_list:
                video_info_list_item = video_info_list_item_data.to_dict()
                video_info_list.append(video_info_list_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TaskId": task_id,
                "Status": status,
            }
        )
        if group_id is not UNSET:
            field_dict["GroupId"] = group_id
        if room_id is not UNSET:
            field_dict["RoomId"] = room_id
        if total_time is not UNSET:
            field_dict["TotalTime"] = total_time
        if video_info_list is not UNSET:
            field_dict["VideoInfoList"] = video_info_list
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.video_info import VideoInfo  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("TaskId")

        def _parse_status(data: object) -> str | VideoGenerationFinishedEventDataStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = check_video_generation_finished_event_data_status(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoGenerationFinishedEventDataStatus, data)

        status = _parse_status(d.pop("Status"))

        group_id = d.pop("GroupId", UNSET)

        room_id = d.pop("RoomId", UNSET)

        total_time = d.pop("TotalTime", UNSET)

        _video_info_list = d.pop("VideoInfoList", UNSET)
        video_info_list: list[VideoInfo] | Unset = UNSET
        if _video_info_list is not UNSET:
            video_info_list = []
            for video_info_list_item_data in _video_info_list:
                video_info_list_item = VideoInfo.from_dict(video_info_list_item_data)

                video_info_list.append(video_info_list_item)

        _error = d.pop("Error", UNSET)
        error: Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = Error.from_dict(_error)

        video_generation_finished_event_data = cls(
            task_id=task_id,
            status=status,
            group_id=group_id,
            room_id=room_id,
            total_time=total_time,
            video_info_list=video_info_list,
            error=error,
        )

        video_generation_finished_event_data.additional_properties = d
        return video_generation_finished_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
