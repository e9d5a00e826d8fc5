from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An input image, by URL or as Base64 (the URL wins when both are given).

    Attributes:
        base_64 (str | Unset): The image, Base64-encoded.
        url (str | Unset): URL of the image.
    """

    base_64: str | Unset = UNSET
    url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        base_64 = self.base_64

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if base_64 is not UNSET:
            field_dict["Base64"] = base_64
        if url is not UNSET:
            field_dict["Url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_64 = d.pop("Base64", UNSET)

        url = d.pop("Url", UNSET)

        image = cls(
            base_64=base_64,
            url=url,
        )

        return image
