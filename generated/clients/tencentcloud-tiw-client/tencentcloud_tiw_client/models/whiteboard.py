from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Whiteboard")


@_attrs_define
class Whiteboard:
    """Size and initialisation of the whiteboard in the recorded video.

    Attributes:
        width (int | Unset): Width of the whiteboard video, in pixels. Default: 1280.
        height (int | Unset): Height of the whiteboard video, in pixels. Default: 960.
        init_param (str | Unset): Initialisation parameters passed through unchanged to the whiteboard SDK, e.g.
            `{"ratio":"16:9"}`.
    """

    width: int | Unset = 1280
    height: int | Unset = 960
    init_param: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        init_param = self.init_param

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if width is not UNSET:
            field_dict["Width"] = width
        if height is not UNSET:
            field_dict["Height"] = height
        if init_param is not UNSET:
            field_dict["InitParam"] = init_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("Width", UNSET)

        height = d.pop("Height", UNSET)

        init_param = d.pop("InitParam", UNSET)

        whiteboard = cls(
            width=width,
            height=height,
            init_param=init_param,
        )

        return whiteboard
