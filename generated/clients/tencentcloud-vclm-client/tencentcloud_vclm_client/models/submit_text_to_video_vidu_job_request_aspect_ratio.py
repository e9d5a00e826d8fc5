from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoViduJobRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_ASPECT_RATIO_VALUES: set[SubmitTextToVideoViduJobRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_submit_text_to_video_vidu_job_request_aspect_ratio(value: str) -> SubmitTextToVideoViduJobRequestAspectRatio:
    if value in SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_ASPECT_RATIO_VALUES:
        return value
    unknown_value("SubmitTextToVideoViduJobRequestAspectRatio", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
