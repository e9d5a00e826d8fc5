from typing import Literal

from .._runtime.replies import unknown_value

DigitalHumanVideoState = Literal["BLOCK", "CANCELED", "FAILED", "PROCESSING", "SUCCEED", "WAITING"]

DIGITAL_HUMAN_VIDEO_STATE_VALUES: set[DigitalHumanVideoState] = {
    "BLOCK",
    "CANCELED",
    "FAILED",
    "PROCESSING",
    "SUCCEED",
    "WAITING",
}


def check_digital_human_video_state(value: str) -> DigitalHumanVideoState:
    if value in DIGITAL_HUMAN_VIDEO_STATE_VALUES:
        return value
    unknown_value("DigitalHumanVideoState", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIGITAL_HUMAN_VIDEO_STATE_VALUES!r}")
