from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_config_output_clip_mode import VideoConfigOutputClipMode, check_video_config_output_clip_mode
from ..models.video_config_output_codec import VideoConfigOutputCodec, check_video_config_output_codec
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subtitle_config_output import SubtitleConfigOutput


T = TypeVar("T", bound="VideoConfigOutput")


@_attrs_define
class VideoConfigOutput:
    """Output settings of a 2D avatar video, as a job reports it.

    Attributes:
        bitrate (int): Average output bitrate, in kbps; quality comes first, so a video may exceed it.
        width (int): Output width in pixels. With RESIZE one of 1920x1080, 1080x1920, 1280x720, 720x1280, 3840x2160 or
            2160x3840 (4K needs a 4K model); with CROP the width kept from (dx, dy).
        height (int): Output height in pixels (see width).
        clip_mode (str | Unset | VideoConfigOutputClipMode): How the output is fitted: RESIZE (scaled) or CROP (cut out
            at dx, dy).
        codec (str | Unset | VideoConfigOutputCodec): Codec and container: H264 (mp4, the default), VP8 (webm) or QTRLE
            (mov; needs allow-listing, and limits text to under 1500 characters and audio to under 5 minutes).
        frame_rate (str | Unset): Frame rate in frames per second; 2D avatar videos are always made at 25.
        is_subtitle_enable (bool | Unset): Whether the video carries subtitles.
        subtitle_config (SubtitleConfigOutput | Unset): Position and style of subtitles, as a job reports it.
        dx (int | Unset): With CROP: x of the crop's top-left corner on the model's canvas.
        dy (int | Unset): With CROP: y of the crop's top-left corner on the model's canvas.
        is_enable_super_resolution (bool | Unset): Whether super-resolution is applied (video production only).
        is_end_at_first_frame (bool | Unset): Whether the last frame equals the first, so that several videos join
            seamlessly; ignored once action tags are inserted.
        output_external_url (str | Unset): External URL the video file is uploaded to (needs allow-listing).
        is_vocabulary_config_enable (bool | Unset): Whether the tenant's pronunciation settings apply (video production
            only).
    """

    bitrate: int
    width: int
    height: int
    clip_mode: str | Unset | VideoConfigOutputClipMode = UNSET
    codec: str | Unset | VideoConfigOutputCodec = UNSET
    frame_rate: str | Unset = UNSET
    is_subtitle_enable: bool | Unset = UNSET
    subtitle_config: SubtitleConfigOutput | Unset = UNSET
    dx: int | Unset = UNSET
    dy: int | Unset = UNSET
    is_enable_super_resolution: bool | Unset = UNSET
    is_end_at_first_frame: bool | Unset = UNSET
    output_external_url: str | Unset = UNSET
    is_vocabulary_config_enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        width = self.width

        height = self.height

        clip_mode: str | Unset
        if isinstance(self.clip_mode, Unset):
            clip_mode = UNSET
        elif isinstance(self.clip_mode, str):
            clip_mode = self.clip_mode
        else:
            clip_mode = self.clip_mode

        codec: str | Unset
        if isinstance(self.codec, Unset):
            codec = UNSET
        elif isinstance(self.codec, str):
            codec = self.codec
        else:
            codec = self.codec

        frame_rate = self.frame_rate

        is_subtitle_enable = self.is_subtitle_enable

        subtitle_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle_config, Unset):
            subtitle_config = self.subtitle_config.to_dict()

        dx = self.dx

        dy = self.dy

        is_enable_super_resolution = self.is_enable_super_resolution

        is_end_at_first_frame = self.is_end_at_first_frame

        output_external_url = self.output_external_url

        is_vocabulary_config_enable = self.is_vocabulary_config_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitrate": bitrate,
                "width": width,
                "height": height,
            }
        )
        if clip_mode is not UNSET:
            field_dict["clip_mode"] = clip_mode
        if codec is not UNSET:
            field_dict["codec"] = codec
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if is_subtitle_enable is not UNSET:
            field_dict["is_subtitle_enable"] = is_subtitle_enable
        if subtitle_config is not UNSET:
            field_dict["subtitle_config"] = subtitle_config
        if dx is not UNSET:
            field_dict["dx"] = dx
        if dy is not UNSET:
            field_dict["dy"] = dy
        if is_enable_super_resolution is not UNSET:
            field_dict["is_enable_super_resolution"] = is_enable_super_resolution
        if is_end_at_first_frame is not UNSET:
            field_dict["is_end_at_first_frame"] = is_end_at_first_frame
        if output_external_url is not UNSET:
            field_dict["output_external_url"] = output_external_url
        if is_vocabulary_config_enable is not UNSET:
            field_dict["is_vocabulary_config_enable"] = is_vocabulary_config_enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subtitle_config_output import SubtitleConfigOutput  # noqa: PLC0415

        d = dict(src_dict)
        bitrate = d.pop("bitrate")

        width = d.pop("width")

        height = d.pop("height")

        def _parse_clip_mode(data: object) -> str | Unset | VideoConfigOutputClipMode:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clip_mode_clip_mode = check_video_config_output_clip_mode(data)

                return clip_mode_clip_mode
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VideoConfigOutputClipMode, data)

        clip_mode = _parse_clip_mode(d.pop("clip_mode", UNSET))

        def _parse_codec(data: object) -> str | Unset | VideoConfigOutputCodec:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                codec_codec = check_video_config_output_codec(data)

                return codec_codec
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VideoConfigOutputCodec, data)

        codec = _parse_codec(d.pop("codec", UNSET))

        frame_rate = d.pop("frame_rate", UNSET)

        is_subtitle_enable = d.pop("is_subtitle_enable", UNSET)

        _subtitle_config = d.pop("subtitle_config", UNSET)
        subtitle_config: SubtitleConfigOutput | Unset
        if isinstance(_subtitle_config, Unset):
            subtitle_config = UNSET
        else:
            subtitle_config = SubtitleConfigOutput.from_dict(_subtitle_config)

        dx = d.pop("dx", UNSET)

        dy = d.pop("dy", UNSET)

        is_enable_super_resolution = d.pop("is_enable_super_resolution", UNSET)

        is_end_at_first_frame = d.pop("is_end_at_first_frame", UNSET)

        output_external_url = d.pop("output_external_url", UNSET)

        is_vocabulary_config_enable = d.pop("is_vocabulary_config_enable", UNSET)

        video_config_output = cls(
            bitrate=bitrate,
            width=width,
            height=height,
            clip_mode=clip_mode,
            codec=codec,
            frame_rate=frame_rate,
            is_subtitle_enable=is_subtitle_enable,
            subtitle_config=subtitle_config,
            dx=dx,
            dy=dy,
            is_enable_super_resolution=is_enable_super_resolution,
            is_end_at_first_frame=is_end_at_first_frame,
            output_external_url=output_external_url,
            is_vocabulary_config_enable=is_vocabulary_config_enable,
        )

        video_config_output.additional_properties = d
        return video_config_output

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
