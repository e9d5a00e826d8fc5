from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LayerPositionConfigOutput")


@_attrs_define
class LayerPositionConfigOutput:
    """Where a layer lies on the canvas (1920x1080 landscape, 1080x1920 portrait), whatever the output resolution, as a job
    reports it.

        Attributes:
            dx (int): x of the layer's top-left corner.
            dy (int): y of the layer's top-left corner.
            layer_index (int): Stacking order, from 1 at the bottom upwards; layers with the same order stack at random.
    """

    dx: int
    dy: int
    layer_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        layer_index = self.layer_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        layer_position_config_output = cls(
            dx=dx,
            dy=dy,
            layer_index=layer_index,
        )

        layer_position_config_output.additional_properties = d
        return layer_position_config_output

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
