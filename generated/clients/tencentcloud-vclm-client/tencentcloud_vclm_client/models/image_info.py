from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.image_info_type import ImageInfoType, check_image_info_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageInfo")


@_attrs_define
class ImageInfo:
    """A reference image, or the first or last frame of the video.

    Attributes:
        image_url (str): URL of the image.
        type_ (ImageInfoType | Unset): first_frame, end_frame, or empty for a reference image.
    """

    image_url: str
    type_: ImageInfoType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ImageUrl": image_url,
            }
        )
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("ImageUrl")

        _type_ = d.pop("Type", UNSET)
        type_: ImageInfoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_image_info_type(_type_)

        image_info = cls(
            image_url=image_url,
            type_=type_,
        )

        return image_info
