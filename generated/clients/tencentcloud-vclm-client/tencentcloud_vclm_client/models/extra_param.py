from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtraParam")


@_attrs_define
class ExtraParam:
    """Further settings of a template-to-video job.

    Attributes:
        user_designated_url (str | Unset): A presigned upload URL the video is written to.
        callback_url (str | Unset): URL the service POSTs the result to when the video is done (JobId, Status,
            ErrorCode, ErrorMessage, ResultVideoUrl).
        bgm_text (str | Unset): Text for the background music audio.
    """

    user_designated_url: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    bgm_text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_designated_url = self.user_designated_url

        callback_url = self.callback_url

        bgm_text = self.bgm_text

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_designated_url is not UNSET:
            field_dict["UserDesignatedUrl"] = user_designated_url
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if bgm_text is not UNSET:
            field_dict["BGMText"] = bgm_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_designated_url = d.pop("UserDesignatedUrl", UNSET)

        callback_url = d.pop("CallbackUrl", UNSET)

        bgm_text = d.pop("BGMText", UNSET)

        extra_param = cls(
            user_designated_url=user_designated_url,
            callback_url=callback_url,
            bgm_text=bgm_text,
        )

        return extra_param
