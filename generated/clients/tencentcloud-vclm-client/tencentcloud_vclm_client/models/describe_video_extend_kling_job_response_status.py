from typing import Literal

from .._runtime.replies import unknown_value

DescribeVideoExtendKlingJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_VIDEO_EXTEND_KLING_JOB_RESPONSE_STATUS_VALUES: set[DescribeVideoExtendKlingJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_video_extend_kling_job_response_status(value: str) -> DescribeVideoExtendKlingJobResponseStatus:
    if value in DESCRIBE_VIDEO_EXTEND_KLING_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeVideoExtendKlingJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_VIDEO_EXTEND_KLING_JOB_RESPONSE_STATUS_VALUES!r}"
    )
