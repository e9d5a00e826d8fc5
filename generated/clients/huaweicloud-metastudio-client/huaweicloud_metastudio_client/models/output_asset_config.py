from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OutputAssetConfig")


@_attrs_define
class OutputAssetConfig:
    """The video asset the job makes.

    Attributes:
        asset_name (str): Name of the output video asset (at most 256 characters; file names are cut at 240).
    """

    asset_name: str

    def to_dict(self) -> dict[str, Any]:
        asset_name = self.asset_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_name": asset_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_name = d.pop("asset_name")

        output_asset_config = cls(
            asset_name=asset_name,
        )

        return output_asset_config
