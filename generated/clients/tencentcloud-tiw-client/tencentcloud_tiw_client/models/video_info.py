from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_info_video_type import VideoInfoVideoType, check_video_info_video_type

T = TypeVar("T", bound="VideoInfo")


@_attrs_define
class VideoInfo:
    """One recorded video file.

    Attributes:
        video_play_time (int): Playback position at which this file starts, in milliseconds.
        video_size (int): File size, in bytes.
        video_format (str): Container format, e.g. mp4.
        video_duration (int): Playing time of the file, in milliseconds.
        video_url (str): Download URL of the file.
        video_id (str): ID of the file.
        video_type (int | VideoInfoVideoType): Stream type: 0 camera, 1 screen share, 2 whiteboard, 3 mixed stream, 4
            audio only (mp3).
        user_id (str): Owner of the stream: the user ID for camera and screen share, empty for
            the whiteboard, `tic_mixstream_<RoomId>_<layout>` for mixed streams and
            `tic_substream_<UserId>` for auxiliary streams.
        width (int): Video width, in pixels.
        height (int): Video height, in pixels.
    """

    video_play_time: int
    video_size: int
    video_format: str
    video_duration: int
    video_url: str
    video_id: str
    video_type: int | VideoInfoVideoType
    user_id: str
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_play_time = self.video_play_time

        video_size = self.video_size

        video_format = self.video_format

        video_duration = self.video_duration

        video_url = self.video_url

        video_id = self.video_id

        video_type: int
        if isinstance(self.video_type, int):
            video_type = self.video_type
        else:
            video_type = self.video_type

        user_id = self.user_id

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "VideoPlayTime": video_play_time,
                "VideoSize": video_size,
                "VideoFormat": video_format,
                "VideoDuration": video_duration,
                "VideoUrl": video_url,
                "VideoId": video_id,
                "VideoType": video_type,
                "UserId": user_id,
                "Width": width,
                "Height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_play_time = d.pop("VideoPlayTime")

        video_size = d.pop("VideoSize")

        video_format = d.pop("VideoFormat")

        video_duration = d.pop("VideoDuration")

        video_url = d.pop("VideoUrl")

        video_id = d.pop("VideoId")

        def _parse_video_type(data: object) -> int | VideoInfoVideoType:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                video_type_video_type = check_video_info_video_type(data)

                return video_type_video_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | VideoInfoVideoType, data)

        video_type = _parse_video_type(d.pop("VideoType"))

        user_id = d.pop("UserId")

        width = d.pop("Width")

        height = d.pop("Height")

        video_info = cls(
            video_play_time=video_play_time,
            video_size=video_size,
            video_format=video_format,
            video_duration=video_duration,
            video_url=video_url,
            video_id=video_id,
            video_type=video_type,
            user_id=user_id,
            width=width,
            height=height,
        )

        video_info.additional_properties = d
        return video_info

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
