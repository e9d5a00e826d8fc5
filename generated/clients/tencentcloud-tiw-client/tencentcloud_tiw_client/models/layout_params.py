from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LayoutParams")


@_attrs_define
class LayoutParams:
    """Size and position of a picture on the canvas.

    Attributes:
        width (int): Picture width, in pixels.
        height (int): Picture height, in pixels.
        x (int | Unset): Horizontal offset of the picture's top-left corner from the canvas's, in pixels. Default: 0.
        y (int | Unset): Vertical offset of the picture's top-left corner from the canvas's, in pixels. Default: 0.
        z_order (int | Unset): Stacking order; pictures with larger values are drawn on top. Default: 0.
    """

    width: int
    height: int
    x: int | Unset = 0
    y: int | Unset = 0
    z_order: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        x = self.x

        y = self.y

        z_order = self.z_order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Width": width,
                "Height": height,
            }
        )
        if x is not UNSET:
            field_dict["X"] = x
        if y is not UNSET:
            field_dict["Y"] = y
        if z_order is not UNSET:
            field_dict["ZOrder"] = z_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("Width")

        height = d.pop("Height")

        x = d.pop("X", UNSET)

        y = d.pop("Y", UNSET)

        z_order = d.pop("ZOrder", UNSET)

        layout_params = cls(
            width=width,
            height=height,
            x=x,
            y=y,
            z_order=z_order,
        )

        return layout_params
