from typing import Literal

from .._runtime.replies import unknown_value

DescribeImageToVideoViduJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_IMAGE_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES: set[DescribeImageToVideoViduJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_image_to_video_vidu_job_response_status(value: str) -> DescribeImageToVideoViduJobResponseStatus:
    if value in DESCRIBE_IMAGE_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeImageToVideoViduJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_IMAGE_TO_VIDEO_VIDU_JOB_RESPONSE_STATUS_VALUES!r}"
    )
