from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OmittedDuration")


@_attrs_define
class OmittedDuration:
    """A paused span that splicing removed from the video.

    Attributes:
        video_time (int): Playback position in the spliced video where the pause falls, in milliseconds.
        pause_time (int): When the recording was paused, UNIX time in milliseconds.
        resume_time (int): When the recording was resumed, UNIX time in milliseconds.
    """

    video_time: int
    pause_time: int
    resume_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_time = self.video_time

        pause_time = self.pause_time

        resume_time = self.resume_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "VideoTime": video_time,
                "PauseTime": pause_time,
                "ResumeTime": resume_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_time = d.pop("VideoTime")

        pause_time = d.pop("PauseTime")

        resume_time = d.pop("ResumeTime")

        omitted_duration = cls(
            video_time=video_time,
            pause_time=pause_time,
            resume_time=resume_time,
        )

        omitted_duration.additional_properties = d
        return omitted_duration

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
