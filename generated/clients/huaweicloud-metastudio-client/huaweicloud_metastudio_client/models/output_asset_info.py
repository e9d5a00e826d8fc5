from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputAssetInfo")


@_attrs_define
class OutputAssetInfo:
    """The video asset a job produced.

    Attributes:
        asset_id (str): ID of the output video asset.
        asset_name (str): Name of the output video asset.
        cover_url (str | Unset): URL of the video's cover image.
        preview_video_url (str | Unset): Download URL of a preview video, valid for 24 hours; 2D avatar videos have no
            preview.
    """

    asset_id: str
    asset_name: str
    cover_url: str | Unset = UNSET
    preview_video_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_name = self.asset_name

        cover_url = self.cover_url

        preview_video_url = self.preview_video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "asset_name": asset_name,
            }
        )
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if preview_video_url is not UNSET:
            field_dict["preview_video_url"] = preview_video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        asset_name = d.pop("asset_name")

        cover_url = d.pop("cover_url", UNSET)

        preview_video_url = d.pop("preview_video_url", UNSET)

        output_asset_info = cls(
            asset_id=asset_id,
            asset_name=asset_name,
            cover_url=cover_url,
            preview_video_url=preview_video_url,
        )

        output_asset_info.additional_properties = d
        return output_asset_info

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
