from typing import Literal

from .._runtime.replies import unknown_value

SubmitVideoStylizationJobRequestStyleId = Literal["2d_anime", "3d_cartoon", "3d_china", "pixel_art"]

SUBMIT_VIDEO_STYLIZATION_JOB_REQUEST_STYLE_ID_VALUES: set[SubmitVideoStylizationJobRequestStyleId] = {
    "2d_anime",
    "3d_cartoon",
    "3d_china",
    "pixel_art",
}


def check_submit_video_stylization_job_request_style_id(value: str) -> SubmitVideoStylizationJobRequestStyleId:
    if value in SUBMIT_VIDEO_STYLIZATION_JOB_REQUEST_STYLE_ID_VALUES:
        return value
    unknown_value("SubmitVideoStylizationJobRequestStyleId", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_VIDEO_STYLIZATION_JOB_REQUEST_STYLE_ID_VALUES!r}"
    )
