from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoJobRequestSound = Literal["off", "on"]

SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_SOUND_VALUES: set[SubmitImageToVideoJobRequestSound] = {
    "off",
    "on",
}


def check_submit_image_to_video_job_request_sound(value: str) -> SubmitImageToVideoJobRequestSound:
    if value in SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_SOUND_VALUES:
        return value
    unknown_value("SubmitImageToVideoJobRequestSound", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_SOUND_VALUES!r}")
