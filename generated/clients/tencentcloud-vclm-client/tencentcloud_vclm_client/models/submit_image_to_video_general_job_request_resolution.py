from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoGeneralJobRequestResolution = Literal["1080p", "480p", "720p"]

SUBMIT_IMAGE_TO_VIDEO_GENERAL_JOB_REQUEST_RESOLUTION_VALUES: set[SubmitImageToVideoGeneralJobRequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_submit_image_to_video_general_job_request_resolution(
    value: str,
) -> SubmitImageToVideoGeneralJobRequestResolution:
    if value in SUBMIT_IMAGE_TO_VIDEO_GENERAL_JOB_REQUEST_RESOLUTION_VALUES:
        return value
    unknown_value("SubmitImageToVideoGeneralJobRequestResolution", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_GENERAL_JOB_REQUEST_RESOLUTION_VALUES!r}"
    )
