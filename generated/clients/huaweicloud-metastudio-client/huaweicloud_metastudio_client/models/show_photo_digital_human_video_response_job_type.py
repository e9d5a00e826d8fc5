from typing import Literal

from .._runtime.replies import unknown_value

ShowPhotoDigitalHumanVideoResponseJobType = Literal["2D_DIGITAL_HUMAN_VIDEO", "DIGITAL_HUMAN_PHOTO_VIDEO"]

SHOW_PHOTO_DIGITAL_HUMAN_VIDEO_RESPONSE_JOB_TYPE_VALUES: set[ShowPhotoDigitalHumanVideoResponseJobType] = {
    "2D_DIGITAL_HUMAN_VIDEO",
    "DIGITAL_HUMAN_PHOTO_VIDEO",
}


def check_show_photo_digital_human_video_response_job_type(value: str) -> ShowPhotoDigitalHumanVideoResponseJobType:
    if value in SHOW_PHOTO_DIGITAL_HUMAN_VIDEO_RESPONSE_JOB_TYPE_VALUES:
        return value
    unknown_value("ShowPhotoDigitalHumanVideoResponseJobType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHOW_PHOTO_DIGITAL_HUMAN_VIDEO_RESPONSE_JOB_TYPE_VALUES!r}"
    )
