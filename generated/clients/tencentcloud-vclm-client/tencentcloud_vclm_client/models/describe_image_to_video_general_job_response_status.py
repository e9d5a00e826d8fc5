from typing import Literal

from .._runtime.replies import unknown_value

DescribeImageToVideoGeneralJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_IMAGE_TO_VIDEO_GENERAL_JOB_RESPONSE_STATUS_VALUES: set[DescribeImageToVideoGeneralJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_image_to_video_general_job_response_status(
    value: str,
) -> DescribeImageToVideoGeneralJobResponseStatus:
    if value in DESCRIBE_IMAGE_TO_VIDEO_GENERAL_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeImageToVideoGeneralJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_IMAGE_TO_VIDEO_GENERAL_JOB_RESPONSE_STATUS_VALUES!r}"
    )
