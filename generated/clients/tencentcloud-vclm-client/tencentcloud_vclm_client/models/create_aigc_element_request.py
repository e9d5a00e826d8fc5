from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_aigc_element_request_reference_type import (
    CreateAigcElementRequestReferenceType,
    check_create_aigc_element_request_reference_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_image_list import ElementImageList
    from ..models.tag_list import TagList


T = TypeVar("T", bound="CreateAigcElementRequest")


@_attrs_define
class CreateAigcElementRequest:
    """Input of CreateAigcElement.

    Attributes:
        name (str): Name of the subject; at most 20 characters.
        description (str): Description of the subject; at most 100 characters.
        reference_type (CreateAigcElementRequestReferenceType | Unset): How the subject is defined: video_refer (by a
            video) or image_refer (by images).
        element_image_list (ElementImageList | Unset): Reference images of a subject: one front view and further views.
        video_list (list[str] | Unset): Reference video (required for video_refer; one mp4 or mov of 3-8 s, 1080p at
            16:9 or 9:16, at most 200 MB); a voice in it is cloned and bound.
        provider (list[str] | Unset): Model providers to create the subject for.
        tag_list (list[TagList] | Unset): Tags of the subject.
        element_voice_id (str | Unset): ID of a voice of the voice library to bind; none when empty.
    """

    name: str
    description: str
    reference_type: CreateAigcElementRequestReferenceType | Unset = UNSET
    element_image_list: ElementImageList | Unset = UNSET
    video_list: list[str] | Unset = UNSET
    provider: list[str] | Unset = UNSET
    tag_list: list[TagList] | Unset = UNSET
    element_voice_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type

        element_image_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.element_image_list, Unset):
            element_image_list = self.element_image_list.to_dict()

        video_list: list[str] | Unset = UNSET
        if not isinstance(self.video_list, Unset):
            video_list = self.video_list

        provider: list[str] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        tag_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = tag_list_item_data.to_dict()
                tag_list.append(tag_list_item)

        element_voice_id = self.element_voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
                "Description": description,
            }
        )
        if reference_type is not UNSET:
            field_dict["ReferenceType"] = reference_type
        if element_image_list is not UNSET:
            field_dict["ElementImageList"] = element_image_list
        if video_list is not UNSET:
            field_dict["VideoList"] = video_list
        if provider is not UNSET:
            field_dict["Provider"] = provider
        if tag_list is not UNSET:
            field_dict["TagList"] = tag_list
        if element_voice_id is not UNSET:
            field_dict["ElementVoiceId"] = element_voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_image_list import ElementImageList  # noqa: PLC0415
        from ..models.tag_list import TagList  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name")

        description = d.pop("Description")

        _reference_type = d.pop("ReferenceType", UNSET)
        reference_type: CreateAigcElementRequestReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = check_create_aigc_element_request_reference_type(_reference_type)

        _element_image_list = d.pop("ElementImageList", UNSET)
        element_image_list: ElementImageList | Unset
        if isinstance(_element_image_list, Unset):
            element_image_list = UNSET
        else:
            element_image_list = ElementImageList.from_dict(_element_image_list)

        video_list = cast(list[str], d.pop("VideoList", UNSET))

        provider = cast(list[str], d.pop("Provider", UNSET))

        _tag_list = d.pop("TagList", UNSET)
        tag_list: list[TagList] | Unset = UNSET
        if _tag_list is not UNSET:
            tag_list = []
            for tag_list_item_data in _tag_list:
                tag_list_item = TagList.from_dict(tag_list_item_data)

                tag_list.append(tag_list_item)

        element_voice_id = d.pop("ElementVoiceId", UNSET)

        create_aigc_element_request = cls(
            name=name,
            description=description,
            reference_type=reference_type,
            element_image_list=element_image_list,
            video_list=video_list,
            provider=provider,
            tag_list=tag_list,
            element_voice_id=element_voice_id,
        )

        return create_aigc_element_request
