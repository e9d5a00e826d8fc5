from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionConfig")


@_attrs_define
class ActionConfig:
    """Automatic actions.

    Attributes:
        action_interval (float | Unset): Seconds between the actions the algorithm inserts; 0 or absent means every 4
            seconds, 255 inserts none.
    """

    action_interval: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action_interval = self.action_interval

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action_interval is not UNSET:
            field_dict["action_interval"] = action_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_interval = d.pop("action_interval", UNSET)

        action_config = cls(
            action_interval=action_interval,
        )

        return action_config
