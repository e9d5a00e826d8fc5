from typing import Literal

from .._runtime.replies import unknown_value

DescribeOnlineRecordResponseStatus = Literal["FINISHED", "PAUSED", "PREPARED", "RECORDING", "STOPPED"]

DESCRIBE_ONLINE_RECORD_RESPONSE_STATUS_VALUES: set[DescribeOnlineRecordResponseStatus] = {
    "FINISHED",
    "PAUSED",
    "PREPARED",
    "RECORDING",
    "STOPPED",
}


def check_describe_online_record_response_status(value: str) -> DescribeOnlineRecordResponseStatus:
    if value in DESCRIBE_ONLINE_RECORD_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeOnlineRecordResponseStatus", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESCRIBE_ONLINE_RECORD_RESPONSE_STATUS_VALUES!r}")
