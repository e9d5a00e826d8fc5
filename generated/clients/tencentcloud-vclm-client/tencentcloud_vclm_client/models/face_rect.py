from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceRect")


@_attrs_define
class FaceRect:
    """A face's bounding box, in pixels.

    Attributes:
        x (int | Unset): Horizontal position of the box's top-left corner, in pixels.
        y (int | Unset): Vertical position of the box's top-left corner, in pixels.
        width (int | Unset): Width of the box, in pixels.
        height (int | Unset): Height of the box, in pixels.
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

        face_rect = cls(
            x=x,
            y=y,
            width=width,
            height=height,
        )

        return face_rect
