from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageLayerConfig")


@_attrs_define
class ImageLayerConfig:
    """The picture of an IMAGE layer.

    Attributes:
        image_url (str | Unset): URL of the picture (external URLs only for live streams).
    """

    image_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        image_layer_config = cls(
            image_url=image_url,
        )

        return image_layer_config
