from typing import Literal

from .._runtime.replies import unknown_value

ShootScriptOutputScriptType = Literal["AUDIO", "TEXT"]

SHOOT_SCRIPT_OUTPUT_SCRIPT_TYPE_VALUES: set[ShootScriptOutputScriptType] = {
    "AUDIO",
    "TEXT",
}


def check_shoot_script_output_script_type(value: str) -> ShootScriptOutputScriptType:
    if value in SHOOT_SCRIPT_OUTPUT_SCRIPT_TYPE_VALUES:
        return value
    unknown_value("ShootScriptOutputScriptType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHOOT_SCRIPT_OUTPUT_SCRIPT_TYPE_VALUES!r}")
