from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trajectory")


@_attrs_define
class Trajectory:
    """One point of a motion path, in pixels from the input image's bottom-left corner.

    Attributes:
        x (int | Unset): Horizontal coordinate, in pixels from the input image's left edge.
        y (int | Unset): Vertical coordinate, in pixels from the input image's bottom edge.
    """

    x: int | Unset = UNSET
    y: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if x is not UNSET:
            field_dict["X"] = x
        if y is not UNSET:
            field_dict["Y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("X", UNSET)

        y = d.pop("Y", UNSET)

        trajectory = cls(
            x=x,
            y=y,
        )

        return trajectory
