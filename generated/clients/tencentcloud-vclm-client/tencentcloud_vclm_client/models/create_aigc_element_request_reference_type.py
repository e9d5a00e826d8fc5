from typing import Literal

from .._runtime.replies import unknown_value

CreateAigcElementRequestReferenceType = Literal["image_refer", "video_refer"]

CREATE_AIGC_ELEMENT_REQUEST_REFERENCE_TYPE_VALUES: set[CreateAigcElementRequestReferenceType] = {
    "image_refer",
    "video_refer",
}


def check_create_aigc_element_request_reference_type(value: str) -> CreateAigcElementRequestReferenceType:
    if value in CREATE_AIGC_ELEMENT_REQUEST_REFERENCE_TYPE_VALUES:
        return value
    unknown_value("CreateAigcElementRequestReferenceType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AIGC_ELEMENT_REQUEST_REFERENCE_TYPE_VALUES!r}"
    )
