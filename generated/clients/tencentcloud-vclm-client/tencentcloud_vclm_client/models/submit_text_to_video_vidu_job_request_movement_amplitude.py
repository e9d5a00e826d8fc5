from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoViduJobRequestMovementAmplitude = Literal["auto", "large", "medium", "small"]

SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES: set[
    SubmitTextToVideoViduJobRequestMovementAmplitude
] = {
    "auto",
    "large",
    "medium",
    "small",
}


def check_submit_text_to_video_vidu_job_request_movement_amplitude(
    value: str,
) -> SubmitTextToVideoViduJobRequestMovementAmplitude:
    if value in SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES:
        return value
    unknown_value("SubmitTextToVideoViduJobRequestMovementAmplitude", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_MOVEMENT_AMPLITUDE_VALUES!r}"
    )
