from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BackgroundImageConfig")


@_attrs_define
class BackgroundImageConfig:
    """Where a background picture lies on the canvas (1920x1080 landscape, 1080x1920 portrait); it must cover the canvas.

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

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}

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

        background_image_config = cls(
            dx=dx,
            dy=dy,
            width=width,
            height=height,
        )

        return background_image_config
