from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error import Error


T = TypeVar("T", bound="ErrorResult")


@_attrs_define
class ErrorResult:
    """Body of `Response` when a call fails. Tencent Cloud answers failures
    with HTTP 200 and this object; output fields are absent.

        Attributes:
            error (Error): What went wrong with a failed call.
            request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
    """

    error: Error
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Error": error,
                "RequestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415

        d = dict(src_dict)
        error = Error.from_dict(d.pop("Error"))

        request_id = d.pop("RequestId")

        error_result = cls(
            error=error,
            request_id=request_id,
        )

        error_result.additional_properties = d
        return error_result

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
