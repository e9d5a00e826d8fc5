from typing import Literal

from .._runtime.replies import unknown_value

SubmitMotionControlKlingJobRequestKeepOriginalSound = Literal["no", "yes"]

SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_KEEP_ORIGINAL_SOUND_VALUES: set[
    SubmitMotionControlKlingJobRequestKeepOriginalSound
] = {
    "no",
    "yes",
}


def check_submit_motion_control_kling_job_request_keep_original_sound(
    value: str,
) -> SubmitMotionControlKlingJobRequestKeepOriginalSound:
    if value in SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_KEEP_ORIGINAL_SOUND_VALUES:
        return value
    unknown_value("SubmitMotionControlKlingJobRequestKeepOriginalSound", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_MOTION_CONTROL_KLING_JOB_REQUEST_KEEP_ORIGINAL_SOUND_VALUES!r}"
    )
