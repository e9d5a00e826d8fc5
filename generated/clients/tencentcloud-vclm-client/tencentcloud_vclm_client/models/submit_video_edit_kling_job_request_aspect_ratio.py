from typing import Literal

from .._runtime.replies import unknown_value

SubmitVideoEditKlingJobRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_ASPECT_RATIO_VALUES: set[SubmitVideoEditKlingJobRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_submit_video_edit_kling_job_request_aspect_ratio(value: str) -> SubmitVideoEditKlingJobRequestAspectRatio:
    if value in SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_ASPECT_RATIO_VALUES:
        return value
    unknown_value("SubmitVideoEditKlingJobRequestAspectRatio", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_VIDEO_EDIT_KLING_JOB_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
