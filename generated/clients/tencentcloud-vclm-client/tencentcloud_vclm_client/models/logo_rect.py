from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogoRect")


@_attrs_define
class LogoRect:
    """Position and size of the mark in the output, in pixels.

    Attributes:
        x (int | Unset): Horizontal position in pixels: from the left edge when positive, from the right edge when
            negative.
        y (int | Unset): Vertical position in pixels: from the top edge when positive, from the bottom edge when
            negative.
        width (int | Unset): Width of the mark, in pixels.
        height (int | Unset): Height of the mark, in pixels.
    """

    x: int | Unset = UNSET
    y: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if x is not UNSET:
            field_dict["X"] = x
        if y is not UNSET:
            field_dict["Y"] = y
        if width is not UNSET:
            field_dict["Width"] = width
        if height is not UNSET:
            field_dict["Height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("X", UNSET)

        y = d.pop("Y", UNSET)

        width = d.pop("Width", UNSET)

        height = d.pop("Height", UNSET)

        logo_rect = cls(
            x=x,
            y=y,
            width=width,
            height=height,
        )

        return logo_rect
