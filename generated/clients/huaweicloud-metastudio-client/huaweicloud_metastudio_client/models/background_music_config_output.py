from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundMusicConfigOutput")


@_attrs_define
class BackgroundMusicConfigOutput:
    """Background music, as a job reports it.

    Attributes:
        music_asset_id (str | Unset): ID of the music asset.
        volume (int | Unset): Volume of the music in percent (100 is full volume).
    """

    music_asset_id: str | Unset = UNSET
    volume: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_asset_id = self.music_asset_id

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if music_asset_id is not UNSET:
            field_dict["music_asset_id"] = music_asset_id
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        music_asset_id = d.pop("music_asset_id", UNSET)

        volume = d.pop("volume", UNSET)

        background_music_config_output = cls(
            music_asset_id=music_asset_id,
            volume=volume,
        )

        background_music_config_output.additional_properties = d
        return background_music_config_output

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
