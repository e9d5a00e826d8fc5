from typing import Literal

from .._runtime.replies import unknown_value

StreamLayoutFillMode = Literal[0, 1]

STREAM_LAYOUT_FILL_MODE_VALUES: set[StreamLayoutFillMode] = {
    0,
    1,
}


def check_stream_layout_fill_mode(value: int) -> StreamLayoutFillMode:
    if value in STREAM_LAYOUT_FILL_MODE_VALUES:
        return value
    unknown_value("StreamLayoutFillMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STREAM_LAYOUT_FILL_MODE_VALUES!r}")
