from typing import Literal

from .._runtime.replies import unknown_value

DescribeVideoFaceFusionJobResponseStatus = Literal["DONE", "FAIL", "RUN", "WAIT"]

DESCRIBE_VIDEO_FACE_FUSION_JOB_RESPONSE_STATUS_VALUES: set[DescribeVideoFaceFusionJobResponseStatus] = {
    "DONE",
    "FAIL",
    "RUN",
    "WAIT",
}


def check_describe_video_face_fusion_job_response_status(value: str) -> DescribeVideoFaceFusionJobResponseStatus:
    if value in DESCRIBE_VIDEO_FACE_FUSION_JOB_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeVideoFaceFusionJobResponseStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_VIDEO_FACE_FUSION_JOB_RESPONSE_STATUS_VALUES!r}"
    )
