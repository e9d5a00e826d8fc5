from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_config_info_output_background_type import (
    BackgroundConfigInfoOutputBackgroundType,
    check_background_config_info_output_background_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_image_config_output import BackgroundImageConfigOutput


T = TypeVar("T", bound="BackgroundConfigInfoOutput")


@_attrs_define
class BackgroundConfigInfoOutput:
    """A background of a scene, as a job reports it.

    Attributes:
        background_type (BackgroundConfigInfoOutputBackgroundType | str): IMAGE (a picture behind the digital human) or
            COLOR (a plain colour).
        background_config (str | Unset): URL of the background picture, for IMAGE (external URLs only for live streams;
            otherwise from the asset library).
        background_color_config (str | Unset): RGB colour of the background, for COLOR.
        background_asset_id (str | Unset): ID of the background picture's asset.
        background_image_config (BackgroundImageConfigOutput | Unset): Where a background picture lies on the canvas
            (1920x1080 landscape, 1080x1920 portrait); it must cover the canvas, as a job reports it.
    """

    background_type: BackgroundConfigInfoOutputBackgroundType | str
    background_config: str | Unset = UNSET
    background_color_config: str | Unset = UNSET
    background_asset_id: str | Unset = UNSET
    background_image_config: BackgroundImageConfigOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_type: str
        if isinstance(self.background_type, str):
            background_type = self.background_type
        else:
            background_type = self.background_type

        background_config = self.background_config

        background_color_config = self.background_color_config

        background_asset_id = self.background_asset_id

        background_image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_image_config, Unset):
            background_image_config = self.background_image_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "background_type": background_type,
            }
        )
        if background_config is not UNSET:
            field_dict["background_config"] = background_config
        if background_color_config is not UNSET:
            field_dict["background_color_config"] = background_color_config
        if background_asset_id is not UNSET:
            field_dict["background_asset_id"] = background_asset_id
        if background_image_config is not UNSET:
            field_dict["background_image_config"] = background_image_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_image_config_output import BackgroundImageConfigOutput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_background_type(data: object) -> BackgroundConfigInfoOutputBackgroundType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_background_type = check_background_config_info_output_background_type(data)

                return background_type_background_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundConfigInfoOutputBackgroundType | str, data)

        background_type = _parse_background_type(d.pop("background_type"))

        background_config = d.pop("background_config", UNSET)

        background_color_config = d.pop("background_color_config", UNSET)

        background_asset_id = d.pop("background_asset_id", UNSET)

        _background_image_config = d.pop("background_image_config", UNSET)
        background_image_config: BackgroundImageConfigOutput | Unset
        if isinstance(_background_image_config, Unset):
            background_image_config = UNSET
        else:
            background_image_config = BackgroundImageConfigOutput.from_dict(_background_image_config)

        background_config_info_output = cls(
            background_type=background_type,
            background_config=background_config,
            background_color_config=background_color_config,
            background_asset_id=background_asset_id,
            background_image_config=background_image_config,
        )

        background_config_info_output.additional_properties = d
        return background_config_info_output

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
