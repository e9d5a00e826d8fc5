from typing import Literal

from .._runtime.replies import unknown_value

ReferVideoInfoKeepOriginalSound = Literal["no", "yes"]

REFER_VIDEO_INFO_KEEP_ORIGINAL_SOUND_VALUES: set[ReferVideoInfoKeepOriginalSound] = {
    "no",
    "yes",
}


def check_refer_video_info_keep_original_sound(value: str) -> ReferVideoInfoKeepOriginalSound:
    if value in REFER_VIDEO_INFO_KEEP_ORIGINAL_SOUND_VALUES:
        return value
    unknown_value("ReferVideoInfoKeepOriginalSound", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFER_VIDEO_INFO_KEEP_ORIGINAL_SOUND_VALUES!r}")
