from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoViduJobRequestModel = Literal["viduq2-pro", "viduq2-turbo", "viduq3-pro", "viduq3-turbo"]

SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES: set[SubmitImageToVideoViduJobRequestModel] = {
    "viduq2-pro",
    "viduq2-turbo",
    "viduq3-pro",
    "viduq3-turbo",
}


def check_submit_image_to_video_vidu_job_request_model(value: str) -> SubmitImageToVideoViduJobRequestModel:
    if value in SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES:
        return value
    unknown_value("SubmitImageToVideoViduJobRequestModel", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES!r}"
    )
