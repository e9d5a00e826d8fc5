from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DescribeOnlineRecordCallbackRequest")


@_attrs_define
class DescribeOnlineRecordCallbackRequest:
    """Input of DescribeOnlineRecordCallback.

    Attributes:
        sdk_app_id (int): SdkAppId of the whiteboard application.
    """

    sdk_app_id: int

    def to_dict(self) -> dict[str, Any]:
        sdk_app_id = self.sdk_app_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "SdkAppId": sdk_app_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdk_app_id = d.pop("SdkAppId")

        describe_online_record_callback_request = cls(
            sdk_app_id=sdk_app_id,
        )

        return describe_online_record_callback_request
