from typing import Literal

from .._runtime.replies import unknown_value

ReferVideoInfoReferType = Literal["base", "feature"]

REFER_VIDEO_INFO_REFER_TYPE_VALUES: set[ReferVideoInfoReferType] = {
    "base",
    "feature",
}


def check_refer_video_info_refer_type(value: str) -> ReferVideoInfoReferType:
    if value in REFER_VIDEO_INFO_REFER_TYPE_VALUES:
        return value
    unknown_value("ReferVideoInfoReferType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFER_VIDEO_INFO_REFER_TYPE_VALUES!r}")
