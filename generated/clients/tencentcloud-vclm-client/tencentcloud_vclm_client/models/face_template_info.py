from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_rect import FaceRect
    from ..models.image import Image


T = TypeVar("T", bound="FaceTemplateInfo")


@_attrs_define
class FaceTemplateInfo:
    """A face of the template video to replace.

    Attributes:
        template_face_id (str | Unset): ID of this template face, a number as a string ("0", "1", ...), matched by
            MergeInfos.
        template_face_image (Image | Unset): An input image, by URL or as Base64 (the URL wins when both are given).
        template_face_rect (FaceRect | Unset): A face's bounding box, in pixels.
    """

    template_face_id: str | Unset = UNSET
    template_face_image: Image | Unset = UNSET
    template_face_rect: FaceRect | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        template_face_id = self.template_face_id

        template_face_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_face_image, Unset):
            template_face_image = self.template_face_image.to_dict()

        template_face_rect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_face_rect, Unset):
            template_face_rect = self.template_face_rect.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if template_face_id is not UNSET:
            field_dict["TemplateFaceID"] = template_face_id
        if template_face_image is not UNSET:
            field_dict["TemplateFaceImage"] = template_face_image
        if template_face_rect is not UNSET:
            field_dict["TemplateFaceRect"] = template_face_rect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_rect import FaceRect  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415

        d = dict(src_dict)
        template_face_id = d.pop("TemplateFaceID", UNSET)

        _template_face_image = d.pop("TemplateFaceImage", UNSET)
        template_face_image: Image | Unset
        if isinstance(_template_face_image, Unset):
            template_face_image = UNSET
        else:
            template_face_image = Image.from_dict(_template_face_image)

        _template_face_rect = d.pop("TemplateFaceRect", UNSET)
        template_face_rect: FaceRect | Unset
        if isinstance(_template_face_rect, Unset):
            template_face_rect = UNSET
        else:
            template_face_rect = FaceRect.from_dict(_template_face_rect)

        face_template_info = cls(
            template_face_id=template_face_id,
            template_face_image=template_face_image,
            template_face_rect=template_face_rect,
        )

        return face_template_info
