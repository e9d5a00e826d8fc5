from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoLayerConfigOutput")


@_attrs_define
class VideoLayerConfigOutput:
    """The video of a VIDEO layer, as a job reports it.

    Attributes:
        video_url (str | Unset): URL of the video (external URLs only for live streams).
        video_cover_url (str | Unset): URL of the video's cover picture.
        loop_count (int | Unset): How often the video plays: 0 not at all, -1 in a loop.
        video_sound (int | Unset): Volume of the video's own sound in percent, 0-100; 0 (the default) mutes it.
        is_play_the_entire_video (bool | Unset): Whether the video plays to its end (true) or stops with the scene's
            text or audio (false, the default).
    """

    video_url: str | Unset = UNSET
    video_cover_url: str | Unset = UNSET
    loop_count: int | Unset = UNSET
    video_sound: int | Unset = UNSET
    is_play_the_entire_video: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        video_cover_url = self.video_cover_url

        loop_count = self.loop_count

        video_sound = self.video_sound

        is_play_the_entire_video = self.is_play_the_entire_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        video_layer_config_output = cls(
            video_url=video_url,
            video_cover_url=video_cover_url,
            loop_count=loop_count,
            video_sound=video_sound,
            is_play_the_entire_video=is_play_the_entire_video,
        )

        video_layer_config_output.additional_properties = d
        return video_layer_config_output

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
