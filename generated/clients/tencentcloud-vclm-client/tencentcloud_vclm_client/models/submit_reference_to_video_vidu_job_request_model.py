from typing import Literal

from .._runtime.replies import unknown_value

SubmitReferenceToVideoViduJobRequestModel = Literal["viduq2"]

SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES: set[SubmitReferenceToVideoViduJobRequestModel] = {
    "viduq2",
}


def check_submit_reference_to_video_vidu_job_request_model(value: str) -> SubmitReferenceToVideoViduJobRequestModel:
    if value in SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES:
        return value
    unknown_value("SubmitReferenceToVideoViduJobRequestModel", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_MODEL_VALUES!r}"
    )
