from typing import Literal

from .._runtime.replies import unknown_value

LayerConfigOutputLayerType = Literal["HUMAN", "IMAGE", "TEXT", "VIDEO"]

LAYER_CONFIG_OUTPUT_LAYER_TYPE_VALUES: set[LayerConfigOutputLayerType] = {
    "HUMAN",
    "IMAGE",
    "TEXT",
    "VIDEO",
}


def check_layer_config_output_layer_type(value: str) -> LayerConfigOutputLayerType:
    if value in LAYER_CONFIG_OUTPUT_LAYER_TYPE_VALUES:
        return value
    unknown_value("LayerConfigOutputLayerType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAYER_CONFIG_OUTPUT_LAYER_TYPE_VALUES!r}")
