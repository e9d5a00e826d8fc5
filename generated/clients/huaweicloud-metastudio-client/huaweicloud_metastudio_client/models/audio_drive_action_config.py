from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioDriveActionConfig")


@_attrs_define
class AudioDriveActionConfig:
    """An action inserted into an audio-driven scene.

    Attributes:
        action_tag (str): Tag of the action.
        action_start_time (float): When the action starts, in seconds from the start of the audio.
        action_name (str | Unset): Name of the action.
    """

    action_tag: str
    action_start_time: float
    action_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action_tag = self.action_tag

        action_start_time = self.action_start_time

        action_name = self.action_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action_tag": action_tag,
                "action_start_time": action_start_time,
            }
        )
        if action_name is not UNSET:
            field_dict["action_name"] = action_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_tag = d.pop("action_tag")

        action_start_time = d.pop("action_start_time")

        action_name = d.pop("action_name", UNSET)

        audio_drive_action_config = cls(
            action_tag=action_tag,
            action_start_time=action_start_time,
            action_name=action_name,
        )

        return audio_drive_action_config
