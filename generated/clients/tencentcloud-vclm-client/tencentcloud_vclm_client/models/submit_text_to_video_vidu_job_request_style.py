from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoViduJobRequestStyle = Literal["anime", "general"]

SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_STYLE_VALUES: set[SubmitTextToVideoViduJobRequestStyle] = {
    "anime",
    "general",
}


def check_submit_text_to_video_vidu_job_request_style(value: str) -> SubmitTextToVideoViduJobRequestStyle:
    if value in SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_STYLE_VALUES:
        return value
    unknown_value("SubmitTextToVideoViduJobRequestStyle", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_STYLE_VALUES!r}"
    )
