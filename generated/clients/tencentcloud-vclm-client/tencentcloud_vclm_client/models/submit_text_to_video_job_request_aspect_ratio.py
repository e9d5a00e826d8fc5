from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoJobRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_ASPECT_RATIO_VALUES: set[SubmitTextToVideoJobRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_submit_text_to_video_job_request_aspect_ratio(value: str) -> SubmitTextToVideoJobRequestAspectRatio:
    if value in SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_ASPECT_RATIO_VALUES:
        return value
    unknown_value("SubmitTextToVideoJobRequestAspectRatio", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_JOB_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
