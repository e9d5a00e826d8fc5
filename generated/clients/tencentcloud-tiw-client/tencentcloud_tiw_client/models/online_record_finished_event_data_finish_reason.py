from typing import Literal

from .._runtime.replies import unknown_value

OnlineRecordFinishedEventDataFinishReason = Literal["AUTO", "EXCEPTION", "FORCE_STOP", "USER_CALL"]

ONLINE_RECORD_FINISHED_EVENT_DATA_FINISH_REASON_VALUES: set[OnlineRecordFinishedEventDataFinishReason] = {
    "AUTO",
    "EXCEPTION",
    "FORCE_STOP",
    "USER_CALL",
}


def check_online_record_finished_event_data_finish_reason(value: str) -> OnlineRecordFinishedEventDataFinishReason:
    if value in ONLINE_RECORD_FINISHED_EVENT_DATA_FINISH_REASON_VALUES:
        return value
    unknown_value("OnlineRecordFinishedEventDataFinishReason", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ONLINE_RECORD_FINISHED_EVENT_DATA_FINISH_REASON_VALUES!r}"
    )
