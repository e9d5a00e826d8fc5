from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LayerSizeConfig")


@_attrs_define
class LayerSizeConfig:
    """How large a layer is on the canvas.

    Attributes:
        width (int | Unset): Width of the layer.
        height (int | Unset): Height of the layer.
    """

    width: int | Unset = UNSET
    height: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        layer_size_config = cls(
            width=width,
            height=height,
        )

        return layer_size_config
