from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.call_back_config_auth_type import CallBackConfigAuthType, check_call_back_config_auth_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallBackConfig")


@_attrs_define
class CallBackConfig:
    """Where the service reports the job's end.

    Attributes:
        callback_url (str): URL the service POSTs a JSON body to when the job ends: result (SUCCEED or FAILED), asset_id
            and job_id.
        auth_type (CallBackConfigAuthType | Unset): How the callback proves itself: NONE (the URL carries its own
            authentication) or MSS_A (HMAC-SHA256 signature appended to the URL as the secret and time_stamp query
            parameters).
        key (str | Unset): Key of the MSS_A signature.
    """

    callback_url: str
    auth_type: CallBackConfigAuthType | Unset = UNSET
    key: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        key = self.key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: CallBackConfigAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = check_call_back_config_auth_type(_auth_type)

        key = d.pop("key", UNSET)

        call_back_config = cls(
            callback_url=callback_url,
            auth_type=auth_type,
            key=key,
        )

        return call_back_config
