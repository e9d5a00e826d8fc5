from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.canvas import Canvas
    from ..models.stream_layout import StreamLayout


T = TypeVar("T", bound="CustomLayout")


@_attrs_define
class CustomLayout:
    """A custom mixing layout.

    Attributes:
        canvas (Canvas): The mixing canvas.
        input_stream_list (list[StreamLayout]): Placement of each stream; no stream may extend beyond the canvas.
    """

    canvas: Canvas
    input_stream_list: list[StreamLayout]

    def to_dict(self) -> dict[str, Any]:
        canvas = self.canvas.to_dict()

        input_stream_list = []
        for input_stream_list_item_data in self.input_stream_list:
            input_stream_list_item = input_stream_list_item_data.to_dict()
            input_stream_list.append(input_stream_list_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Canvas": canvas,
                "InputStreamList": input_stream_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.canvas import Canvas  # noqa: PLC0415
        from ..models.stream_layout import StreamLayout  # noqa: PLC0415

        d = dict(src_dict)
        canvas = Canvas.from_dict(d.pop("Canvas"))

        input_stream_list = []
        _input_stream_list = d.pop("InputStreamList")
        for input_stream_list_item_data in _input_stream_list:
            input_stream_list_item = StreamLayout.from_dict(input_stream_list_item_data)

            input_stream_list.append(input_stream_list_item)

        custom_layout = cls(
            canvas=canvas,
            input_stream_list=input_stream_list,
        )

        return custom_layout
