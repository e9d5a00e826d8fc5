from typing import Literal

from .._runtime.replies import unknown_value

DescribeTemplateToVideoJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_TEMPLATE_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES: set[DescribeTemplateToVideoJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_template_to_video_job_response_status(value: str) -> DescribeTemplateToVideoJobResponseStatus:
    if value in DESCRIBE_TEMPLATE_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeTemplateToVideoJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_TEMPLATE_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES!r}"
    )
