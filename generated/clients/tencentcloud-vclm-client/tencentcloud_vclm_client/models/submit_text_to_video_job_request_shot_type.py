from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoJobRequestShotType = Literal["customize", "intelligence"]

SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_SHOT_TYPE_VALUES: set[SubmitTextToVideoJobRequestShotType] = {
    "customize",
    "intelligence",
}


def check_submit_text_to_video_job_request_shot_type(value: str) -> SubmitTextToVideoJobRequestShotType:
    if value in SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_SHOT_TYPE_VALUES:
        return value
    unknown_value("SubmitTextToVideoJobRequestShotType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_SHOT_TYPE_VALUES!r}"
    )
