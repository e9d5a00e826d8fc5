from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoViduJobRequestMovementAmplitude = Literal["auto", "large", "medium", "small"]

SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    SubmitImageToVideoViduJobRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_submit_image_to_video_vidu_job_request_movement_amplitude(
    value: str,
) -> SubmitImageToVideoViduJobRequestMovementAmplitude:
    if value in SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    unknown_value("SubmitImageToVideoViduJobRequestMovementAmplitude", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
