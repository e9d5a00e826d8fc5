from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concat import Concat
    from ..models.mix_stream import MixStream
    from ..models.record_control import RecordControl
    from ..models.whiteboard import Whiteboard


T = TypeVar("T", bound="CreateVideoGenerationTaskRequest")


@_attrs_define
class CreateVideoGenerationTaskRequest:
    """Input of CreateVideoGenerationTask.

    Attributes:
        online_record_task_id (str): TaskId of the real-time recording to generate videos from.
        sdk_app_id (int): SdkAppId of the whiteboard application.
        whiteboard (Whiteboard | Unset): Size and initialisation of the whiteboard in the recorded video.
        concat (Concat | Unset): Splicing of the clips that pauses split one user's recording into.
        mix_stream (MixStream | Unset): Mixing of the recorded streams into one picture.
        record_control (RecordControl | Unset): Which streams are generated, with or without audio, in full or low
            resolution.
        extra_data (str | Unset): Internal parameter reserved by the service.
    """

    online_record_task_id: str
    sdk_app_id: int
    whiteboard: Whiteboard | Unset = UNSET
    concat: Concat | Unset = UNSET
    mix_stream: MixStream | Unset = UNSET
    record_control: RecordControl | Unset = UNSET
    extra_data: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        online_record_task_id = self.online_record_task_id

        sdk_app_id = self.sdk_app_id

        whiteboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whiteboard, Unset):
            whiteboard = self.whiteboard.to_dict()

        concat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.concat, Unset):
            concat = self.concat.to_dict()

        mix_stream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mix_stream, Unset):
            mix_stream = self.mix_stream.to_dict()

        record_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_control, Unset):
            record_control = self.record_control.to_dict()

        extra_data = self.extra_data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "OnlineRecordTaskId": online_record_task_id,
                "SdkAppId": sdk_app_id,
            }
        )
        if whiteboard is not UNSET:
            field_dict["Whiteboard"] = whiteboard
        if concat is not UNSET:
            field_dict["Concat"] = concat
        if mix_stream is not UNSET:
            field_dict["MixStream"] = mix_stream
        if record_control is not UNSET:
            field_dict["RecordControl"] = record_control
        if extra_data is not UNSET:
            field_dict["ExtraData"] = extra_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.concat import Concat  # noqa: PLC0415
        from ..models.mix_stream import MixStream  # noqa: PLC0415
        from ..models.record_control import RecordControl  # noqa: PLC0415
        from ..models.whiteboard import Whiteboard  # noqa: PLC0415

        d = dict(src_dict)
        online_record_task_id = d.pop("OnlineRecordTaskId")

        sdk_app_id = d.pop("SdkAppId")

        _whiteboard = d.pop("Whiteboard", UNSET)
        whiteboard: Whiteboard | Unset
        if isinstance(_whiteboard, Unset):
            whiteboard = UNSET
        else:
            whiteboard = Whiteboard.from_dict(_whiteboard)

        _concat = d.pop("Concat", UNSET)
        concat: Concat | Unset
        if isinstance(_concat, Unset):
            concat = UNSET
        else:
            concat = Concat.from_dict(_concat)

        _mix_stream = d.pop("MixStream", UNSET)
        mix_stream: MixStream | Unset
        if isinstance(_mix_stream, Unset):
            mix_stream = UNSET
        else:
            mix_stream = MixStream.from_dict(_mix_stream)

        _record_control = d.pop("RecordControl", UNSET)
        record_control: RecordControl | Unset
        if isinstance(_record_control, Unset):
            record_control = UNSET
        else:
            record_control = RecordControl.from_dict(_record_control)

        extra_data = d.pop("ExtraData", UNSET)

        create_video_generation_task_request = cls(
            online_record_task_id=online_record_task_id,
            sdk_app_id=sdk_app_id,
            whiteboard=whiteboard,
            concat=concat,
            mix_stream=mix_stream,
            record_control=record_control,
            extra_data=extra_data,
        )

        return create_video_generation_task_request
