from typing import Literal

from .._runtime.replies import unknown_value

DescribeReferenceToVideoViduJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_REFERENCE_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES: set[DescribeReferenceToVideoViduJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_reference_to_video_vidu_job_response_status(
    value: str,
) -> DescribeReferenceToVideoViduJobResponseStatus:
    if value in DESCRIBE_REFERENCE_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeReferenceToVideoViduJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_REFERENCE_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES!r}"
    )
