from typing import Literal

from .._runtime.replies import unknown_value

DescribeVideoGenerationTaskResponseStatus = Literal["FINISHED", "PROCESSING", "QUEUED"]

DESCRIBE_VIDEO_GENERATION_TASK_RESPONSE_STATUS_VALUES: set[DescribeVideoGenerationTaskResponseStatus] = {
    "FINISHED",
    "PROCESSING",
    "QUEUED",
}


def check_describe_video_generation_task_response_status(value: str) -> DescribeVideoGenerationTaskResponseStatus:
    if value in DESCRIBE_VIDEO_GENERATION_TASK_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeVideoGenerationTaskResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_VIDEO_GENERATION_TASK_RESPONSE_STATUS_VALUES!r}"
    )
