from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoJobRequestMode = Literal["pro", "std"]

SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_MODE_VALUES: set[SubmitTextToVideoJobRequestMode] = {
    "pro",
    "std",
}


def check_submit_text_to_video_job_request_mode(value: str) -> SubmitTextToVideoJobRequestMode:
    if value in SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_MODE_VALUES:
        return value
    unknown_value("SubmitTextToVideoJobRequestMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_MODE_VALUES!r}")
