from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioDriveActionConfigOutput")


@_attrs_define
class AudioDriveActionConfigOutput:
    """An action inserted into an audio-driven scene, as a job reports it.

    Attributes:
        action_tag (str): Tag of the action.
        action_start_time (float): When the action starts, in seconds from the start of the audio.
        action_name (str | Unset): Name of the action.
    """

    action_tag: str
    action_start_time: float
    action_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_tag = self.action_tag

        action_start_time = self.action_start_time

        action_name = self.action_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        audio_drive_action_config_output = cls(
            action_tag=action_tag,
            action_start_time=action_start_time,
            action_name=action_name,
        )

        audio_drive_action_config_output.additional_properties = d
        return audio_drive_action_config_output

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
