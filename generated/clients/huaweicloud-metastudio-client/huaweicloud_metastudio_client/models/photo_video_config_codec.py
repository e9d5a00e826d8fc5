from typing import Literal

from .._runtime.replies import unknown_value

PhotoVideoConfigCodec = Literal["H264"]

PHOTO_VIDEO_CONFIG_CODEC_VALUES: set[PhotoVideoConfigCodec] = {
    "H264",
}


def check_photo_video_config_codec(value: str) -> PhotoVideoConfigCodec:
    if value in PHOTO_VIDEO_CONFIG_CODEC_VALUES:
        return value
    unknown_value("PhotoVideoConfigCodec", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHOTO_VIDEO_CONFIG_CODEC_VALUES!r}")
