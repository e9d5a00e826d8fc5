from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Concat")


@_attrs_define
class Concat:
    """Splicing of the clips that pauses split one user's recording into.

    Attributes:
        enabled (bool): Whether to join each user's paused segments into a single video.
        image (str | Unset): URL of the image shown during the paused spans; a black frame when omitted.
    """

    enabled: bool
    image: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        image = self.image

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Enabled": enabled,
            }
        )
        if image is not UNSET:
            field_dict["Image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("Enabled")

        image = d.pop("Image", UNSET)

        concat = cls(
            enabled=enabled,
            image=image,
        )

        return concat
