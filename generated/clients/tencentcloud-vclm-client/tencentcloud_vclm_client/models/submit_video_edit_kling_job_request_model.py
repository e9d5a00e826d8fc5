from typing import Literal

from .._runtime.replies import unknown_value

SubmitVideoEditKlingJobRequestModel = Literal["kling-v3-omni", "kling-video-o1"]

SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_MODEL_VALUES: set[SubmitVideoEditKlingJobRequestModel] = {
    "kling-v3-omni",
    "kling-video-o1",
}


def check_submit_video_edit_kling_job_request_model(value: str) -> SubmitVideoEditKlingJobRequestModel:
    if value in SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_MODEL_VALUES:
        return value
    unknown_value("SubmitVideoEditKlingJobRequestModel", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_MODEL_VALUES!r}")
