from typing import Literal

from .._runtime.replies import unknown_value

DescribeTextToVideoJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_TEXT_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES: set[DescribeTextToVideoJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_text_to_video_job_response_status(value: str) -> DescribeTextToVideoJobResponseStatus:
    if value in DESCRIBE_TEXT_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeTextToVideoJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_TEXT_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES!r}"
    )
