from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.refer_video_info_keep_original_sound import (
    ReferVideoInfoKeepOriginalSound,
    check_refer_video_info_keep_original_sound,
)
from ..models.refer_video_info_refer_type import ReferVideoInfoReferType, check_refer_video_info_refer_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferVideoInfo")


@_attrs_define
class ReferVideoInfo:
    """A reference video: one to edit (base) or one whose features to follow (feature).

    Attributes:
        video_url (str | Unset): URL of the video.
        refer_type (ReferVideoInfoReferType | Unset): Kind of reference video: feature (follow its features) or base
            (the video to edit).
        keep_original_sound (ReferVideoInfoKeepOriginalSound | Unset): Whether to keep the video's original sound: yes
            or no.
    """

    video_url: str | Unset = UNSET
    refer_type: ReferVideoInfoReferType | Unset = UNSET
    keep_original_sound: ReferVideoInfoKeepOriginalSound | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        refer_type: str | Unset = UNSET
        if not isinstance(self.refer_type, Unset):
            refer_type = self.refer_type

        keep_original_sound: str | Unset = UNSET
        if not isinstance(self.keep_original_sound, Unset):
            keep_original_sound = self.keep_original_sound

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if video_url is not UNSET:
            field_dict["VideoUrl"] = video_url
        if refer_type is not UNSET:
            field_dict["ReferType"] = refer_type
        if keep_original_sound is not UNSET:
            field_dict["KeepOriginalSound"] = keep_original_sound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("VideoUrl", UNSET)

        _refer_type = d.pop("ReferType", UNSET)
        refer_type: ReferVideoInfoReferType | Unset
        if isinstance(_refer_type, Unset):
            refer_type = UNSET
        else:
            refer_type = check_refer_video_info_refer_type(_refer_type)

        _keep_original_sound = d.pop("KeepOriginalSound", UNSET)
        keep_original_sound: ReferVideoInfoKeepOriginalSound | Unset
        if isinstance(_keep_original_sound, Unset):
            keep_original_sound = UNSET
        else:
            keep_original_sound = check_refer_video_info_keep_original_sound(_keep_original_sound)

        refer_video_info = cls(
            video_url=video_url,
            refer_type=refer_type,
            keep_original_sound=keep_original_sound,
        )

        return refer_video_info
