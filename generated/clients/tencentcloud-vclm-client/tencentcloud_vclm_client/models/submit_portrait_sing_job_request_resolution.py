from typing import Literal

from .._runtime.replies import unknown_value

SubmitPortraitSingJobRequestResolution = Literal["512:512"]

SUBMIT_PORTRAIT_SING_JOB_REQUEST_RESOLUTION_VALUES: set[SubmitPortraitSingJobRequestResolution] = {
    "512:512",
}


def check_submit_portrait_sing_job_request_resolution(value: str) -> SubmitPortraitSingJobRequestResolution:
    if value in SUBMIT_PORTRAIT_SING_JOB_REQUEST_RESOLUTION_VALUES:
        return value
    unknown_value("SubmitPortraitSingJobRequestResolution", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_PORTRAIT_SING_JOB_REQUEST_RESOLUTION_VALUES!r}"
    )
