from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.photo_video_config_codec import PhotoVideoConfigCodec, check_photo_video_config_codec
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhotoVideoConfig")


@_attrs_define
class PhotoVideoConfig:
    """Output settings of a photo digital human video.

    Attributes:
        codec (PhotoVideoConfigCodec): Codec and container: H264 (mp4).
        bitrate (int | Unset): Average output bitrate, in kbps (40-30000).
        frame_rate (str | Unset): Frame rate in frames per second.
    """

    codec: PhotoVideoConfigCodec
    bitrate: int | Unset = UNSET
    frame_rate: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        codec: str = self.codec

        bitrate = self.bitrate

        frame_rate = self.frame_rate

        field_dict: dict[str, Any] = {}

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
        codec = check_photo_video_config_codec(d.pop("codec"))

        bitrate = d.pop("bitrate", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        photo_video_config = cls(
            codec=codec,
            bitrate=bitrate,
            frame_rate=frame_rate,
        )

        return photo_video_config
