from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceConfig")


@_attrs_define
class VoiceConfig:
    """Voice of the digital human.

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

    def to_dict(self) -> dict[str, Any]:
        voice_asset_id = self.voice_asset_id

        speed = self.speed

        pitch = self.pitch

        volume = self.volume

        field_dict: dict[str, Any] = {}

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

        voice_config = cls(
            voice_asset_id=voice_asset_id,
            speed=speed,
            pitch=pitch,
            volume=volume,
        )

        return voice_config
