from typing import Literal

from .._runtime.replies import unknown_value

SubmitMotionControlKlingJobRequestCharacterOrientation = Literal["image", "video"]

SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_CHARACTER_ORIENTATION_VALUES: set[
    SubmitMotionControlKlingJobRequestCharacterOrientation
] = {
    "image",
    "video",
}


def check_submit_motion_control_kling_job_request_character_orientation(
    value: str,
) -> SubmitMotionControlKlingJobRequestCharacterOrientation:
    if value in SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_CHARACTER_ORIENTATION_VALUES:
        return value
    unknown_value("SubmitMotionControlKlingJobRequestCharacterOrientation", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_CHARACTER_ORIENTATION_VALUES!r}"
    )
