from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoJobRequestDuration = Literal["10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"]

SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_DURATION_VALUES: set[SubmitImageToVideoJobRequestDuration] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_submit_image_to_video_job_request_duration(value: str) -> SubmitImageToVideoJobRequestDuration:
    if value in SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_DURATION_VALUES:
        return value
    unknown_value("SubmitImageToVideoJobRequestDuration", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_DURATION_VALUES!r}"
    )
