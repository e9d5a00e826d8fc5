from typing import Literal

from .._runtime.replies import unknown_value

DescribeAigcElementResponseReferenceType = Literal["image_refer", "video_refer"]

DESCRIBE_AIGC_ELEMENT_RESPONSE_REFERENCE_TYPE_VALUES: set[DescribeAigcElementResponseReferenceType] = {
    "image_refer",
    "video_refer",
}


def check_describe_aigc_element_response_reference_type(value: str) -> DescribeAigcElementResponseReferenceType:
    if value in DESCRIBE_AIGC_ELEMENT_RESPONSE_REFERENCE_TYPE_VALUES:
        return value
    unknown_value("DescribeAigcElementResponseReferenceType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_AIGC_ELEMENT_RESPONSE_REFERENCE_TYPE_VALUES!r}"
    )
