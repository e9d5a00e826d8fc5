from typing import Literal

from .._runtime.replies import unknown_value

SubmitHunyuanToVideoJobRequestResolution = Literal["720p"]

SUBMIT_HUNYUAN_TO_VIDEO_JOB_REQUEST_RESOLUTION_VALUES: set[SubmitHunyuanToVideoJobRequestResolution] = {
    "720p",
}


def check_submit_hunyuan_to_video_job_request_resolution(value: str) -> SubmitHunyuanToVideoJobRequestResolution:
    if value in SUBMIT_HUNYUAN_TO_VIDEO_JOB_REQUEST_RESOLUTION_VALUES:
        return value
    unknown_value("SubmitHunyuanToVideoJobRequestResolution", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_HUNYUAN_TO_VIDEO_JOB_REQUEST_RESOLUTION_VALUES!r}"
    )
