from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CameraControlConfig")


@_attrs_define
class CameraControlConfig:
    """A simple camera movement: exactly one of the six values is not 0.

    Attributes:
        horizontal (float | Unset): Move sideways along the x axis, -10 to 10 (negative: left).
        vertical (float | Unset): Move along the y axis, -10 to 10 (negative: down).
        pan (float | Unset): Turn about the y axis, -10 to 10 (negative: left).
        tilt (float | Unset): Turn about the x axis, -10 to 10 (negative: down).
        roll (float | Unset): Roll about the z axis, -10 to 10 (negative: anticlockwise).
        zoom (float | Unset): Zoom, -10 to 10 (negative: narrower view, positive: wider).
    """

    horizontal: float | Unset = UNSET
    vertical: float | Unset = UNSET
    pan: float | Unset = UNSET
    tilt: float | Unset = UNSET
    roll: float | Unset = UNSET
    zoom: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        horizontal = self.horizontal

        vertical = self.vertical

        pan = self.pan

        tilt = self.tilt

        roll = self.roll

        zoom = self.zoom

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if horizontal is not UNSET:
            field_dict["Horizontal"] = horizontal
        if vertical is not UNSET:
            field_dict["Vertical"] = vertical
        if pan is not UNSET:
            field_dict["Pan"] = pan
        if tilt is not UNSET:
            field_dict["Tilt"] = tilt
        if roll is not UNSET:
            field_dict["Roll"] = roll
        if zoom is not UNSET:
            field_dict["Zoom"] = zoom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        horizontal = d.pop("Horizontal", UNSET)

        vertical = d.pop("Vertical", UNSET)

        pan = d.pop("Pan", UNSET)

        tilt = d.pop("Tilt", UNSET)

        roll = d.pop("Roll", UNSET)

        zoom = d.pop("Zoom", UNSET)

        camera_control_config = cls(
            horizontal=horizontal,
            vertical=vertical,
            pan=pan,
            tilt=tilt,
            roll=roll,
            zoom=zoom,
        )

        return camera_control_config
