from typing import Literal

from .._runtime.replies import unknown_value

DescribeHumanActorJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_HUMAN_ACTOR_JOB_RESPONSE_STATUS_VALUES: set[DescribeHumanActorJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_human_actor_job_response_status(value: str) -> DescribeHumanActorJobResponseStatus:
    if value in DESCRIBE_HUMAN_ACTOR_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeHumanActorJobResponseStatus", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESCRIBE_HUMAN_ACTOR_JOB_RESPONSE_STATUS_VALUES!r}")
