from typing import Literal

from .._runtime.replies import unknown_value

SubtitleFileInfoOutputSubtitleFileState = Literal["GENERATE_FAILED", "GENERATE_SUCCEED", "GENERATING"]

SUBTITLE_FILE_INFO_OUTPUT_SUBTITLE_FILE_STATE_VALUES: set[SubtitleFileInfoOutputSubtitleFileState] = {
    "GENERATE_FAILED",
    "GENERATE_SUCCEED",
    "GENERATING",
}


def check_subtitle_file_info_output_subtitle_file_state(value: str) -> SubtitleFileInfoOutputSubtitleFileState:
    if value in SUBTITLE_FILE_INFO_OUTPUT_SUBTITLE_FILE_STATE_VALUES:
        return value
    unknown_value("SubtitleFileInfoOutputSubtitleFileState", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBTITLE_FILE_INFO_OUTPUT_SUBTITLE_FILE_STATE_VALUES!r}"
    )
