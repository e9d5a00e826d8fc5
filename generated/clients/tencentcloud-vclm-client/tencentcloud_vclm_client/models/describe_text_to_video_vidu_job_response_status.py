from typing import Literal

from .._runtime.replies import unknown_value

DescribeTextToVideoViduJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_TEXT_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES: set[DescribeTextToVideoViduJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_text_to_video_vidu_job_response_status(value: str) -> DescribeTextToVideoViduJobResponseStatus:
    if value in DESCRIBE_TEXT_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeTextToVideoViduJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_TEXT_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES!r}"
    )
