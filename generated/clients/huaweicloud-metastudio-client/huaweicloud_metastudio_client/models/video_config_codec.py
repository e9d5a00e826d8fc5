from typing import Literal

from .._runtime.replies import unknown_value

VideoConfigCodec = Literal["H264", "QTRLE", "VP8"]

VIDEO_CONFIG_CODEC_VALUES: set[VideoConfigCodec] = {
    "H264",
    "QTRLE",
    "VP8",
}


def check_video_config_codec(value: str) -> VideoConfigCodec:
    if value in VIDEO_CONFIG_CODEC_VALUES:
        return value
    unknown_value("VideoConfigCodec", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONFIG_CODEC_VALUES!r}")
