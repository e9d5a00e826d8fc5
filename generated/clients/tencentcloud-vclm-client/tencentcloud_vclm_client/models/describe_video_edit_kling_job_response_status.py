from typing import Literal

from .._runtime.replies import unknown_value

DescribeVideoEditKlingJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_VIDEO_EDIT_KLING_JOB_RESPONSE_STATUS_VALUES: set[DescribeVideoEditKlingJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_video_edit_kling_job_response_status(value: str) -> DescribeVideoEditKlingJobResponseStatus:
    if value in DESCRIBE_VIDEO_EDIT_KLING_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeVideoEditKlingJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_VIDEO_EDIT_KLING_JOB_RESPONSE_STATUS_VALUES!r}"
    )
