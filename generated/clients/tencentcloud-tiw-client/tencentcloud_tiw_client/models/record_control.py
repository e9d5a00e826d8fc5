from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_control import StreamControl


T = TypeVar("T", bound="RecordControl")


@_attrs_define
class RecordControl:
    """Which streams are generated, with or without audio, in full or low resolution.

    Attributes:
        enabled (bool): The other fields only take effect when this is true.
        disable_record (bool | Unset): Global switch that records no stream at all; StreamControls entries override it.
            Default: False.
        disable_audio (bool | Unset): Global switch that drops the audio of every stream; StreamControls entries
            override it. Default: False.
        pull_small_video (bool | Unset): Global switch that records only the low-resolution picture of every stream;
            StreamControls entries override it. Default: False.
        stream_controls (list[StreamControl] | Unset): Per-stream settings, which take precedence over the global
            switches.
    """

    enabled: bool
    disable_record: bool | Unset = False
    disable_audio: bool | Unset = False
    pull_small_video: bool | Unset = False
    stream_controls: list[StreamControl] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        disable_record = self.disable_record

        disable_audio = self.disable_audio

        pull_small_video = self.pull_small_video

        stream_controls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stream_controls, Unset):
            stream_controls = []
            for stream_controls_item_data in self.stream_controls:
                stream_controls_item = stream_controls_item_data.to_dict()
                stream_controls.append(stream_controls_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Enabled": enabled,
            }
        )
        if disable_record is not UNSET:
            field_dict["DisableRecord"] = disable_record
        if disable_audio is not UNSET:
            field_dict["DisableAudio"] = disable_audio
        if pull_small_video is not UNSET:
            field_dict["PullSmallVideo"] = pull_small_video
        if stream_controls is not UNSET:
            field_dict["StreamControls"] = stream_controls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_control import StreamControl  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("Enabled")

        disable_record = d.pop("DisableRecord", UNSET)

        disable_audio = d.pop("DisableAudio", UNSET)

        pull_small_video = d.pop("PullSmallVideo", UNSET)

        _stream_controls = d.pop("StreamControls", UNSET)
        stream_controls: list[StreamControl] | Unset = UNSET
        if _stream_controls is not UNSET:
            stream_controls = []
            for stream_controls_item_data in _stream_controls:
                stream_controls_item = StreamControl.from_dict(stream_controls_item_data)

                stream_controls.append(stream_controls_item)

        record_control = cls(
            enabled=enabled,
            disable_record=disable_record,
            disable_audio=disable_audio,
            pull_small_video=pull_small_video,
            stream_controls=stream_controls,
        )

        return record_control
