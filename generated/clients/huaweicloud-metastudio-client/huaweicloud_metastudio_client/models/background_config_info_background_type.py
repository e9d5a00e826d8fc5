from typing import Literal

from .._runtime.replies import unknown_value

BackgroundConfigInfoBackgroundType = Literal["COLOR", "IMAGE"]

BACKGROUND_CONFIG_INFO_BACKGROUND_TYPE_VALUES: set[BackgroundConfigInfoBackgroundType] = {
    "COLOR",
    "IMAGE",
}


def check_background_config_info_background_type(value: str) -> BackgroundConfigInfoBackgroundType:
    if value in BACKGROUND_CONFIG_INFO_BACKGROUND_TYPE_VALUES:
        return value
    unknown_value("BackgroundConfigInfoBackgroundType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKGROUND_CONFIG_INFO_BACKGROUND_TYPE_VALUES!r}")
