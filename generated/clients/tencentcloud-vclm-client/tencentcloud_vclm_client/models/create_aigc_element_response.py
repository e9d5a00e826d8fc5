from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAigcElementResponse")


@_attrs_define
class CreateAigcElementResponse:
    """Output of CreateAigcElement.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        job_id (str | Unset): ID of the job creating the subject.
        element_id (str | Unset): ID of the new subject.
        status (str | Unset): State of the creation.
        provider (list[str] | Unset): Model providers the subject is created for.
        created_at (str | Unset): When the job was created.
    """

    request_id: str
    job_id: str | Unset = UNSET
    element_id: str | Unset = UNSET
    status: str | Unset = UNSET
    provider: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        job_id = self.job_id

        element_id = self.element_id

        status = self.status

        provider: list[str] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if element_id is not UNSET:
            field_dict["ElementId"] = element_id
        if status is not UNSET:
            field_dict["Status"] = status
        if provider is not UNSET:
            field_dict["Provider"] = provider
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("RequestId")

        job_id = d.pop("JobId", UNSET)

        element_id = d.pop("ElementId", UNSET)

        status = d.pop("Status", UNSET)

        provider = cast(list[str], d.pop("Provider", UNSET))

        created_at = d.pop("CreatedAt", UNSET)

        create_aigc_element_response = cls(
            request_id=request_id,
            job_id=job_id,
            element_id=element_id,
            status=status,
            provider=provider,
            created_at=created_at,
        )

        create_aigc_element_response.additional_properties = d
        return create_aigc_element_response

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
