from typing import Literal

from .._runtime.replies import unknown_value

VideoGenerationFinishedEventDataStatus = Literal["FINISHED"]

VIDEO_GENERATION_FINISHED_EVENT_DATA_STATUS_VALUES: set[VideoGenerationFinishedEventDataStatus] = {
    "FINISHED",
}


def check_video_generation_finished_event_data_status(value: str) -> VideoGenerationFinishedEventDataStatus:
    if value in VIDEO_GENERATION_FINISHED_EVENT_DATA_STATUS_VALUES:
        return value
    unknown_value("VideoGenerationFinishedEventDataStatus", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_GENERATION_FINISHED_EVENT_DATA_STATUS_VALUES!r}"
    )
