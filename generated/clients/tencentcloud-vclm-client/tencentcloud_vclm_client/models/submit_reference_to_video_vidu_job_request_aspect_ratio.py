from typing import Literal

from .._runtime.replies import unknown_value

SubmitReferenceToVideoViduJobRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_ASPECT_RATIO_VALUES: set[SubmitReferenceToVideoViduJobRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_submit_reference_to_video_vidu_job_request_aspect_ratio(
    value: str,
) -> SubmitReferenceToVideoViduJobRequestAspectRatio:
    if value in SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_ASPECT_RATIO_VALUES:
        return value
    unknown_value("SubmitReferenceToVideoViduJobRequestAspectRatio", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
