from typing import Literal

from .._runtime.replies import unknown_value

SubmitVideoStylizationJobRequestStyleStrength = Literal["high", "low", "medium"]

SUBMIT_VIDEO_STYLIZATION_JOB_REQUEST_STYLE_STRENGTH_VALUES: set[SubmitVideoStylizationJobRequestStyleStrength] = {
    "high",
    "low",
    "medium",
}


def check_submit_video_stylization_job_request_style_strength(
    value: str,
) -> SubmitVideoStylizationJobRequestStyleStrength:
    if value in SUBMIT_VIDEO_STYLIZATION_JOB_REQUEST_STYLE_STRENGTH_VALUES:
        return value
    unknown_value("SubmitVideoStylizationJobRequestStyleStrength", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_VIDEO_STYLIZATION_JOB_REQUEST_STYLE_STRENGTH_VALUES!r}"
    )
