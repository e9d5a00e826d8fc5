from typing import Literal

from .._runtime.replies import unknown_value

SubtitleFileInfoSubtitleFileState = Literal["GENERATE_FAILED", "GENERATE_SUCCEED", "GENERATING"]

SUBTITLE_FILE_INFO_SUBTITLE_FILE_STATE_VALUES: set[SubtitleFileInfoSubtitleFileState] = {
    "GENERATE_FAILED",
    "GENERATE_SUCCEED",
    "GENERATING",
}


def check_subtitle_file_info_subtitle_file_state(value: str) -> SubtitleFileInfoSubtitleFileState:
    if value in SUBTITLE_FILE_INFO_SUBTITLE_FILE_STATE_VALUES:
        return value
    unknown_value("SubtitleFileInfoSubtitleFileState", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBTITLE_FILE_INFO_SUBTITLE_FILE_STATE_VALUES!r}")
