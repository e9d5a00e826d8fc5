from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refer_image_item import ReferImageItem


T = TypeVar("T", bound="ElementImageList")


@_attrs_define
class ElementImageList:
    """Reference images of a subject: one front view and further views.

    Attributes:
        refer_images (list[ReferImageItem] | Unset): Further views of the subject (1 to 3), different from the front
            view.
        frontal_image (str | Unset): The front view of the subject, as a URL or Base64.
    """

    refer_images: list[ReferImageItem] | Unset = UNSET
    frontal_image: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        refer_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refer_images, Unset):
            refer_images = []
            for refer_images_item_data in self.refer_images:
                refer_images_item = refer_images_item_data.to_dict()
                refer_images.append(refer_images_item)

        frontal_image = self.frontal_image

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if refer_images is not UNSET:
            field_dict["ReferImages"] = refer_images
        if frontal_image is not UNSET:
            field_dict["FrontalImage"] = frontal_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refer_image_item import ReferImageItem  # noqa: PLC0415

        d = dict(src_dict)
        _refer_images = d.pop("ReferImages", UNSET)
        refer_images: list[ReferImageItem] | Unset = UNSET
        if _refer_images is not UNSET:
            refer_images = []
            for refer_images_item_data in _refer_images:
                refer_images_item = ReferImageItem.from_dict(refer_images_item_data)

                refer_images.append(refer_images_item)

        frontal_image = d.pop("FrontalImage", UNSET)

        element_image_list = cls(
            refer_images=refer_images,
            frontal_image=frontal_image,
        )

        return element_image_list
