from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.start_online_record_request_extras_item import (
    StartOnlineRecordRequestExtrasItem,
    check_start_online_record_request_extras_item,
)
from ..models.start_online_record_request_record_mode import (
    StartOnlineRecordRequestRecordMode,
    check_start_online_record_request_record_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concat import Concat
    from ..models.mix_stream import MixStream
    from ..models.record_control import RecordControl
    from ..models.whiteboard import Whiteboard


T = TypeVar("T", bound="StartOnlineRecordRequest")


@_attrs_define
class StartOnlineRecordRequest:
    """Input of StartOnlineRecord.

    Attributes:
        sdk_app_id (int): SdkAppId of the whiteboard application.
        room_id (int): Whiteboard room to record. Unless GroupId is given, its decimal form is also
            the IM group whose whiteboard signalling is recorded (the group must exist
            before recording starts); unless TRTCRoomId or TRTCRoomIdStr is given, it is
            also the TRTC room whose streams are recorded.
        record_user_id (str): User ID the recorder joins the room as, at most 60 bytes, in the form
            `tic_record_user_<RoomId>_<random>`. It must not be used by any client:
            a client signed in with the same ID and the recorder would keep
            kicking each other out.
        record_user_sig (str): IM UserSig of RecordUserId.
        group_id (str | Unset): IM group whose whiteboard signalling is recorded; the decimal form of
            RoomId when omitted. The group must exist before recording starts.
        concat (Concat | Unset): Splicing of the clips that pauses split one user's recording into.
        whiteboard (Whiteboard | Unset): Size and initialisation of the whiteboard in the recorded video.
        mix_stream (MixStream | Unset): Mixing of the recorded streams into one picture.
        extras (list[StartOnlineRecordRequestExtrasItem] | Unset): Extra features the task uses; `MIX_STREAM` enables
            stream mixing.
        audio_file_needed (bool | Unset): Also produce an audio-only mp3 file of each stream in the results.
        record_control (RecordControl | Unset): Which streams are generated, with or without audio, in full or low
            resolution.
        record_mode (StartOnlineRecordRequestRecordMode | Unset): REALTIME_MODE (the default) records videos while the
            class runs;
            VIDEO_GENERATION_MODE (in beta, enabled on request) records the
            signalling so that videos are generated afterwards with
            CreateVideoGenerationTask.
             Default: 'REALTIME_MODE'.
        chat_group_id (str | Unset): Only in VIDEO_GENERATION_MODE: IM group whose chat messages are recorded.
            When omitted, the non-whiteboard messages of the whiteboard group are.
        auto_stop_timeout (int | Unset): Seconds without any audio or video upstream and without whiteboard
            activity in the room after which the recording stops by itself.
             Default: 300.
        extra_data (str | Unset): Internal parameter reserved by the service.
        trtc_room_id (int | Unset): Numeric TRTC room whose streams are recorded, when it differs from RoomId.
            Ignored when TRTCRoomIdStr is given.
        trtc_room_id_str (str | Unset): String TRTC room whose streams are recorded; takes precedence over TRTCRoomId
            and RoomId.
    """

    sdk_app_id: int
    room_id: int
    record_user_id: str
    record_user_sig: str
    group_id: str | Unset = UNSET
    concat: Concat | Unset = UNSET
    whiteboard: Whiteboard | Unset = UNSET
    mix_stream: MixStream | Unset = UNSET
    extras: list[StartOnlineRecordRequestExtrasItem] | Unset = UNSET
    audio_file_needed: bool | Unset = UNSET
    record_control: RecordControl | Unset = UNSET
    record_mode: StartOnlineRecordRequestRecordMode | Unset = "REALTIME_MODE"
    chat_group_id: str | Unset = UNSET
    auto_stop_timeout: int | Unset = 300
    extra_data: str | Unset = UNSET
    trtc_room_id: int | Unset = UNSET
    trtc_room_id_str: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sdk_app_id = self.sdk_app_id

        room_id = self.room_id

        record_user_id = self.record_user_id

        record_user_sig = self.record_user_sig

        group_id = self.group_id

        concat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.concat, Unset):
            concat = self.concat.to_dict()

        whiteboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whiteboard, Unset):
            whiteboard = self.whiteboard.to_dict()

        mix_stream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mix_stream, Unset):
            mix_stream = self.mix_stream.to_dict()

        extras: list[str] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = []
            for extras_item_data in self.extras:
                extras_item: str = extras_item_data
                extras.append(extras_item)

        audio_file_needed = self.audio_file_needed

        record_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_control, Unset):
            record_control = self.record_control.to_dict()

        record_mode: str | Unset = UNSET
        if not isinstance(self.record_mode, Unset):
            record_mode = self.record_mode

        chat_group_id = self.chat_group_id

        auto_stop_timeout = self.auto_stop_timeout

        extra_data = self.extra_data

        trtc_room_id = self.trtc_room_id

        trtc_room_id_str = self.trtc_room_id_str

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "SdkAppId": sdk_app_id,
                "RoomId": room_id,
                "RecordUserId": record_user_id,
                "RecordUserSig": record_user_sig,
            }
        )
        if group_id is not UNSET:
            field_dict["GroupId"] = group_id
        if concat is not UNSET:
            field_dict["Concat"] = concat
        if whiteboard is not UNSET:
            field_dict["Whiteboard"] = whiteboard
        if mix_stream is not UNSET:
            field_dict["MixStream"] = mix_stream
        if extras is not UNSET:
            field_dict["Extras"] = extras
        if audio_file_needed is not UNSET:
            field_dict["AudioFileNeeded"] = audio_file_needed
        if record_control is not UNSET:
            field_dict["RecordControl"] = record_control
        if record_mode is not UNSET:
            field_dict["RecordMode"] = record_mode
        if chat_group_id is not UNSET:
            field_dict["ChatGroupId"] = chat_group_id
        if auto_stop_timeout is not UNSET:
            field_dict["AutoStopTimeout"] = auto_stop_timeout
        if extra_data is not UNSET:
            field_dict["ExtraData"] = extra_data
        if trtc_room_id is not UNSET:
            field_dict["TRTCRoomId"] = trtc_room_id
        if trtc_room_id_str is not UNSET:
            field_dict["TRTCRoomIdStr"] = trtc_room_id_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.concat import Concat  # noqa: PLC0415
        from ..models.mix_stream import MixStream  # noqa: PLC0415
        from ..models.record_control import RecordControl  # noqa: PLC0415
        from ..models.whiteboard import Whiteboard  # noqa: PLC0415

        d = dict(src_dict)
        sdk_app_id = d.pop("SdkAppId")

        room_id = d.pop("RoomId")

        record_user_id = d.pop("RecordUserId")

        record_user_sig = d.pop("RecordUserSig")

        group_id = d.pop("GroupId", UNSET)

        _concat = d.pop("Concat", UNSET)
        concat: Concat | Unset
        if isinstance(_concat, Unset):
            concat = UNSET
        else:
            concat = Concat.from_dict(_concat)

        _whiteboard = d.pop("Whiteboard", UNSET)
        whiteboard: Whiteboard | Unset
        if isinstance(_whiteboard, Unset):
            whiteboard = UNSET
        else:
            whiteboard = Whiteboard.from_dict(_whiteboard)

        _mix_stream = d.pop("MixStream", UNSET)
        mix_stream: MixStream | Unset
        if isinstance(_mix_stream, Unset):
            mix_stream = UNSET
        else:
            mix_stream = MixStream.from_dict(_mix_stream)

        _extras = d.pop("Extras", UNSET)
        extras: list[StartOnlineRecordRequestExtrasItem] | Unset = UNSET
        if _extras is not UNSET:
            extras = []
            for extras_item_data in _extras:
                extras_item = check_start_online_record_request_extras_item(extras_item_data)

                extras.append(extras_item)

        audio_file_needed = d.pop("AudioFileNeeded", UNSET)

        _record_control = d.pop("RecordControl", UNSET)
        record_control: RecordControl | Unset
        if isinstance(_record_control, Unset):
            record_control = UNSET
        else:
            record_control = RecordControl.from_dict(_record_control)

        _record_mode = d.pop("RecordMode", UNSET)
        record_mode: StartOnlineRecordRequestRecordMode | Unset
        if isinstance(_record_mode, Unset):
            record_mode = UNSET
        else:
            record_mode = check_start_online_record_request_record_mode(_record_mode)

        chat_group_id = d.pop("ChatGroupId", UNSET)

        auto_stop_timeout = d.pop("AutoStopTimeout", UNSET)

        extra_data = d.pop("ExtraData", UNSET)

        trtc_room_id = d.pop("TRTCRoomId", UNSET)

        trtc_room_id_str = d.pop("TRTCRoomIdStr", UNSET)

        start_online_record_request = cls(
            sdk_app_id=sdk_app_id,
            room_id=room_id,
            record_user_id=record_user_id,
            record_user_sig=record_user_sig,
            group_id=group_id,
            concat=concat,
            whiteboard=whiteboard,
            mix_stream=mix_stream,
            extras=extras,
            audio_file_needed=audio_file_needed,
            record_control=record_control,
            record_mode=record_mode,
            chat_group_id=chat_group_id,
            auto_stop_timeout=auto_stop_timeout,
            extra_data=extra_data,
            trtc_room_id=trtc_room_id,
            trtc_room_id_str=trtc_room_id_str,
        )

        return start_online_record_request
