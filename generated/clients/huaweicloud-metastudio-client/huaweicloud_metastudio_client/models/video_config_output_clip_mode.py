from typing import Literal

from .._runtime.replies import unknown_value

VideoConfigOutputClipMode = Literal["CROP", "RESIZE"]

VIDEO_CONFIG_OUTPUT_CLIP_MODE_VALUES: set[VideoConfigOutputClipMode] = {
    "CROP",
    "RESIZE",
}


def check_video_config_output_clip_mode(value: str) -> VideoConfigOutputClipMode:
    if value in VIDEO_CONFIG_OUTPUT_CLIP_MODE_VALUES:
        return value
    unknown_value("VideoConfigOutputClipMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONFIG_OUTPUT_CLIP_MODE_VALUES!r}")
