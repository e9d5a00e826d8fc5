from typing import Literal

from .._runtime.replies import unknown_value

DescribeOnlineRecordResponseFinishReason = Literal["", "AUTO", "EXCEPTION", "FORCE_STOP", "USER_CALL"]

DESCRIBE_ONLINE_RECORD_RESPONSE_FINISH_REASON_VALUES: set[DescribeOnlineRecordResponseFinishReason] = {
    "",
    "AUTO",
    "EXCEPTION",
    "FORCE_STOP",
    "USER_CALL",
}


def check_describe_online_record_response_finish_reason(value: str) -> DescribeOnlineRecordResponseFinishReason:
    if value in DESCRIBE_ONLINE_RECORD_RESPONSE_FINISH_REASON_VALUES:
        return value
    unknown_value("DescribeOnlineRecordResponseFinishReason", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_ONLINE_RECORD_RESPONSE_FINISH_REASON_VALUES!r}"
    )
