from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.describe_aigc_element_response_reference_type import (
    DescribeAigcElementResponseReferenceType,
    check_describe_aigc_element_response_reference_type,
)
from ..models.describe_aigc_element_response_status import (
    DescribeAigcElementResponseStatus,
    check_describe_aigc_element_response_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_image_list_output import ElementImageListOutput
    from ..models.provider_detail import ProviderDetail
    from ..models.tag_list_output import TagListOutput


T = TypeVar("T", bound="DescribeAigcElementResponse")


@_attrs_define
class DescribeAigcElementResponse:
    """Output of DescribeAigcElement.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        name (str | Unset): Name of the subject.
        element_id (str | Unset): ID of the subject.
        description (str | Unset): Description of the subject.
        reference_type (DescribeAigcElementResponseReferenceType | str | Unset): How the subject is defined: video_refer
            (by a video) or image_refer (by images).
        status (DescribeAigcElementResponseStatus | str | Unset): State of the subject: pending (being made), failed or
            succeed.
        provider (list[str] | Unset): Model providers the subject is for.
        element_image_list (ElementImageListOutput | Unset): Reference images of a subject: one front view and further
            views.
        video_list (list[str] | Unset): Reference videos of the subject.
        tag_list (list[TagListOutput] | Unset): Tags of the subject.
        provider_details (list[ProviderDetail] | Unset): The subject's state with each provider.
        created_at (str | Unset): When it was created.
        updated_at (str | Unset): When it was last updated.
        element_voice_id (str | Unset): ID of the voice bound to the subject.
    """

    request_id: str
    name: str | Unset = UNSET
    element_id: str | Unset = UNSET
    description: str | Unset = UNSET
    reference_type: DescribeAigcElementResponseReferenceType | str | Unset = UNSET
    status: DescribeAigcElementResponseStatus | str | Unset = UNSET
    provider: list[str] | Unset = UNSET
    element_image_list: ElementImageListOutput | Unset = UNSET
    video_list: list[str] | Unset = UNSET
    tag_list: list[TagListOutput] | Unset = UNSET
    provider_details: list[ProviderDetail] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    element_voice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        name = self.name

        element_id = self.element_id

        description = self.description

        reference_type: str | Unset
        if isinstance(self.reference_type, Unset):
            reference_type = UNSET
        elif isinstance(self.reference_type, str):
            reference_type = self.reference_type
        else:
            reference_type = self.reference_type

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        provider: list[str] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        element_image_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.element_image_list, Unset):
            element_image_list = self.element_image_list.to_dict()

        video_list: list[str] | Unset = UNSET
        if not isinstance(self.video_list, Unset):
            video_list = self.video_list

        tag_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = tag_list_item_data.to_dict()
                tag_list.append(tag_list_item)

        provider_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.provider_details, Unset):
            provider_details = []
            for provider_details_item_data in self.provider_details:
                provider_details_item = provider_details_item_data.to_dict()
                provider_details.append(provider_details_item)

        created_at = self.created_at

        updated_at = self.updated_at

        element_voice_id = self.element_voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if name is not UNSET:
            field_dict["Name"] = name
        if element_id is not UNSET:
            field_dict["ElementId"] = element_id
        if description is not UNSET:
            field_dict["Description"] = description
        if reference_type is not UNSET:
            field_dict["ReferenceType"] = reference_type
        if status is not UNSET:
            field_dict["Status"] = status
        if provider is not UNSET:
            field_dict["Provider"] = provider
        if element_image_list is not UNSET:
            field_dict["ElementImageList"] = element_image_list
        if video_list is not UNSET:
            field_dict["VideoList"] = video_list
        if tag_list is not UNSET:
            field_dict["TagList"] = tag_list
        if provider_details is not UNSET:
            field_dict["ProviderDetails"] = provider_details
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if element_voice_id is not UNSET:
            field_dict["ElementVoiceId"] = element_voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_image_list_output import ElementImageListOutput  # noqa: PLC0415
        from ..models.provider_detail import ProviderDetail  # noqa: PLC0415
        from ..models.tag_list_output import TagListOutput  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        name = d.pop("Name", UNSET)

        element_id = d.pop("ElementId", UNSET)

        description = d.pop("Description", UNSET)

        def _parse_reference_type(data: object) -> DescribeAigcElementResponseReferenceType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reference_type_reference_type = check_describe_aigc_element_response_reference_type(data)

                return reference_type_reference_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeAigcElementResponseReferenceType | str | Unset, data)

        reference_type = _parse_reference_type(d.pop("ReferenceType", UNSET))

        def _parse_status(data: object) -> DescribeAigcElementResponseStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = check_describe_aigc_element_response_status(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeAigcElementResponseStatus | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        provider = cast(list[str], d.pop("Provider", UNSET))

        _element_image_list = d.pop("ElementImageList", UNSET)
        element_image_list: ElementImageListOutput | Unset
        if isinstance(_element_image_list, Unset):
            element_image_list = UNSET
        else:
            element_image_list = ElementImageListOutput.from_dict(_element_image_list)

        video_list = cast(list[str], d.pop("VideoList", UNSET))

        _tag_list = d.pop("TagList", UNSET)
        tag_list: list[TagListOutput] | Unset = UNSET
        if _tag_list is not UNSET:
            tag_list = []
            for tag_list_item_data in _tag_list:
                tag_list_item = TagListOutput.from_dict(tag_list_item_data)

                tag_list.append(tag_list_item)

        _provider_details = d.pop("ProviderDetails", UNSET)
        provider_details: list[ProviderDetail] | Unset = UNSET
        if _provider_details is not UNSET:
            provider_details = []
            for provider_details_item_data in _provider_details:
                provider_details_item = ProviderDetail.from_dict(provider_details_item_data)

                provider_details.append(provider_details_item)

        created_at = d.pop("CreatedAt", UNSET)

        updated_at = d.pop("UpdatedAt", UNSET)

        element_voice_id = d.pop("ElementVoiceId", UNSET)

        describe_aigc_element_response = cls(
            request_id=request_id,
            name=name,
            element_id=element_id,
            description=description,
            reference_type=reference_type,
            status=status,
            provider=provider,
            element_image_list=element_image_list,
            video_list=video_list,
            tag_list=tag_list,
            provider_details=provider_details,
            created_at=created_at,
            updated_at=updated_at,
            element_voice_id=element_voice_id,
        )

        describe_aigc_element_response.additional_properties = d
        return describe_aigc_element_response

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
