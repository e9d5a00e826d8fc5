from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.layout_params import LayoutParams


T = TypeVar("T", bound="Canvas")


@_attrs_define
class Canvas:
    """The mixing canvas.

    Attributes:
        layout_params (LayoutParams): Size and position of a picture on the canvas.
        background_color (str | Unset): Canvas background as `#RRGGBB`; black when omitted. Default: '#000000'.
    """

    layout_params: LayoutParams
    background_color: str | Unset = "#000000"

    def to_dict(self) -> dict[str, Any]:
        layout_params = self.layout_params.to_dict()

        background_color = self.background_color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "LayoutParams": layout_params,
            }
        )
        if background_color is not UNSET:
            field_dict["BackgroundColor"] = background_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.layout_params import LayoutParams  # noqa: PLC0415

        d = dict(src_dict)
        layout_params = LayoutParams.from_dict(d.pop("LayoutParams"))

        background_color = d.pop("BackgroundColor", UNSET)

        canvas = cls(
            layout_params=layout_params,
            background_color=background_color,
        )

        return canvas
