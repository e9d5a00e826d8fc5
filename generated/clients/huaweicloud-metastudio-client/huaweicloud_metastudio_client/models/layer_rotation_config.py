from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LayerRotationConfig")


@_attrs_define
class LayerRotationConfig:
    """How a layer is turned about its centre (videos cannot be turned).

    Attributes:
        angle (int | Unset): Angle in degrees, 0-360; 0 by default. Default: 0.
    """

    angle: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        angle = self.angle

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if angle is not UNSET:
            field_dict["angle"] = angle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        angle = d.pop("angle", UNSET)

        layer_rotation_config = cls(
            angle=angle,
        )

        return layer_rotation_config
