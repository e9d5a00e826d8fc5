from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoGeneralJobRequestFps = Literal[16, 24, 30]

SUBMIT_IMAGE_TO_VIDEO_GENERAL_JOB_REQUEST_FPS_VALUES: set[SubmitImageToVideoGeneralJobRequestFps] = {
    16,
    24,
    30,
}


def check_submit_image_to_video_general_job_request_fps(value: int) -> SubmitImageToVideoGeneralJobRequestFps:
    if value in SUBMIT_IMAGE_TO_VIDEO_GENERAL_JOB_REQUEST_FPS_VALUES:
        return value
    unknown_value("SubmitImageToVideoGeneralJobRequestFps", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_GENERAL_JOB_REQUEST_FPS_VALUES!r}"
    )
