from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LayerPositionConfig")


@_attrs_define
class LayerPositionConfig:
    """Where a layer lies on the canvas (1920x1080 landscape, 1080x1920 portrait), whatever the output resolution.

    Attributes:
        dx (int): x of the layer's top-left corner.
        dy (int): y of the layer's top-left corner.
        layer_index (int): Stacking order, from 1 at the bottom upwards; layers with the same order stack at random.
    """

    dx: int
    dy: int
    layer_index: int

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        layer_index = self.layer_index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dx": dx,
                "dy": dy,
                "layer_index": layer_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dx = d.pop("dx")

        dy = d.pop("dy")

        layer_index = d.pop("layer_index")

        layer_position_config = cls(
            dx=dx,
            dy=dy,
            layer_index=layer_index,
        )

        return layer_position_config
