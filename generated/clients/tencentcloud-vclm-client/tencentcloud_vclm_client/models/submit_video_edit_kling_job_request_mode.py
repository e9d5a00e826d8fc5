from typing import Literal

from .._runtime.replies import unknown_value

SubmitVideoEditKlingJobRequestMode = Literal["pro", "std"]

SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_MODE_VALUES: set[SubmitVideoEditKlingJobRequestMode] = {
    "pro",
    "std",
}


def check_submit_video_edit_kling_job_request_mode(value: str) -> SubmitVideoEditKlingJobRequestMode:
    if value in SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_MODE_VALUES:
        return value
    unknown_value("SubmitVideoEditKlingJobRequestMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_MODE_VALUES!r}")
