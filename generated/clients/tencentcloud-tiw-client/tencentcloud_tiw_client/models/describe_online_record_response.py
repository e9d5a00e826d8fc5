from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.describe_online_record_response_finish_reason import (
    DescribeOnlineRecordResponseFinishReason,
    check_describe_online_record_response_finish_reason,
)
from ..models.describe_online_record_response_status import (
    DescribeOnlineRecordResponseStatus,
    check_describe_online_record_response_status,
)

if TYPE_CHECKING:
    from ..models.interrupt import Interrupt
    from ..models.omitted_duration import OmittedDuration
    from ..models.video_info import VideoInfo


T = TypeVar("T", bound="DescribeOnlineRecordResponse")


@_attrs_define
class DescribeOnlineRecordResponse:
    """Output of DescribeOnlineRecord.

    Attributes:
        finish_reason (DescribeOnlineRecordResponseFinishReason | str): Why the recording ended: AUTO (no audio/video
            upstream and no whiteboard
            activity for a long time), USER_CALL (StopOnlineRecord was called),
            EXCEPTION (it failed), FORCE_STOP (paused for over 90 minutes or
            recording for over 24 hours). Empty while the task has not ended: the
            field is always present but the pages name no value for that case.
        task_id (str): ID of the recording task.
        status (DescribeOnlineRecordResponseStatus | str): PREPARED (joining the room and starting up), RECORDING,
            PAUSED, STOPPED
            (recording ended, videos being processed and uploaded), FINISHED
            (videos uploaded, results available).
        room_id (int): Room that was recorded.
        group_id (str): IM group of the whiteboard.
        record_user_id (str): User ID the recorder joined the room as.
        record_start_time (int): When recording actually started, UNIX time in seconds.
        record_stop_time (int): When recording actually stopped, UNIX time in seconds.
        total_time (int): Total playback length of the recording, in milliseconds.
        exception_cnt (int): Number of exceptions during recording.
        omitted_durations (list[OmittedDuration]): Spans left out of the spliced video; only meaningful when splicing
            (Concat) is enabled.
        video_infos (list[VideoInfo]): The recorded video files.
        replay_url (None | str): Replay URL for the signalling player; only in video generation mode. May be null.
        interrupts (list[Interrupt] | None): Stream interruptions per user during recording. May be null.
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
    """

    finish_reason: DescribeOnlineRecordResponseFinishReason | str
    task_id: str
    status: DescribeOnlineRecordResponseStatus | str
    room_id: int
    group_id: str
    record_user_id: str
    record_start_time: int
    record_stop_time: int
    total_time: int
    exception_cnt: int
    omitted_durations: list[OmittedDuration]
    video_infos: list[VideoInfo]
    replay_url: None | str
    interrupts: list[Interrupt] | None
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason: str
        if isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        task_id = self.task_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        room_id = self.room_id

        group_id = self.group_id

        record_user_id = self.record_user_id

        record_start_time = self.record_start_time

        record_stop_time = self.record_stop_time

        total_time = self.total_time

        exception_cnt = self.exception_cnt

        omitted_durations = []
        for omitted_durations_item_data in self.omitted_durations:
            omitted_durations_item = omitted_durations_item_data.to_dict()
            omitted_durations.append(omitted_durations_item)

        video_infos = []
        for video_infos_item_data in self.video_infos:
            video_infos_item = video_infos_item_data.to_dict()
            video_infos.append(video_infos_item)

        replay_url: None | str
        replay_url = self.replay_url

        interrupts: list[dict[str, Any]] | None
        if isinstance(self.interrupts, list):
            interrupts = []
            for interrupts_type_0_item_data in self.interrupts:
                interrupts_type_0_item = interrupts_type_0_item_data.to_dict()
                interrupts.append(interrupts_type_0_item)

        else:
            interrupts = self.interrupts

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FinishReason": finish_reason,
                "TaskId": task_id,
                "Status": status,
                "RoomId": room_id,
                "GroupId": group_id,
                "RecordUserId": record_user_id,
                "RecordStartTime": record_start_time,
                "RecordStopTime": record_stop_time,
                "TotalTime": total_time,
                "ExceptionCnt": exception_cnt,
                "OmittedDurations": omitted_durations,
                "VideoInfos": video_infos,
                "ReplayUrl": replay_url,
                "Interrupts": interrupts,
                "RequestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interrupt import Interrupt  # noqa: PLC0415
        from ..models.omitted_duration import OmittedDuration  # noqa: PLC0415
        from ..models.video_info import VideoInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_finish_reason(data: object) -> DescribeOnlineRecordResponseFinishReason | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_finish_reason = check_describe_online_record_response_finish_reason(data)

                return finish_reason_finish_reason
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeOnlineRecordResponseFinishReason | str, data)

        finish_reason = _parse_finish_reason(d.pop("FinishReason"))

        task_id = d.pop("TaskId")

        def _parse_status(data: object) -> DescribeOnlineRecordResponseStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = check_describe_online_record_response_status(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeOnlineRecordResponseStatus | str, data)

        status = _parse_status(d.pop("Status"))

        room_id = d.pop("RoomId")

        group_id = d.pop("GroupId")

        record_user_id = d.pop("RecordUserId")

        record_start_time = d.pop("RecordStartTime")

        record_stop_time = d.pop("RecordStopTime")

        total_time = d.pop("TotalTime")

        exception_cnt = d.pop("ExceptionCnt")

        omitted_durations = []
        _omitted_durations = d.pop("OmittedDurations")
        for omitted_durations_item_data in _omitted_durations:
            omitted_durations_item = OmittedDuration.from_dict(omitted_durations_item_data)

            omitted_durations.append(omitted_durations_item)

        video_infos = []
        _video_infos = d.pop("VideoInfos")
        for video_infos_item_data in _video_infos:
            video_infos_item = VideoInfo.from_dict(video_infos_item_data)

            video_infos.append(video_infos_item)

        def _parse_replay_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replay_url = _parse_replay_url(d.pop("ReplayUrl"))

        def _parse_interrupts(data: object) -> list[Interrupt] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interrupts_type_0 = []
                _interrupts_type_0 = data
                for interrupts_type_0_item_data in _interrupts_type_0:
                    interrupts_type_0_item = Interrupt.from_dict(interrupts_type_0_item_data)

                    interrupts_type_0.append(interrupts_type_0_item)

                return interrupts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Interrupt] | None, data)

        interrupts = _parse_interrupts(d.pop("Interrupts"))

        request_id = d.pop("RequestId")

        describe_online_record_response = cls(
            finish_reason=finish_reason,
            task_id=task_id,
            status=status,
            room_id=room_id,
            group_id=group_id,
            record_user_id=record_user_id,
            record_start_time=record_start_time,
            record_stop_time=record_stop_time,
            total_time=total_time,
            exception_cnt=exception_cnt,
            omitted_durations=omitted_durations,
            video_infos=video_infos,
            replay_url=replay_url,
            interrupts=interrupts,
            request_id=request_id,
        )

        describe_online_record_response.additional_properties = d
        return describe_online_record_response

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
