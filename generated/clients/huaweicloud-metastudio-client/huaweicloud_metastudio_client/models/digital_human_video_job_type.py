from typing import Literal

from .._runtime.replies import unknown_value

DigitalHumanVideoJobType = Literal["2D_DIGITAL_HUMAN_VIDEO", "DIGITAL_HUMAN_PHOTO_VIDEO"]

DIGITAL_HUMAN_VIDEO_JOB_TYPE_VALUES: set[DigitalHumanVideoJobType] = {
    "2D_DIGITAL_HUMAN_VIDEO",
    "DIGITAL_HUMAN_PHOTO_VIDEO",
}


def check_digital_human_video_job_type(value: str) -> DigitalHumanVideoJobType:
    if value in DIGITAL_HUMAN_VIDEO_JOB_TYPE_VALUES:
        return value
    unknown_value("DigitalHumanVideoJobType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIGITAL_HUMAN_VIDEO_JOB_TYPE_VALUES!r}")
