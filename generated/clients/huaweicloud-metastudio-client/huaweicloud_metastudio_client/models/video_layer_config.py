from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoLayerConfig")


@_attrs_define
class VideoLayerConfig:
    """The video of a VIDEO layer.

    Attributes:
        video_url (str | Unset): URL of the video (external URLs only for live streams).
        video_cover_url (str | Unset): URL of the video's cover picture.
        loop_count (int | Unset): How often the video plays: 0 not at all, -1 in a loop.
        video_sound (int | Unset): Volume of the video's own sound in percent, 0-100; 0 (the default) mutes it. Default:
            0.
        is_play_the_entire_video (bool | Unset): Whether the video plays to its end (true) or stops with the scene's
            text or audio (false, the default). Default: False.
    """

    video_url: str | Unset = UNSET
    video_cover_url: str | Unset = UNSET
    loop_count: int | Unset = UNSET
    video_sound: int | Unset = 0
    is_play_the_entire_video: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        video_cover_url = self.video_cover_url

        loop_count = self.loop_count

        video_sound = self.video_sound

        is_play_the_entire_video = self.is_play_the_entire_video

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_cover_url is not UNSET:
            field_dict["video_cover_url"] = video_cover_url
        if loop_count is not UNSET:
            field_dict["loop_count"] = loop_count
        if video_sound is not UNSET:
            field_dict["video_sound"] = video_sound
        if is_play_the_entire_video is not UNSET:
            field_dict["is_play_the_entire_video"] = is_play_the_entire_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url", UNSET)

        video_cover_url = d.pop("video_cover_url", UNSET)

        loop_count = d.pop("loop_count", UNSET)

        video_sound = d.pop("video_sound", UNSET)

        is_play_the_entire_video = d.pop("is_play_the_entire_video", UNSET)

        video_layer_config = cls(
            video_url=video_url,
            video_cover_url=video_cover_url,
            loop_count=loop_count,
            video_sound=video_sound,
            is_play_the_entire_video=is_play_the_entire_video,
        )

        return video_layer_config
