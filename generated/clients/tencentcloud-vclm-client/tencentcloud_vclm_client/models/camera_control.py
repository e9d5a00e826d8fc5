from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.camera_control_type import CameraControlType, check_camera_control_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_control_config import CameraControlConfig


T = TypeVar("T", bound="CameraControl")


@_attrs_define
class CameraControl:
    """A camera movement: a preset, or a simple movement along one axis.

    Attributes:
        type_ (CameraControlType | Unset): Camera movement preset: simple (one axis, set in Config), down_back,
            forward_up, right_turn_forward or left_turn_forward.
        config (CameraControlConfig | Unset): A simple camera movement: exactly one of the six values is not 0.
    """

    type_: CameraControlType | Unset = UNSET
    config: CameraControlConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if config is not UNSET:
            field_dict["Config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_control_config import CameraControlConfig  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: CameraControlType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_camera_control_type(_type_)

        _config = d.pop("Config", UNSET)
        config: CameraControlConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CameraControlConfig.from_dict(_config)

        camera_control = cls(
            type_=type_,
            config=config,
        )

        return camera_control
