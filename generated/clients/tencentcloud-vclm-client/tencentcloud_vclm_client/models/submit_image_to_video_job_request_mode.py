from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoJobRequestMode = Literal["pro", "std"]

SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_MODE_VALUES: set[SubmitImageToVideoJobRequestMode] = {
    "pro",
    "std",
}


def check_submit_image_to_video_job_request_mode(value: str) -> SubmitImageToVideoJobRequestMode:
    if value in SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_MODE_VALUES:
        return value
    unknown_value("SubmitImageToVideoJobRequestMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_MODE_VALUES!r}")
