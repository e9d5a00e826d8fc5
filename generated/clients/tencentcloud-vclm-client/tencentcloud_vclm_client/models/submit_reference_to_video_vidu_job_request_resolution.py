from typing import Literal

from .._runtime.replies import unknown_value

SubmitReferenceToVideoViduJobRequestResolution = Literal["1080p", "540p", "720p"]

SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES: set[SubmitReferenceToVideoViduJobRequestResolution] = {
    "1080p",
    "540p",
    "720p",
}


def check_submit_reference_to_video_vidu_job_request_resolution(
    value: str,
) -> SubmitReferenceToVideoViduJobRequestResolution:
    if value in SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES:
        return value
    unknown_value("SubmitReferenceToVideoViduJobRequestResolution", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_RESOLUTION_VALUES!r}"
    )
