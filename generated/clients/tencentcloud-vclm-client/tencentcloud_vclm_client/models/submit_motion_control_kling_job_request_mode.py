from typing import Literal

from .._runtime.replies import unknown_value

SubmitMotionControlKlingJobRequestMode = Literal["pro", "std"]

SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_MODE_VALUES: set[SubmitMotionControlKlingJobRequestMode] = {
    "pro",
    "std",
}


def check_submit_motion_control_kling_job_request_mode(value: str) -> SubmitMotionControlKlingJobRequestMode:
    if value in SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_MODE_VALUES:
        return value
    unknown_value("SubmitMotionControlKlingJobRequestMode", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_MODE_VALUES!r}"
    )
