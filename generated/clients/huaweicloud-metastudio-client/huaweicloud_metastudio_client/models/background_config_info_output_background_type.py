from typing import Literal

from .._runtime.replies import unknown_value

BackgroundConfigInfoOutputBackgroundType = Literal["COLOR", "IMAGE"]

BACKGROUND_CONFIG_INFO_OUTPUT_BACKGROUND_TYPE_VALUES: set[BackgroundConfigInfoOutputBackgroundType] = {
    "COLOR",
    "IMAGE",
}


def check_background_config_info_output_background_type(value: str) -> BackgroundConfigInfoOutputBackgroundType:
    if value in BACKGROUND_CONFIG_INFO_OUTPUT_BACKGROUND_TYPE_VALUES:
        return value
    unknown_value("BackgroundConfigInfoOutputBackgroundType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKGROUND_CONFIG_INFO_OUTPUT_BACKGROUND_TYPE_VALUES!r}"
    )
