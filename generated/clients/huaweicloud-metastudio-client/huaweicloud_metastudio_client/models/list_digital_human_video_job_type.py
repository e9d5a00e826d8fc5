from typing import Literal

from .._runtime.replies import unknown_value

ListDigitalHumanVideoJobType = Literal["2D_DIGITAL_HUMAN_VIDEO", "PHOTO_DIGITAL_HUMAN_VIDEO"]

LIST_DIGITAL_HUMAN_VIDEO_JOB_TYPE_VALUES: set[ListDigitalHumanVideoJobType] = {
    "2D_DIGITAL_HUMAN_VIDEO",
    "PHOTO_DIGITAL_HUMAN_VIDEO",
}


def check_list_digital_human_video_job_type(value: str) -> ListDigitalHumanVideoJobType:
    if value in LIST_DIGITAL_HUMAN_VIDEO_JOB_TYPE_VALUES:
        return value
    unknown_value("ListDigitalHumanVideoJobType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DIGITAL_HUMAN_VIDEO_JOB_TYPE_VALUES!r}")
