from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoViduJobRequestResolution = Literal["1080p", "540p", "720p"]

SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES: set[SubmitImageToVideoViduJobRequestResolution] = {
    "1080p",
    "540p",
    "720p",
}


def check_submit_image_to_video_vidu_job_request_resolution(value: str) -> SubmitImageToVideoViduJobRequestResolution:
    if value in SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES:
        return value
    unknown_value("SubmitImageToVideoViduJobRequestResolution", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES!r}"
    )
