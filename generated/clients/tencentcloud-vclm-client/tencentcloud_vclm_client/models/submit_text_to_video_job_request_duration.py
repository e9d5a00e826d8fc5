from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoJobRequestDuration = Literal["10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"]

SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_DURATION_VALUES: set[SubmitTextToVideoJobRequestDuration] = {
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


def check_submit_text_to_video_job_request_duration(value: str) -> SubmitTextToVideoJobRequestDuration:
    if value in SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_DURATION_VALUES:
        return value
    unknown_value("SubmitTextToVideoJobRequestDuration", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_DURATION_VALUES!r}")
