from typing import Literal

from .._runtime.replies import unknown_value

StartOnlineRecordRequestRecordMode = Literal["REALTIME_MODE", "VIDEO_GENERATION_MODE"]

START_ONLINE_RECORD_REQUEST_RECORD_MODE_VALUES: set[StartOnlineRecordRequestRecordMode] = {
    "REALTIME_MODE",
    "VIDEO_GENERATION_MODE",
}


def check_start_online_record_request_record_mode(value: str) -> StartOnlineRecordRequestRecordMode:
    if value in START_ONLINE_RECORD_REQUEST_RECORD_MODE_VALUES:
        return value
    unknown_value("StartOnlineRecordRequestRecordMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_ONLINE_RECORD_REQUEST_RECORD_MODE_VALUES!r}")
