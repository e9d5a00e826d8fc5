from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.photo_video_config_output_codec import PhotoVideoConfigOutputCodec, check_photo_video_config_output_codec
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhotoVideoConfigOutput")


@_attrs_define
class PhotoVideoConfigOutput:
    """Output settings of a photo digital human video, as a job reports it.

    Attributes:
        codec (PhotoVideoConfigOutputCodec | str): Codec and container: H264 (mp4).
        bitrate (int | Unset): Average output bitrate, in kbps (40-30000).
        frame_rate (str | Unset): Frame rate in frames per second.
    """

    codec: PhotoVideoConfigOutputCodec | str
    bitrate: int | Unset = UNSET
    frame_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codec: str
        if isinstance(self.codec, str):
            codec = self.codec
        else:
            codec = self.codec

        bitrate = self.bitrate

        frame_rate = self.frame_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codec": codec,
            }
        )
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_codec(data: object) -> PhotoVideoConfigOutputCodec | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                codec_codec = check_photo_video_config_output_codec(data)

                return codec_codec
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PhotoVideoConfigOutputCodec | str, data)

        codec = _parse_codec(d.pop("codec"))

        bitrate = d.pop("bitrate", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        photo_video_config_output = cls(
            codec=codec,
            bitrate=bitrate,
            frame_rate=frame_rate,
        )

        photo_video_config_output.additional_properties = d
        return photo_video_config_output

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
