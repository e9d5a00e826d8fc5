from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoJobRequestShotType = Literal["customize", "intelligence"]

SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_SHOT_TYPE_VALUES: set[SubmitImageToVideoJobRequestShotType] = {
    "customize",
    "intelligence",
}


def check_submit_image_to_video_job_request_shot_type(value: str) -> SubmitImageToVideoJobRequestShotType:
    if value in SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_SHOT_TYPE_VALUES:
        return value
    unknown_value("SubmitImageToVideoJobRequestShotType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_SHOT_TYPE_VALUES!r}"
    )
