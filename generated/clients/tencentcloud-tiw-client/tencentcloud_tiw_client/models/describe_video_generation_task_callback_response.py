from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeVideoGenerationTaskCallbackResponse")


@_attrs_define
class DescribeVideoGenerationTaskCallbackResponse:
    """Output of DescribeVideoGenerationTaskCallback.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        callback (str | Unset): URL that receives video generation events.
        callback_key (str | Unset): Key used to sign video generation events.
    """

    request_id: str
    callback: str | Unset = UNSET
    callback_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        callback = self.callback

        callback_key = self.callback_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if callback is not UNSET:
            field_dict["Callback"] = callback
        if callback_key is not UNSET:
            field_dict["CallbackKey"] = callback_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("RequestId")

        callback = d.pop("Callback", UNSET)

        callback_key = d.pop("CallbackKey", UNSET)

        describe_video_generation_task_callback_response = cls(
            request_id=request_id,
            callback=callback,
            callback_key=callback_key,
        )

        describe_video_generation_task_callback_response.additional_properties = d
        return describe_video_generation_task_callback_response

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
