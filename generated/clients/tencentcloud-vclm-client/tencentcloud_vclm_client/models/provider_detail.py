from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderDetail")


@_attrs_define
class ProviderDetail:
    """How a subject stands with one model provider.

    Attributes:
        provider (str | Unset): The provider.
        status (str | Unset): State of the subject with this provider.
        error_message (str | Unset): Why the subject failed with this provider.
    """

    provider: str | Unset = UNSET
    status: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        status = self.status

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["Provider"] = provider
        if status is not UNSET:
            field_dict["Status"] = status
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("Provider", UNSET)

        status = d.pop("Status", UNSET)

        error_message = d.pop("ErrorMessage", UNSET)

        provider_detail = cls(
            provider=provider,
            status=status,
            error_message=error_message,
        )

        provider_detail.additional_properties = d
        return provider_detail

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
