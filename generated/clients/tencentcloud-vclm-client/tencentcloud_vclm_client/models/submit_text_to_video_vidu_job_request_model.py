from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoViduJobRequestModel = Literal["viduq2", "viduq3-pro", "viduq3-turbo"]

SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES: set[SubmitTextToVideoViduJobRequestModel] = {
    "viduq2",
    "viduq3-pro",
    "viduq3-turbo",
}


def check_submit_text_to_video_vidu_job_request_model(value: str) -> SubmitTextToVideoViduJobRequestModel:
    if value in SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES:
        return value
    unknown_value("SubmitTextToVideoViduJobRequestModel", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES!r}"
    )
