from typing import Literal

from .._runtime.replies import unknown_value

LayerConfigLayerType = Literal["HUMAN", "IMAGE", "TEXT", "VIDEO"]

LAYER_CONFIG_LAYER_TYPE_VALUES: set[LayerConfigLayerType] = {
    "HUMAN",
    "IMAGE",
    "TEXT",
    "VIDEO",
}


def check_layer_config_layer_type(value: str) -> LayerConfigLayerType:
    if value in LAYER_CONFIG_LAYER_TYPE_VALUES:
        return value
    unknown_value("LayerConfigLayerType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAYER_CONFIG_LAYER_TYPE_VALUES!r}")
