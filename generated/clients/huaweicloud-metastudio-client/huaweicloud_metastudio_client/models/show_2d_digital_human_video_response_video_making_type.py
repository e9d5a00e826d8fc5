from typing import Literal

from .._runtime.replies import unknown_value

Show2DDigitalHumanVideoResponseVideoMakingType = Literal["MODEL", "PICTURE"]

SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_VIDEO_MAKING_TYPE_VALUES: set[Show2DDigitalHumanVideoResponseVideoMakingType] = {
    "MODEL",
    "PICTURE",
}


def check_show_2d_digital_human_video_response_video_making_type(
    value: str,
) -> Show2DDigitalHumanVideoResponseVideoMakingType:
    if value in SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_VIDEO_MAKING_TYPE_VALUES:
        return value
    unknown_value("Show2DDigitalHumanVideoResponseVideoMakingType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_VIDEO_MAKING_TYPE_VALUES!r}"
    )
