from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferImageItem")


@_attrs_define
class ReferImageItem:
    """One further reference image of a subject.

    Attributes:
        image_url (str | Unset): URL (or Base64) of the image.
    """

    image_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image_url is not UNSET:
            field_dict["ImageUrl"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("ImageUrl", UNSET)

        refer_image_item = cls(
            image_url=image_url,
        )

        return refer_image_item
