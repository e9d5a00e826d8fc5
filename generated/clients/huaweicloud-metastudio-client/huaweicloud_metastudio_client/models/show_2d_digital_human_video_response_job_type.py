from typing import Literal

from .._runtime.replies import unknown_value

Show2DDigitalHumanVideoResponseJobType = Literal["2D_DIGITAL_HUMAN_VIDEO", "DIGITAL_HUMAN_PHOTO_VIDEO"]

SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_JOB_TYPE_VALUES: set[Show2DDigitalHumanVideoResponseJobType] = {
    "2D_DIGITAL_HUMAN_VIDEO",
    "DIGITAL_HUMAN_PHOTO_VIDEO",
}


def check_show_2d_digital_human_video_response_job_type(value: str) -> Show2DDigitalHumanVideoResponseJobType:
    if value in SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_JOB_TYPE_VALUES:
        return value
    unknown_value("Show2DDigitalHumanVideoResponseJobType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHOW_2D_DIGITAL_HUMAN_VIDEO_RESPONSE_JOB_TYPE_VALUES!r}"
    )
