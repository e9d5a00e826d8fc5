from typing import Literal

from .._runtime.replies import unknown_value

SubmitReferenceToVideoViduJobRequestMovementAmplitude = Literal["auto", "large", "medium", "small"]

SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    SubmitReferenceToVideoViduJobRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_submit_reference_to_video_vidu_job_request_movement_amplitude(
    value: str,
) -> SubmitReferenceToVideoViduJobRequestMovementAmplitude:
    if value in SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    unknown_value("SubmitReferenceToVideoViduJobRequestMovementAmplitude", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
