from typing import Literal

from .._runtime.replies import unknown_value

Show2DDigitalHumanVideoResponseState = Literal["BLOCK", "CANCELED", "FAILED", "PROCESSING", "SUCCEED", "WAITING"]

SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_STATE_VALUES: set[Show2DDigitalHumanVideoResponseState] = {
    "BLOCK",
    "CANCELED",
    "FAILED",
    "PROCESSING",
    "SUCCEED",
    "WAITING",
}


def check_show_2d_digital_human_video_response_state(value: str) -> Show2DDigitalHumanVideoResponseState:
    if value in SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_STATE_VALUES:
        return value
    unknown_value("Show2DDigitalHumanVideoResponseState", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_STATE_VALUES!r}"
    )
