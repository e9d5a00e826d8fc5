from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoJobRequestModel = Literal["v1.0", "v1.5", "v1.6", "v2.0", "v2.1m", "v2.5", "v2.6", "v3.0"]

SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_MODEL_VALUES: set[SubmitTextToVideoJobRequestModel] = {
    "v1.0",
    "v1.5",
    "v1.6",
    "v2.0",
    "v2.1m",
    "v2.5",
    "v2.6",
    "v3.0",
}


def check_submit_text_to_video_job_request_model(value: str) -> SubmitTextToVideoJobRequestModel:
    if value in SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_MODEL_VALUES:
        return value
    unknown_value("SubmitTextToVideoJobRequestModel", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_MODEL_VALUES!r}")
