from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceConfigOutput")


@_attrs_define
class VoiceConfigOutput:
    """Voice of the digital human, as a job reports it.

    Attributes:
        voice_asset_id (str): ID of the voice asset (from the asset library).
        speed (int | Unset): Speaking rate in percent of normal: 100 is normal (about 250 Chinese characters a minute),
            50 half, 200 double speed.
        pitch (int | Unset): Pitch of the voice.
        volume (int | Unset): Volume of the voice.
    """

    voice_asset_id: str
    speed: int | Unset = UNSET
    pitch: int | Unset = UNSET
    volume: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_asset_id = self.voice_asset_id

        speed = self.speed

        pitch = self.pitch

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_asset_id": voice_asset_id,
            }
        )
        if speed is not UNSET:
            field_dict["speed"] = speed
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_asset_id = d.pop("voice_asset_id")

        speed = d.pop("speed", UNSET)

        pitch = d.pop("pitch", UNSET)

        volume = d.pop("volume", UNSET)

        voice_config_output = cls(
            voice_asset_id=voice_asset_id,
            speed=speed,
            pitch=pitch,
            volume=volume,
        )

        voice_config_output.additional_properties = d
        return voice_config_output

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
