from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refer_image_item_output import ReferImageItemOutput


T = TypeVar("T", bound="ElementImageListOutput")


@_attrs_define
class ElementImageListOutput:
    """Reference images of a subject: one front view and further views.

    Attributes:
        refer_images (list[ReferImageItemOutput] | Unset): Further views of the subject (1 to 3), different from the
            front view.
        frontal_image (str | Unset): The front view of the subject, as a URL or Base64.
    """

    refer_images: list[ReferImageItemOutput] | Unset = UNSET
    frontal_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refer_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refer_images, Unset):
            refer_images = []
            for refer_images_item_data in self.refer_images:
                refer_images_item = refer_images_item_data.to_dict()
                refer_images.append(refer_images_item)

        frontal_image = self.frontal_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refer_images is not UNSET:
            field_dict["ReferImages"] = refer_images
        if frontal_image is not UNSET:
            field_dict["FrontalImage"] = frontal_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refer_image_item_output import ReferImageItemOutput  # noqa: PLC0415

        d = dict(src_dict)
        _refer_images = d.pop("ReferImages", UNSET)
        refer_images: list[ReferImageItemOutput] | Unset = UNSET
        if _refer_images is not UNSET:
            refer_images = []
            for refer_images_item_data in _refer_images:
                refer_images_item = ReferImageItemOutput.from_dict(refer_images_item_data)

                refer_images.append(refer_images_item)

        frontal_image = d.pop("FrontalImage", UNSET)

        element_image_list_output = cls(
            refer_images=refer_images,
            frontal_image=frontal_image,
        )

        element_image_list_output.additional_properties = d
        return element_image_list_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
