from typing import Literal

from .._runtime.replies import unknown_value

DescribePortraitSingJobResponseStatusCode = Literal["DONE", "FAIL", "RUN", "STOP"]

DESCRIBE_PORTRAIT_SING_JOB_RESPONSE_STATUS_CODE_VALUES: set[DescribePortraitSingJobResponseStatusCode] = {
    "DONE",
    "FAIL",
    "RUN",
    "STOP",
}


def check_describe_portrait_sing_job_response_status_code(value: str) -> DescribePortraitSingJobResponseStatusCode:
    if value in DESCRIBE_PORTRAIT_SING_JOB_RESPONSE_STATUS_CODE_VALUES:
        return value
    unknown_value("DescribePortraitSingJobResponseStatusCode", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_PORTRAIT_SING_JOB_RESPONSE_STATUS_CODE_VALUES!r}"
    )
