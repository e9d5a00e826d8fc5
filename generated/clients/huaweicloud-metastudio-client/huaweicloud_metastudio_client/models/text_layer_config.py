from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextLayerConfig")


@_attrs_define
class TextLayerConfig:
    """The text of a TEXT layer.

    Attributes:
        text_context (str | Unset): The text, Base64-encoded.
        font_name (str | Unset): Font of the text (one of the fonts the service supports).
        font_size (int | Unset): Font size in pixels; the API accepts 0-120, the service needs 4-120.
        font_color (str | Unset): RGB colour of the text.
    """

    text_context: str | Unset = UNSET
    font_name: str | Unset = UNSET
    font_size: int | Unset = UNSET
    font_color: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text_context = self.text_context

        font_name = self.font_name

        font_size = self.font_size

        font_color = self.font_color

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text_context is not UNSET:
            field_dict["text_context"] = text_context
        if font_name is not UNSET:
            field_dict["font_name"] = font_name
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_context = d.pop("text_context", UNSET)

        font_name = d.pop("font_name", UNSET)

        font_size = d.pop("font_size", UNSET)

        font_color = d.pop("font_color", UNSET)

        text_layer_config = cls(
            text_context=text_context,
            font_name=font_name,
            font_size=font_size,
            font_color=font_color,
        )

        return text_layer_config
