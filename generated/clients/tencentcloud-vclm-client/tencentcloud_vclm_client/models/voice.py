from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """A voice from the voice library, by ID.

    Attributes:
        voice_id (str | Unset): ID of the voice.
    """

    voice_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["VoiceId"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("VoiceId", UNSET)

        voice = cls(
            voice_id=voice_id,
        )

        return voice
