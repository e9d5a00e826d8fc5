from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subtitle_file_info_output import SubtitleFileInfoOutput


T = TypeVar("T", bound="SubtitleFilesOutput")


@_attrs_define
class SubtitleFilesOutput:
    """Subtitle files of a scene, as a job reports it.

    Attributes:
        text_subtitle_file (SubtitleFileInfoOutput | Unset): A subtitle file and the job that makes it, as a job reports
            it.
        audio_subtitle_file (SubtitleFileInfoOutput | Unset): A subtitle file and the job that makes it, as a job
            reports it.
    """

    text_subtitle_file: SubtitleFileInfoOutput | Unset = UNSET
    audio_subtitle_file: SubtitleFileInfoOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_subtitle_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_subtitle_file, Unset):
            text_subtitle_file = self.text_subtitle_file.to_dict()

        audio_subtitle_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_subtitle_file, Unset):
            audio_subtitle_file = self.audio_subtitle_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_subtitle_file is not UNSET:
            field_dict["text_subtitle_file"] = text_subtitle_file
        if audio_subtitle_file is not UNSET:
            field_dict["audio_subtitle_file"] = audio_subtitle_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subtitle_file_info_output import SubtitleFileInfoOutput  # noqa: PLC0415

        d = dict(src_dict)
        _text_subtitle_file = d.pop("text_subtitle_file", UNSET)
        text_subtitle_file: SubtitleFileInfoOutput | Unset
        if isinstance(_text_subtitle_file, Unset):
            text_subtitle_file = UNSET
        else:
            text_subtitle_file = SubtitleFileInfoOutput.from_dict(_text_subtitle_file)

        _audio_subtitle_file = d.pop("audio_subtitle_file", UNSET)
        audio_subtitle_file: SubtitleFileInfoOutput | Unset
        if isinstance(_audio_subtitle_file, Unset):
            audio_subtitle_file = UNSET
        else:
            audio_subtitle_file = SubtitleFileInfoOutput.from_dict(_audio_subtitle_file)

        subtitle_files_output = cls(
            text_subtitle_file=text_subtitle_file,
            audio_subtitle_file=audio_subtitle_file,
        )

        subtitle_files_output.additional_properties = d
        return subtitle_files_output

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
