from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundMusicConfig")


@_attrs_define
class BackgroundMusicConfig:
    """Background music.

    Attributes:
        music_asset_id (str | Unset): ID of the music asset.
        volume (int | Unset): Volume of the music in percent (100 is full volume).
    """

    music_asset_id: str | Unset = UNSET
    volume: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        music_asset_id = self.music_asset_id

        volume = self.volume

        field_dict: dict[str, Any] = {}

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

        background_music_config = cls(
            music_asset_id=music_asset_id,
            volume=volume,
        )

        return background_music_config
