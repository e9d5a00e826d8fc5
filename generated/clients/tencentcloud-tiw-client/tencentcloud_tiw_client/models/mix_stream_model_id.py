from typing import Literal

from .._runtime.replies import unknown_value

MixStreamModelId = Literal[1, 2]

MIX_STREAM_MODEL_ID_VALUES: set[MixStreamModelId] = {
    1,
    2,
}


def check_mix_stream_model_id(value: int) -> MixStreamModelId:
    if value in MIX_STREAM_MODEL_ID_VALUES:
        return value
    unknown_value("MixStreamModelId", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIX_STREAM_MODEL_ID_VALUES!r}")
