from typing import Literal

from .._runtime.replies import unknown_value

VideoConfigOutputCodec = Literal["H264", "QTRLE", "VP8"]

VIDEO_CONFIG_OUTPUT_CODEC_VALUES: set[VideoConfigOutputCodec] = {
    "H264",
    "QTRLE",
    "VP8",
}


def check_video_config_output_codec(value: str) -> VideoConfigOutputCodec:
    if value in VIDEO_CONFIG_OUTPUT_CODEC_VALUES:
        return value
    unknown_value("VideoConfigOutputCodec", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONFIG_OUTPUT_CODEC_VALUES!r}")
