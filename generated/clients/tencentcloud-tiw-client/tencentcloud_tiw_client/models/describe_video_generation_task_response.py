from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.describe_video_generation_task_response_status import (
    DescribeVideoGenerationTaskResponseStatus,
    check_describe_video_generation_task_response_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_info import VideoInfo


T = TypeVar("T", bound="DescribeVideoGenerationTaskResponse")


@_attrs_define
class DescribeVideoGenerationTaskResponse:
    """Output of DescribeVideoGenerationTask.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        group_id (str | Unset): IM group of the recording the videos are generated from.
        room_id (int | Unset): Room of the recording the videos are generated from.
        task_id (str | Unset): ID of the video generation task.
        progress (int | Unset): No longer maintained by the service; read Status instead.
        status (DescribeVideoGenerationTaskResponseStatus | str | Unset): QUEUED (waiting), PROCESSING (videos being
            generated), FINISHED (done,
            successfully or not: a failed task answers FailedOperation.Record).
        total_time (int | Unset): Total playback length of the generated videos, in milliseconds.
        video_infos (VideoInfo | Unset): One recorded video file.
        video_info_list (list[VideoInfo] | Unset): The generated video files.
    """

    request_id: str
    group_id: str | Unset = UNSET
    room_id: int | Unset = UNSET
    task_id: str | Unset = UNSET
    progress: int | Unset = UNSET
    status: DescribeVideoGenerationTaskResponseStatus | str | Unset = UNSET
    total_time: int | Unset = UNSET
    video_infos: VideoInfo | Unset = UNSET
    video_info_list: list[VideoInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        group_id = self.group_id

        room_id = self.room_id

        task_id = self.task_id

        progress = self.progress

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        total_time = self.total_time

        video_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_infos, Unset):
            video_infos = self.video_infos.to_dict()

        video_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_info_list, Unset):
            video_info_list = []
            for video_info_list_item_data in self.video_info_list:
                video_info_list_item = video_info_list_item_data.to_dict()
                video_info_list.append(video_info_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if group_id is not UNSET:
            field_dict["GroupId"] = group_id
        if room_id is not UNSET:
            field_dict["RoomId"] = room_id
        if task_id is not UNSET:
            field_dict["TaskId"] = task_id
        if progress is not UNSET:
            field_dict["Progress"] = progress
        if status is not UNSET:
            field_dict["Status"] = status
        if total_time is not UNSET:
            field_dict["TotalTime"] = total_time
        if video_infos is not UNSET:
            field_dict["VideoInfos"] = video_infos
        if video_info_list is not UNSET:
            field_dict["VideoInfoList"] = video_info_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_info import VideoInfo  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        group_id = d.pop("GroupId", UNSET)

        room_id = d.pop("RoomId", UNSET)

        task_id = d.pop("TaskId", UNSET)

        progress = d.pop("Progress", UNSET)

        def _parse_status(data: object) -> DescribeVideoGenerationTaskResponseStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = check_describe_video_generation_task_response_status(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeVideoGenerationTaskResponseStatus | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        total_time = d.pop("TotalTime", UNSET)

        _video_infos = d.pop("VideoInfos", UNSET)
        video_infos: VideoInfo | Unset
        if isinstance(_video_infos, Unset):
            video_infos = UNSET
        else:
            video_infos = VideoInfo.from_dict(_video_infos)

        _video_info_list = d.pop("VideoInfoList", UNSET)
        video_info_list: list[VideoInfo] | Unset = UNSET
        if _video_info_list is not UNSET:
            video_info_list = []
            for video_info_list_item_data in _video_info_list:
                video_info_list_item = VideoInfo.from_dict(video_info_list_item_data)

                video_info_list.append(video_info_list_item)

        describe_video_generation_task_response = cls(
            request_id=request_id,
            group_id=group_id,
            room_id=room_id,
            task_id=task_id,
            progress=progress,
            status=status,
            total_time=total_time,
            video_infos=video_infos,
            video_info_list=video_info_list,
        )

        describe_video_generation_task_response.additional_properties = d
        return describe_video_generation_task_response

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
