from typing import Literal

from .._runtime.replies import unknown_value

VideoInfoVideoType = Literal[0, 1, 2, 3, 4]

VIDEO_INFO_VIDEO_TYPE_VALUES: set[VideoInfoVideoType] = {
    0,
    1,
    2,
    3,
    4,
}


def check_video_info_video_type(value: int) -> VideoInfoVideoType:
    if value in VIDEO_INFO_VIDEO_TYPE_VALUES:
        return value
    unknown_value("VideoInfoVideoType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_INFO_VIDEO_TYPE_VALUES!r}")
