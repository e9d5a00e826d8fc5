from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shoot_script_output import ShootScriptOutput
    from ..models.subtitle_files_output import SubtitleFilesOutput


T = TypeVar("T", bound="ShootScriptItemOutput")


@_attrs_define
class ShootScriptItemOutput:
    """One numbered scene of a script, as a job reports it.

    Attributes:
        sequence_no (int | Unset): Number of the scene; unique within the script.
        shoot_script (ShootScriptOutput | Unset): How a scene drives the digital human, and its background and layers,
            as a job reports it.
        subtitle_file_info (SubtitleFilesOutput | Unset): Subtitle files of a scene, as a job reports it.
    """

    sequence_no: int | Unset = UNSET
    shoot_script: ShootScriptOutput | Unset = UNSET
    subtitle_file_info: SubtitleFilesOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence_no = self.sequence_no

        shoot_script: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shoot_script, Unset):
            shoot_script = self.shoot_script.to_dict()

        subtitle_file_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle_file_info, Unset):
            subtitle_file_info = self.subtitle_file_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.shoot_script_output import ShootScriptOutput  # noqa: PLC0415
        from ..models.subtitle_files_output import SubtitleFilesOutput  # noqa: PLC0415

        d = dict(src_dict)
        sequence_no = d.pop("sequence_no", UNSET)

        _shoot_script = d.pop("shoot_script", UNSET)
        shoot_script: ShootScriptOutput | Unset
        if isinstance(_shoot_script, Unset):
            shoot_script = UNSET
        else:
            shoot_script = ShootScriptOutput.from_dict(_shoot_script)

        _subtitle_file_info = d.pop("subtitle_file_info", UNSET)
        subtitle_file_info: SubtitleFilesOutput | Unset
        if isinstance(_subtitle_file_info, Unset):
            subtitle_file_info = UNSET
        else:
            subtitle_file_info = SubtitleFilesOutput.from_dict(_subtitle_file_info)

        shoot_script_item_output = cls(
            sequence_no=sequence_no,
            shoot_script=shoot_script,
            subtitle_file_info=subtitle_file_info,
        )

        shoot_script_item_output.additional_properties = d
        return shoot_script_item_output

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
