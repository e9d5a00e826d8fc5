from typing import Literal

from .._runtime.replies import unknown_value

ShowPhotoDigitalHumanVideoResponseState = Literal["BLOCK", "CANCELED", "FAILED", "PROCESSING", "SUCCEED", "WAITING"]

SHOW_PHOTO_DIGITAL_HUMAN_VIDEO_RESPONSE_STATE_VALUES: set[ShowPhotoDigitalHumanVideoResponseState] = {
    "BLOCK",
    "CANCELED",
    "FAILED",
    "PROCESSING",
    "SUCCEED",
    "WAITING",
}


def check_show_photo_digital_human_video_response_state(value: str) -> ShowPhotoDigitalHumanVideoResponseState:
    if value in SHOW_PHOTO_DIGITAL_HUMAN_VIDEO_RESPONSE_STATE_VALUES:
        return value
    unknown_value("ShowPhotoDigitalHumanVideoResponseState", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHOW_PHOTO_DIGITAL_HUMAN_VIDEO_RESPONSE_STATE_VALUES!r}"
    )
