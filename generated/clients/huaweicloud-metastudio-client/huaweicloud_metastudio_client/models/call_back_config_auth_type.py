from typing import Literal

from .._runtime.replies import unknown_value

CallBackConfigAuthType = Literal["MSS_A", "NONE"]

CALL_BACK_CONFIG_AUTH_TYPE_VALUES: set[CallBackConfigAuthType] = {
    "MSS_A",
    "NONE",
}


def check_call_back_config_auth_type(value: str) -> CallBackConfigAuthType:
    if value in CALL_BACK_CONFIG_AUTH_TYPE_VALUES:
        return value
    unknown_value("CallBackConfigAuthType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_BACK_CONFIG_AUTH_TYPE_VALUES!r}")
