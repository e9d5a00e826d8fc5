from typing import Literal

from .._runtime.replies import unknown_value

SubmitVideoEditKlingJobRequestShotType = Literal["customize"]

SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_SHOT_TYPE_VALUES: set[SubmitVideoEditKlingJobRequestShotType] = {
    "customize",
}


def check_submit_video_edit_kling_job_request_shot_type(value: str) -> SubmitVideoEditKlingJobRequestShotType:
    if value in SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_SHOT_TYPE_VALUES:
        return value
    unknown_value("SubmitVideoEditKlingJobRequestShotType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_SHOT_TYPE_VALUES!r}"
    )
