from typing import Literal

from .._runtime.replies import unknown_value

DescribeImageToVideoJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_IMAGE_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES: set[DescribeImageToVideoJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_image_to_video_job_response_status(value: str) -> DescribeImageToVideoJobResponseStatus:
    if value in DESCRIBE_IMAGE_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeImageToVideoJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_IMAGE_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES!r}"
    )
