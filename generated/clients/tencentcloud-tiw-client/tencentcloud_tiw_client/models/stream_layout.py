from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.stream_layout_fill_mode import StreamLayoutFillMode, check_stream_layout_fill_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.layout_params import LayoutParams


T = TypeVar("T", bound="StreamLayout")


@_attrs_define
class StreamLayout:
    """Placement of one input stream in a custom layout.

    Attributes:
        layout_params (LayoutParams): Size and position of a picture on the canvas.
        input_stream_id (str | Unset): Stream shown here: `tic_record_user` for the whiteboard, `tic_substream`
            for the auxiliary stream, a user ID for that user's video, or empty to
            keep the slot free for streams that join later.
        background_color (str | Unset): Background of the picture as `#RRGGBB`; black when omitted. Default: '#000000'.
        fill_mode (StreamLayoutFillMode | Unset): 0 scales the video to fit with bars; 1 scales it to fill the area and
            crops the overflow. The vendor states no default.
    """

    layout_params: LayoutParams
    input_stream_id: str | Unset = UNSET
    background_color: str | Unset = "#000000"
    fill_mode: StreamLayoutFillMode | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        layout_params = self.layout_params.to_dict()

        input_stream_id = self.input_stream_id

        background_color = self.background_color

        fill_mode: int | Unset = UNSET
        if not isinstance(self.fill_mode, Unset):
            fill_mode = self.fill_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "LayoutParams": layout_params,
            }
        )
        if input_stream_id is not UNSET:
            field_dict["InputStreamId"] = input_stream_id
        if background_color is not UNSET:
            field_dict["BackgroundColor"] = background_color
        if fill_mode is not UNSET:
            field_dict["FillMode"] = fill_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.layout_params import LayoutParams  # noqa: PLC0415

        d = dict(src_dict)
        layout_params = LayoutParams.from_dict(d.pop("LayoutParams"))

        input_stream_id = d.pop("InputStreamId", UNSET)

        background_color = d.pop("BackgroundColor", UNSET)

        _fill_mode = d.pop("FillMode", UNSET)
        fill_mode: StreamLayoutFillMode | Unset
        if isinstance(_fill_mode, Unset):
            fill_mode = UNSET
        else:
            fill_mode = check_stream_layout_fill_mode(_fill_mode)

        stream_layout = cls(
            layout_params=layout_params,
            input_stream_id=input_stream_id,
            background_color=background_color,
            fill_mode=fill_mode,
        )

        return stream_layout
