from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoJobRequestModel = Literal["v1.6", "v2.0", "v2.1", "v2.5", "v2.6", "v3.0"]

SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_MODEL_VALUES: set[SubmitImageToVideoJobRequestModel] = {
    "v1.6",
    "v2.0",
    "v2.1",
    "v2.5",
    "v2.6",
    "v3.0",
}


def check_submit_image_to_video_job_request_model(value: str) -> SubmitImageToVideoJobRequestModel:
    if value in SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_MODEL_VALUES:
        return value
    unknown_value("SubmitImageToVideoJobRequestModel", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_JOB_REQUEST_MODEL_VALUES!r}")
