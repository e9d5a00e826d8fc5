from typing import Literal

from .._runtime.replies import unknown_value

ListDigitalHumanVideoSortKey = Literal["asset_order", "create_time", "update_time"]

LIST_DIGITAL_HUMAN_VIDEO_SORT_KEY_VALUES: set[ListDigitalHumanVideoSortKey] = {
    "asset_order",
    "create_time",
    "update_time",
}


def check_list_digital_human_video_sort_key(value: str) -> ListDigitalHumanVideoSortKey:
    if value in LIST_DIGITAL_HUMAN_VIDEO_SORT_KEY_VALUES:
        return value
    unknown_value("ListDigitalHumanVideoSortKey", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DIGITAL_HUMAN_VIDEO_SORT_KEY_VALUES!r}")
