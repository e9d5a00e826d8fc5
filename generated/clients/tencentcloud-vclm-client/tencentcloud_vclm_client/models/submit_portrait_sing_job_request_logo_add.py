from typing import Literal

from .._runtime.replies import unknown_value

SubmitPortraitSingJobRequestLogoAdd = Literal[0, 1]

SUBMIT_PORTRAIT_SING_JOB_REQUEST_LOGO_ADD_VALUES: set[SubmitPortraitSingJobRequestLogoAdd] = {
    0,
    1,
}


def check_submit_portrait_sing_job_request_logo_add(value: int) -> SubmitPortraitSingJobRequestLogoAdd:
    if value in SUBMIT_PORTRAIT_SING_JOB_REQUEST_LOGO_ADD_VALUES:
        return value
    unknown_value("SubmitPortraitSingJobRequestLogoAdd", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_PORTRAIT_SING_JOB_REQUEST_LOGO_ADD_VALUES!r}")
