from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioInfo")


@_attrs_define
class AudioInfo:
    """The audio of an audio-driven scene.

    Attributes:
        audio_id (int | Unset): ID of the audio, as the script returns it once its audio was uploaded.
    """

    audio_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        audio_id = self.audio_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if audio_id is not UNSET:
            field_dict["audio_id"] = audio_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_id = d.pop("audio_id", UNSET)

        audio_info = cls(
            audio_id=audio_id,
        )

        return audio_info
