from typing import Literal

from .._runtime.replies import unknown_value

DescribeHunyuanToVideoJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_HUNYUAN_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES: set[DescribeHunyuanToVideoJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_hunyuan_to_video_job_response_status(value: str) -> DescribeHunyuanToVideoJobResponseStatus:
    if value in DESCRIBE_HUNYUAN_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeHunyuanToVideoJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_HUNYUAN_TO_VIDEO_JOB_RESPONSE_STATUS_VALUES!r}"
    )
