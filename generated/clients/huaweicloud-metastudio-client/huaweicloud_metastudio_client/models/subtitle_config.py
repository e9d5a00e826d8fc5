from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubtitleConfig")


@_attrs_define
class SubtitleConfig:
    """Position and style of subtitles.

    Attributes:
        dx (int | Unset): x of the subtitle box's bottom-left corner.
        dy (int | Unset): y of the subtitle box's bottom-left corner.
        h (int | Unset): Height of the subtitle box (for front ends; the service does not use it).
        w (int | Unset): Width of the subtitle box (for front ends; the service fixes it at 80% of the screen).
        font_name (str | Unset): Font of the subtitles (one of the fonts the service supports).
        font_size (int | Unset): Font size; the API accepts 0-120, the service needs 24-120.
        font_color (str | Unset): RGB colour of the text, e.g. #FFFFFF.
        stroke_color (str | Unset): RGB colour of the text outline.
        stroke_thickness (float | Unset): Thickness of the text outline, in pixels.
        opacity (float | Unset): Opacity of the text, from 0 (transparent) to 1 (opaque, the default). Default: 1.0.
    """

    dx: int | Unset = UNSET
    dy: int | Unset = UNSET
    h: int | Unset = UNSET
    w: int | Unset = UNSET
    font_name: str | Unset = UNSET
    font_size: int | Unset = UNSET
    font_color: str | Unset = UNSET
    stroke_color: str | Unset = UNSET
    stroke_thickness: float | Unset = UNSET
    opacity: float | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        dx = self.dx

        dy = self.dy

        h = self.h

        w = self.w

        font_name = self.font_name

        font_size = self.font_size

        font_color = self.font_color

        stroke_color = self.stroke_color

        stroke_thickness = self.stroke_thickness

        opacity = self.opacity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dx is not UNSET:
            field_dict["dx"] = dx
        if dy is not UNSET:
            field_dict["dy"] = dy
        if h is not UNSET:
            field_dict["h"] = h
        if w is not UNSET:
            field_dict["w"] = w
        if font_name is not UNSET:
            field_dict["font_name"] = font_name
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if stroke_color is not UNSET:
            field_dict["stroke_color"] = stroke_color
        if stroke_thickness is not UNSET:
            field_dict["stroke_thickness"] = stroke_thickness
        if opacity is not UNSET:
            field_dict["opacity"] = opacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dx = d.pop("dx", UNSET)

        dy = d.pop("dy", UNSET)

        h = d.pop("h", UNSET)

        w = d.pop("w", UNSET)

        font_name = d.pop("font_name", UNSET)

        font_size = d.pop("font_size", UNSET)

        font_color = d.pop("font_color", UNSET)

        stroke_color = d.pop("stroke_color", UNSET)

        stroke_thickness = d.pop("stroke_thickness", UNSET)

        opacity = d.pop("opacity", UNSET)

        subtitle_config = cls(
            dx=dx,
            dy=dy,
            h=h,
            w=w,
            font_name=font_name,
            font_size=font_size,
            font_color=font_color,
            stroke_color=stroke_color,
            stroke_thickness=stroke_thickness,
            opacity=opacity,
        )

        return subtitle_config
