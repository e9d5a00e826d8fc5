from typing import Literal

from .._runtime.replies import unknown_value

SubmitTextToVideoViduJobRequestResolution = Literal["1080p", "540p", "720p"]

SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES: set[SubmitTextToVideoViduJobRequestResolution] = {
    "1080p",
    "540p",
    "720p",
}


def check_submit_text_to_video_vidu_job_request_resolution(value: str) -> SubmitTextToVideoViduJobRequestResolution:
    if value in SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES:
        return value
    unknown_value("SubmitTextToVideoViduJobRequestResolution", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_TEXT_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES!r}"
    )
