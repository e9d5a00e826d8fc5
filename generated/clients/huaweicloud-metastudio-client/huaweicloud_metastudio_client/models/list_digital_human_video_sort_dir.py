from typing import Literal

from .._runtime.replies import unknown_value

ListDigitalHumanVideoSortDir = Literal["asc", "desc"]

LIST_DIGITAL_HUMAN_VIDEO_SORT_DIR_VALUES: set[ListDigitalHumanVideoSortDir] = {
    "asc",
    "desc",
}


def check_list_digital_human_video_sort_dir(value: str) -> ListDigitalHumanVideoSortDir:
    if value in LIST_DIGITAL_HUMAN_VIDEO_SORT_DIR_VALUES:
        return value
    unknown_value("ListDigitalHumanVideoSortDir", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DIGITAL_HUMAN_VIDEO_SORT_DIR_VALUES!r}")
