from typing import Literal

from .._runtime.replies import unknown_value

DescribeMotionControlKlingJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_MOTION_CONTROL_KLING_JOB_RESPONSE_STATUS_VALUES: set[DescribeMotionControlKlingJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_motion_control_kling_job_response_status(value: str) -> DescribeMotionControlKlingJobResponseStatus:
    if value in DESCRIBE_MOTION_CONTROL_KLING_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeMotionControlKlingJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_MOTION_CONTROL_KLING_JOB_RESPONSE_STATUS_VALUES!r}"
    )
