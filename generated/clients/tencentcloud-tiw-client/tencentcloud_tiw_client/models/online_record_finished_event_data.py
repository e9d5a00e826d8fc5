from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.online_record_finished_event_data_finish_reason import (
    OnlineRecordFinishedEventDataFinishReason,
    check_online_record_finished_event_data_finish_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.omitted_duration import OmittedDuration
    from ..models.video_info import VideoInfo


T = TypeVar("T", bound="OnlineRecordFinishedEventData")


@_attrs_define
class OnlineRecordFinishedEventData:
    """Results of a recording task. The documented fields end with
    OmittedDurations; VideoInfos and Error are this project's assumption (see
    x-videoapi-assumption).

        Attributes:
            task_id (str): ID of the recording task.
            room_id (int): Room that was recorded.
            group_id (str): IM group of the whiteboard.
            record_user_id (str): User ID the recorder joined the room as.
            finish_reason (OnlineRecordFinishedEventDataFinishReason | str): Why the recording ended: AUTO (the room stayed
                idle), USER_CALL
                (StopOnlineRecord was called), EXCEPTION (it failed). The event page names
                these three; FORCE_STOP (paused or running too long) is the fourth reason
                DescribeOnlineRecord reports for the same task.
            record_start_time (int): When recording actually started, UNIX time in seconds.
            record_stop_time (int): When recording actually stopped, UNIX time in seconds.
            total_time (int): Total playback length of the recording, in milliseconds (the English event page says seconds;
                the Chinese page and DescribeOnlineRecord say milliseconds).
            exception_cnt (int): Number of exceptions during recording.
            omitted_durations (list[OmittedDuration]): Spans left out of the spliced video; only meaningful when splicing
                (Concat) is enabled.
            video_infos (list[VideoInfo] | Unset): The recorded video files, as DescribeOnlineRecord lists them (assumed).
            error (Error | Unset): What went wrong with a failed call.
    """

    task_id: str
    room_id: int
    group_id: str
    record_user_id: str
    finish_reason: OnlineRecordFinishedEventDataFinishReason | str
    record_start_time: int
    record_stop_time: int
    total_time: int
    exception_cnt: int
    omitted_durations: list[OmittedDuration]
    video_infos: list[VideoInfo] | Unset = UNSET
    error: Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        room_id = self.room_id

        group_id = self.group_id

        record_user_id = self.record_user_id

        finish_reason: str
        if isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        record_start_time = self.record_start_time

        record_stop_time = self.record_stop_time

        total_time = self.total_time

        exception_cnt = self.exception_cnt

        omitted_durations = []
        for omitted_durations_item_data in self.omitted_durations:
            omitted_durations_item = omitted_durations_item_data.to_dict()
            omitted_durations.append(omitted_durations_item)

        video_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_infos, Unset):
            video_infos = []
            for video_infos_item_data in self.video_infos:
                video_infos_item = video_infos_item_data.to_dict()
                video_infos.append(video_infos_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TaskId": task_id,
                "RoomId": room_id,
                "GroupId": group_id,
                "RecordUserId": record_user_id,
                "FinishReason": finish_reason,
                "RecordStartTime": record_start_time,
                "RecordStopTime": record_stop_time,
                "TotalTime": total_time,
                "ExceptionCnt": exception_cnt,
                "OmittedDurations": omitted_durations,
            }
        )
        if video_infos is not UNSET:
            field_dict["VideoInfos"] = video_infos
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.omitted_duration import OmittedDuration  # noqa: PLC0415
        from ..models.video_info import VideoInfo  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("TaskId")

        room_id = d.pop("RoomId")

        group_id = d.pop("GroupId")

        record_user_id = d.pop("RecordUserId")

        def _parse_finish_reason(data: object) -> OnlineRecordFinishedEventDataFinishReason | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_finish_reason = check_online_record_finished_event_data_finish_reason(data)

                return finish_reason_finish_reason
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OnlineRecordFinishedEventDataFinishReason | str, data)

        finish_reason = _parse_finish_reason(d.pop("FinishReason"))

        record_start_time = d.pop("RecordStartTime")

        record_stop_time = d.pop("RecordStopTime")

        total_time = d.pop("TotalTime")

        exception_cnt = d.pop("ExceptionCnt")

        omitted_durations = []
        _omitted_durations = d.pop("OmittedDurations")
        for omitted_durations_item_data in _omitted_durations:
            omitted_durations_item = OmittedDuration.from_dict(omitted_durations_item_data)

            omitted_durations.append(omitted_durations_item)

        _video_infos = d.pop("VideoInfos", UNSET)
        video_infos: list[VideoInfo] | Unset = UNSET
        if _video_infos is not UNSET:
            video_infos = []
            for video_infos_item_data in _video_infos:
                video_infos_item = VideoInfo.from_dict(video_infos_item_data)

                video_infos.append(video_infos_item)

        _error = d.pop("Error", UNSET)
        error: Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = Error.from_dict(_error)

        online_record_finished_event_data = cls(
            task_id=task_id,
            room_id=room_id,
            group_id=group_id,
            record_user_id=record_user_id,
            finish_reason=finish_reason,
            record_start_time=record_start_time,
            record_stop_time=record_stop_time,
            total_time=total_time,
            exception_cnt=exception_cnt,
            omitted_durations=omitted_durations,
            video_infos=video_infos,
            error=error,
        )

        online_record_finished_event_data.additional_properties = d
        return online_record_finished_event_data

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
