from typing import Literal

from .._runtime.replies import unknown_value

StartOnlineRecordRequestExtrasItem = Literal["MIX_STREAM"]

START_ONLINE_RECORD_REQUEST_EXTRAS_ITEM_VALUES: set[StartOnlineRecordRequestExtrasItem] = {
    "MIX_STREAM",
}


def check_start_online_record_request_extras_item(value: str) -> StartOnlineRecordRequestExtrasItem:
    if value in START_ONLINE_RECORD_REQUEST_EXTRAS_ITEM_VALUES:
        return value
    unknown_value("StartOnlineRecordRequestExtrasItem", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_ONLINE_RECORD_REQUEST_EXTRAS_ITEM_VALUES!r}")
