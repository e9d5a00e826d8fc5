from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BackgroundImageConfigOutput")


@_attrs_define
class BackgroundImageConfigOutput:
    """Where a background picture lies on the canvas (1920x1080 landscape, 1080x1920 portrait); it must cover the canvas,
    as a job reports it.

        Attributes:
            dx (int): x of the picture's top-left corner; at most 0.
            dy (int): y of the picture's top-left corner; at most 0.
            width (int): Width of the picture on the canvas.
            height (int): Height of the picture on the canvas.
    """

    dx: int
    dy: int
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dx": dx,
                "dy": dy,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dx = d.pop("dx")

        dy = d.pop("dy")

        width = d.pop("width")

        height = d.pop("height")

        background_image_config_output = cls(
            dx=dx,
            dy=dy,
            width=width,
            height=height,
        )

        background_image_config_output.additional_properties = d
        return background_image_config_output

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
