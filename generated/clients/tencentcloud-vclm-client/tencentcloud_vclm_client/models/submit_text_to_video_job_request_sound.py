from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoJobRequestSound = Literal["off", "on"]

SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_SOUND_VALUES: set[SubmitTextToVideoJobRequestSound] = {
    "off",
    "on",
}


def check_submit_text_to_video_job_request_sound(value: str) -> SubmitTextToVideoJobRequestSound:
    if value in SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_SOUND_VALUES:
        return value
    unknown_value("SubmitTextToVideoJobRequestSound", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_SOUND_VALUES!r}")
