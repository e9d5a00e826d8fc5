from typing import Literal

from .._runtime.replies import unknown_value

PhotoVideoConfigOutputCodec = Literal["H264"]

PHOTO_VIDEO_CONFIG_OUTPUT_CODEC_VALUES: set[PhotoVideoConfigOutputCodec] = {
    "H264",
}


def check_photo_video_config_output_codec(value: str) -> PhotoVideoConfigOutputCodec:
    if value in PHOTO_VIDEO_CONFIG_OUTPUT_CODEC_VALUES:
        return value
    unknown_value("PhotoVideoConfigOutputCodec", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHOTO_VIDEO_CONFIG_OUTPUT_CODEC_VALUES!r}")
