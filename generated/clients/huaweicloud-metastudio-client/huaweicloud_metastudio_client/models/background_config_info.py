from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.background_config_info_background_type import (
    BackgroundConfigInfoBackgroundType,
    check_background_config_info_background_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_image_config import BackgroundImageConfig


T = TypeVar("T", bound="BackgroundConfigInfo")


@_attrs_define
class BackgroundConfigInfo:
    """A background of a scene.

    Attributes:
        background_type (BackgroundConfigInfoBackgroundType): IMAGE (a picture behind the digital human) or COLOR (a
            plain colour).
        background_config (str | Unset): URL of the background picture, for IMAGE (external URLs only for live streams;
            otherwise from the asset library).
        background_color_config (str | Unset): RGB colour of the background, for COLOR.
        background_asset_id (str | Unset): ID of the background picture's asset.
        background_image_config (BackgroundImageConfig | Unset): Where a background picture lies on the canvas
            (1920x1080 landscape, 1080x1920 portrait); it must cover the canvas.
    """

    background_type: BackgroundConfigInfoBackgroundType
    background_config: str | Unset = UNSET
    background_color_config: str | Unset = UNSET
    background_asset_id: str | Unset = UNSET
    background_image_config: BackgroundImageConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        background_type: str = self.background_type

        background_config = self.background_config

        background_color_config = self.background_color_config

        background_asset_id = self.background_asset_id

        background_image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_image_config, Unset):
            background_image_config = self.background_image_config.to_dict()

        field_dict: dict[str, Any] = {}

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
        from ..models.background_image_config import BackgroundImageConfig  # noqa: PLC0415

        d = dict(src_dict)
        background_type = check_background_config_info_background_type(d.pop("background_type"))

        background_config = d.pop("background_config", UNSET)

        background_color_config = d.pop("background_color_config", UNSET)

        background_asset_id = d.pop("background_asset_id", UNSET)

        _background_image_config = d.pop("background_image_config", UNSET)
        background_image_config: BackgroundImageConfig | Unset
        if isinstance(_background_image_config, Unset):
            background_image_config = UNSET
        else:
            background_image_config = BackgroundImageConfig.from_dict(_background_image_config)

        background_config_info = cls(
            background_type=background_type,
            background_config=background_config,
            background_color_config=background_color_config,
            background_asset_id=background_asset_id,
            background_image_config=background_image_config,
        )

        return background_config_info
