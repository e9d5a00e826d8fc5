from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamControl")


@_attrs_define
class StreamControl:
    """Settings for one stream.

    Attributes:
        stream_id (str): `tic_record_user` (whiteboard), `tic_substream` (auxiliary stream) or a
            user ID. Matched as a prefix of the real stream ID.
        disable_record (bool | Unset): Leave this stream out of the result. Default: False.
        disable_audio (bool | Unset): Drop this stream's audio. Default: False.
        pull_small_video (bool | Unset): Record only this stream's low-resolution picture. Default: False.
    """

    stream_id: str
    disable_record: bool | Unset = False
    disable_audio: bool | Unset = False
    pull_small_video: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        disable_record = self.disable_record

        disable_audio = self.disable_audio

        pull_small_video = self.pull_small_video

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "StreamId": stream_id,
            }
        )
        if disable_record is not UNSET:
            field_dict["DisableRecord"] = disable_record
        if disable_audio is not UNSET:
            field_dict["DisableAudio"] = disable_audio
        if pull_small_video is not UNSET:
            field_dict["PullSmallVideo"] = pull_small_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stream_id = d.pop("StreamId")

        disable_record = d.pop("DisableRecord", UNSET)

        disable_audio = d.pop("DisableAudio", UNSET)

        pull_small_video = d.pop("PullSmallVideo", UNSET)

        stream_control = cls(
            stream_id=stream_id,
            disable_record=disable_record,
            disable_audio=disable_audio,
            pull_small_video=pull_small_video,
        )

        return stream_control
