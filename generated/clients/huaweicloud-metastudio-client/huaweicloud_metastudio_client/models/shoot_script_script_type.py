from typing import Literal

from .._runtime.replies import unknown_value

ShootScriptScriptType = Literal["AUDIO", "TEXT"]

SHOOT_SCRIPT_SCRIPT_TYPE_VALUES: set[ShootScriptScriptType] = {
    "AUDIO",
    "TEXT",
}


def check_shoot_script_script_type(value: str) -> ShootScriptScriptType:
    if value in SHOOT_SCRIPT_SCRIPT_TYPE_VALUES:
        return value
    unknown_value("ShootScriptScriptType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHOOT_SCRIPT_SCRIPT_TYPE_VALUES!r}")
