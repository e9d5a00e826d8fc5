from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subtitle_file_info_output_subtitle_file_state import (
    SubtitleFileInfoOutputSubtitleFileState,
    check_subtitle_file_info_output_subtitle_file_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubtitleFileInfoOutput")


@_attrs_define
class SubtitleFileInfoOutput:
    """A subtitle file and the job that makes it, as a job reports it.

    Attributes:
        subtitle_file_download_url (str | Unset): Download URL of the subtitle file.
        subtitle_file_upload_url (str | Unset): Upload URL of the subtitle file.
        subtitle_file_state (str | SubtitleFileInfoOutputSubtitleFileState | Unset): GENERATING, GENERATE_SUCCEED or
            GENERATE_FAILED.
        job_id (str | Unset): ID of the job that makes the subtitle file.
    """

    subtitle_file_download_url: str | Unset = UNSET
    subtitle_file_upload_url: str | Unset = UNSET
    subtitle_file_state: str | SubtitleFileInfoOutputSubtitleFileState | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtitle_file_download_url = self.subtitle_file_download_url

        subtitle_file_upload_url = self.subtitle_file_upload_url

        subtitle_file_state: str | Unset
        if isinstance(self.subtitle_file_state, Unset):
            subtitle_file_state = UNSET
        elif isinstance(self.subtitle_file_state, str):
            subtitle_file_state = self.subtitle_file_state
        else:
            subtitle_file_state = self.subtitle_file_state

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        def _parse_subtitle_file_state(data: object) -> str | SubtitleFileInfoOutputSubtitleFileState | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subtitle_file_state_subtitle_file_state = check_subtitle_file_info_output_subtitle_file_state(data)

                return subtitle_file_state_subtitle_file_state
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SubtitleFileInfoOutputSubtitleFileState | Unset, data)

        subtitle_file_state = _parse_subtitle_file_state(d.pop("subtitle_file_state", UNSET))

        job_id = d.pop("job_id", UNSET)

        subtitle_file_info_output = cls(
            subtitle_file_download_url=subtitle_file_download_url,
            subtitle_file_upload_url=subtitle_file_upload_url,
            subtitle_file_state=subtitle_file_state,
            job_id=job_id,
        )

        subtitle_file_info_output.additional_properties = d
        return subtitle_file_info_output

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
