from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackEvent")


@_attrs_define
class CallbackEvent:
    """What every TIW event carries besides its EventType (the name of its
    webhook) and EventData. When the application has a callback key,
    the event is signed: Sign is the lower-case hexadecimal MD5 digest of the
    key followed by the decimal ExpireTime (no separator), and the receiver
    should refuse it once ExpireTime has passed.

        Attributes:
            sdk_app_id (int): SdkAppId of the whiteboard application.
            timestamp (int): When the event happened, UNIX time in seconds.
            expire_time (int | Unset): Only with a callback key - after this moment (UNIX time in seconds) the signature
                must be refused.
            sign (str | Unset): Only with a callback key - lower-case hex MD5 of the key followed by the decimal ExpireTime.
    """

    sdk_app_id: int
    timestamp: int
    expire_time: int | Unset = UNSET
    sign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sdk_app_id = self.sdk_app_id

        timestamp = self.timestamp

        expire_time = self.expire_time

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SdkAppId": sdk_app_id,
                "Timestamp": timestamp,
            }
        )
        if expire_time is not UNSET:
            field_dict["ExpireTime"] = expire_time
        if sign is not UNSET:
            field_dict["Sign"] = sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdk_app_id = d.pop("SdkAppId")

        timestamp = d.pop("Timestamp")

        expire_time = d.pop("ExpireTime", UNSET)

        sign = d.pop("Sign", UNSET)

        callback_event = cls(
            sdk_app_id=sdk_app_id,
            timestamp=timestamp,
            expire_time=expire_time,
            sign=sign,
        )

        callback_event.additional_properties = d
        return callback_event

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
