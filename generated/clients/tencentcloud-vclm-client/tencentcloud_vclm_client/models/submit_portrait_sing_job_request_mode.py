from typing import Literal

from .._runtime.replies import unknown_value

SubmitPortraitSingJobRequestMode = Literal["Person", "Pet"]

SUBMIT_PORTRAIT_SING_JOB_REQUEST_MODE_VALUES: set[SubmitPortraitSingJobRequestMode] = {
    "Person",
    "Pet",
}


def check_submit_portrait_sing_job_request_mode(value: str) -> SubmitPortraitSingJobRequestMode:
    if value in SUBMIT_PORTRAIT_SING_JOB_REQUEST_MODE_VALUES:
        return value
    unknown_value("SubmitPortraitSingJobRequestMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_PORTRAIT_SING_JOB_REQUEST_MODE_VALUES!r}")
