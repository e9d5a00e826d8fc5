from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_rect import FaceRect
    from ..models.image import Image


T = TypeVar("T", bound="FaceMergeInfo")


@_attrs_define
class FaceMergeInfo:
    """A user face to put into the template video, and which template face it replaces.

    Attributes:
        merge_face_image (Image | Unset): An input image, by URL or as Base64 (the URL wins when both are given).
        merge_face_rect (FaceRect | Unset): A face's bounding box, in pixels.
        template_face_id (str | Unset): ID of the template face this face replaces; the largest face when omitted.
    """

    merge_face_image: Image | Unset = UNSET
    merge_face_rect: FaceRect | Unset = UNSET
    template_face_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merge_face_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge_face_image, Unset):
            merge_face_image = self.merge_face_image.to_dict()

        merge_face_rect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge_face_rect, Unset):
            merge_face_rect = self.merge_face_rect.to_dict()

        template_face_id = self.template_face_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if merge_face_image is not UNSET:
            field_dict["MergeFaceImage"] = merge_face_image
        if merge_face_rect is not UNSET:
            field_dict["MergeFaceRect"] = merge_face_rect
        if template_face_id is not UNSET:
            field_dict["TemplateFaceID"] = template_face_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_rect import FaceRect  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415

        d = dict(src_dict)
        _merge_face_image = d.pop("MergeFaceImage", UNSET)
        merge_face_image: Image | Unset
        if isinstance(_merge_face_image, Unset):
            merge_face_image = UNSET
        else:
            merge_face_image = Image.from_dict(_merge_face_image)

        _merge_face_rect = d.pop("MergeFaceRect", UNSET)
        merge_face_rect: FaceRect | Unset
        if isinstance(_merge_face_rect, Unset):
            merge_face_rect = UNSET
        else:
            merge_face_rect = FaceRect.from_dict(_merge_face_rect)

        template_face_id = d.pop("TemplateFaceID", UNSET)

        face_merge_info = cls(
            merge_face_image=merge_face_image,
            merge_face_rect=merge_face_rect,
            template_face_id=template_face_id,
        )

        return face_merge_info
