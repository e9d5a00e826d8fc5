from typing import Literal

from .._runtime.replies import unknown_value

DescribeVideoStylizationJobResponseStatusCode = Literal[
    "JobFailed", "JobInit", "JobModerationFailed", "JobRunning", "JobSuccess"
]

DESCRIBE_VIDEO_STYLIZATION_JOB_RESPONSE_STATUS_CODE_VALUES: set[DescribeVideoStylizationJobResponseStatusCode] = {
    "JobFailed",
    "JobInit",
    "JobModerationFailed",
    "JobRunning",
    "JobSuccess",
}


def check_describe_video_stylization_job_response_status_code(
    value: str,
) -> DescribeVideoStylizationJobResponseStatusCode:
    if value in DESCRIBE_VIDEO_STYLIZATION_JOB_RESPONSE_STATUS_CODE_VALUES:
        return value
    unknown_value("DescribeVideoStylizationJobResponseStatusCode", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_VIDEO_STYLIZATION_JOB_RESPONSE_STATUS_CODE_VALUES!r}"
    )
