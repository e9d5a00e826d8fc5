from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shoot_script import ShootScript
    from ..models.subtitle_files import SubtitleFiles


T = TypeVar("T", bound="ShootScriptItem")


@_attrs_define
class ShootScriptItem:
    """One numbered scene of a script.

    Attributes:
        sequence_no (int | Unset): Number of the scene; unique within the script.
        shoot_script (ShootScript | Unset): How a scene drives the digital human, and its background and layers.
        subtitle_file_info (SubtitleFiles | Unset): Subtitle files of a scene.
    """

    sequence_no: int | Unset = UNSET
    shoot_script: ShootScript | Unset = UNSET
    subtitle_file_info: SubtitleFiles | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sequence_no = self.sequence_no

        shoot_script: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shoot_script, Unset):
            shoot_script = self.shoot_script.to_dict()

        subtitle_file_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle_file_info, Unset):
            subtitle_file_info = self.subtitle_file_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sequence_no is not UNSET:
            field_dict["sequence_no"] = sequence_no
        if shoot_script is not UNSET:
            field_dict["shoot_script"] = shoot_script
        if subtitle_file_info is not UNSET:
            field_dict["subtitle_file_info"] = subtitle_file_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shoot_script import ShootScript  # noqa: PLC0415
        from ..models.subtitle_files import SubtitleFiles  # noqa: PLC0415

        d = dict(src_dict)
        sequence_no = d.pop("sequence_no", UNSET)

        _shoot_script = d.pop("shoot_script", UNSET)
        shoot_script: ShootScript | Unset
        if isinstance(_shoot_script, Unset):
            shoot_script = UNSET
        else:
            shoot_script = ShootScript.from_dict(_shoot_script)

        _subtitle_file_info = d.pop("subtitle_file_info", UNSET)
        subtitle_file_info: SubtitleFiles | Unset
        if isinstance(_subtitle_file_info, Unset):
            subtitle_file_info = UNSET
        else:
            subtitle_file_info = SubtitleFiles.from_dict(_subtitle_file_info)

        shoot_script_item = cls(
            sequence_no=sequence_no,
            shoot_script=shoot_script,
            subtitle_file_info=subtitle_file_info,
        )

        return shoot_script_item
