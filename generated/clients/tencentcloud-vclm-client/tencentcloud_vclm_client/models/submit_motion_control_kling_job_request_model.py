from typing import Literal

from .._runtime.replies import unknown_value

SubmitMotionControlKlingJobRequestModel = Literal["kling-v2-6", "kling-v3"]

SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_MODEL_VALUES: set[SubmitMotionControlKlingJobRequestModel] = {
    "kling-v2-6",
    "kling-v3",
}


def check_submit_motion_control_kling_job_request_model(value: str) -> SubmitMotionControlKlingJobRequestModel:
    if value in SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_MODEL_VALUES:
        return value
    unknown_value("SubmitMotionControlKlingJobRequestModel", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_MODEL_VALUES!r}"
    )
