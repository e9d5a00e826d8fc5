from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferenceSubject")


@_attrs_define
class ReferenceSubject:
    """A subject for reference-to-video: its ID (used as @ID in the prompt), images or videos, and voice.

    Attributes:
        id (str): ID of the subject; the prompt refers to it as @ID.
        images (list[str]): Images of the subject (at most 3), as URLs: png, jpeg, jpg or webp, at least 128x128 px, at
            most 50 MB.
        name (str | Unset): Name (ID) of the subject; the prompt refers to it as @ID.
        videos (list[str] | Unset): A video of the subject (one of 5 s; viduq2-pro only), as a URL: mp4, avi or mov.
            Images and videos share three slots.
        voice_id (str | Unset): ID of the subject's voice; the service picks one when empty.
    """

    id: str
    images: list[str]
    name: str | Unset = UNSET
    videos: list[str] | Unset = UNSET
    voice_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        images = self.images

        name = self.name

        videos: list[str] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = self.videos

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Id": id,
                "Images": images,
            }
        )
        if name is not UNSET:
            field_dict["Name"] = name
        if videos is not UNSET:
            field_dict["Videos"] = videos
        if voice_id is not UNSET:
            field_dict["VoiceId"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        images = cast(list[str], d.pop("Images"))

        name = d.pop("Name", UNSET)

        videos = cast(list[str], d.pop("Videos", UNSET))

        voice_id = d.pop("VoiceId", UNSET)

        reference_subject = cls(
            id=id,
            images=images,
            name=name,
            videos=videos,
            voice_id=voice_id,
        )

        return reference_subject
