from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subtitle_file_info import SubtitleFileInfo


T = TypeVar("T", bound="SubtitleFiles")


@_attrs_define
class SubtitleFiles:
    """Subtitle files of a scene.

    Attributes:
        text_subtitle_file (SubtitleFileInfo | Unset): A subtitle file and the job that makes it.
        audio_subtitle_file (SubtitleFileInfo | Unset): A subtitle file and the job that makes it.
    """

    text_subtitle_file: SubtitleFileInfo | Unset = UNSET
    audio_subtitle_file: SubtitleFileInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text_subtitle_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_subtitle_file, Unset):
            text_subtitle_file = self.text_subtitle_file.to_dict()

        audio_subtitle_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_subtitle_file, Unset):
            audio_subtitle_file = self.audio_subtitle_file.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text_subtitle_file is not UNSET:
            field_dict["text_subtitle_file"] = text_subtitle_file
        if audio_subtitle_file is not UNSET:
            field_dict["audio_subtitle_file"] = audio_subtitle_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subtitle_file_info import SubtitleFileInfo  # noqa: PLC0415

        d = dict(src_dict)
        _text_subtitle_file = d.pop("text_subtitle_file", UNSET)
        text_subtitle_file: SubtitleFileInfo | Unset
        if isinstance(_text_subtitle_file, Unset):
            text_subtitle_file = UNSET
        else:
            text_subtitle_file = SubtitleFileInfo.from_dict(_text_subtitle_file)

        _audio_subtitle_file = d.pop("audio_subtitle_file", UNSET)
        audio_subtitle_file: SubtitleFileInfo | Unset
        if isinstance(_audio_subtitle_file, Unset):
            audio_subtitle_file = UNSET
        else:
            audio_subtitle_file = SubtitleFileInfo.from_dict(_audio_subtitle_file)

        subtitle_files = cls(
            text_subtitle_file=text_subtitle_file,
            audio_subtitle_file=audio_subtitle_file,
        )

        return subtitle_files
