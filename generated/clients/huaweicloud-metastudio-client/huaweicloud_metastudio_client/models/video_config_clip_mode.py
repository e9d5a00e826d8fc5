from typing import Literal

from .._runtime.replies import unknown_value

VideoConfigClipMode = Literal["CROP", "RESIZE"]

VIDEO_CONFIG_CLIP_MODE_VALUES: set[VideoConfigClipMode] = {
    "CROP",
    "RESIZE",
}


def check_video_config_clip_mode(value: str) -> VideoConfigClipMode:
    if value in VIDEO_CONFIG_CLIP_MODE_VALUES:
        return value
    unknown_value("VideoConfigClipMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONFIG_CLIP_MODE_VALUES!r}")
