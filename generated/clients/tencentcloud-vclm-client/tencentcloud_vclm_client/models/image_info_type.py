from typing import Literal

from .._runtime.replies import unknown_value

ImageInfoType = Literal["", "end_frame", "first_frame"]

IMAGE_INFO_TYPE_VALUES: set[ImageInfoType] = {
    "",
    "end_frame",
    "first_frame",
}


def check_image_info_type(value: str) -> ImageInfoType:
    if value in IMAGE_INFO_TYPE_VALUES:
        return value
    unknown_value("ImageInfoType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_INFO_TYPE_VALUES!r}")
