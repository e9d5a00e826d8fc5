from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.subtitle_file_info_subtitle_file_state import (
    SubtitleFileInfoSubtitleFileState,
    check_subtitle_file_info_subtitle_file_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubtitleFileInfo")


@_attrs_define
class SubtitleFileInfo:
    """A subtitle file and the job that makes it.

    Attributes:
        subtitle_file_download_url (str | Unset): Download URL of the subtitle file.
        subtitle_file_upload_url (str | Unset): Upload URL of the subtitle file.
        subtitle_file_state (SubtitleFileInfoSubtitleFileState | Unset): GENERATING, GENERATE_SUCCEED or
            GENERATE_FAILED.
        job_id (str | Unset): ID of the job that makes the subtitle file.
    """

    subtitle_file_download_url: str | Unset = UNSET
    subtitle_file_upload_url: str | Unset = UNSET
    subtitle_file_state: SubtitleFileInfoSubtitleFileState | Unset = UNSET
    job_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        subtitle_file_download_url = self.subtitle_file_download_url

        subtitle_file_upload_url = self.subtitle_file_upload_url

        subtitle_file_state: str | Unset = UNSET
        if not isinstance(self.subtitle_file_state, Unset):
            subtitle_file_state = self.subtitle_file_state

        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if subtitle_file_download_url is not UNSET:
            field_dict["subtitle_file_download_url"] = subtitle_file_download_url
        if subtitle_file_upload_url is not UNSET:
            field_dict["subtitle_file_upload_url"] = subtitle_file_upload_url
        if subtitle_file_state is not UNSET:
            field_dict["subtitle_file_state"] = subtitle_file_state
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtitle_file_download_url = d.pop("subtitle_file_download_url", UNSET)

        subtitle_file_upload_url = d.pop("subtitle_file_upload_url", UNSET)

        _subtitle_file_state = d.pop("subtitle_file_state", UNSET)
        subtitle_file_state: SubtitleFileInfoSubtitleFileState | Unset
        if isinstance(_subtitle_file_state, Unset):
            subtitle_file_state = UNSET
        else:
            subtitle_file_state = check_subtitle_file_info_subtitle_file_state(_subtitle_file_state)

        job_id = d.pop("job_id", UNSET)

        subtitle_file_info = cls(
            subtitle_file_download_url=subtitle_file_download_url,
            subtitle_file_upload_url=subtitle_file_upload_url,
            subtitle_file_state=subtitle_file_state,
            job_id=job_id,
        )

        return subtitle_file_info
