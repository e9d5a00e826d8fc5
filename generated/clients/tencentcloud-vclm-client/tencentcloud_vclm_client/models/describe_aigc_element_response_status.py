from typing import Literal

from .._runtime.replies import unknown_value

DescribeAigcElementResponseStatus = Literal["failed", "pending", "succeed"]

DESCRIBE_AIGC_ELEMENT_RESPONSE_STATUS_VALUES: set[DescribeAigcElementResponseStatus] = {
    "failed",
    "pending",
    "succeed",
}


def check_describe_aigc_element_response_status(value: str) -> DescribeAigcElementResponseStatus:
    if value in DESCRIBE_AIGC_ELEMENT_RESPONSE_STATUS_VALUES:
        return value
    unknown_value("DescribeAigcElementResponseStatus", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESCRIBE_AIGC_ELEMENT_RESPONSE_STATUS_VALUES!r}")
