from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trajectory import Trajectory


T = TypeVar("T", bound="DynamicMask")


@_attrs_define
class DynamicMask:
    """One motion-brush stroke: the painted area and the path it moves along.

    Attributes:
        mask (str | Unset): The painted area, as an image URL or Base64 (jpg, jpeg or png) of the input image's aspect
            ratio and StaticMask's resolution.
        trajectories (list[Trajectory] | Unset): The path, 2 to 77 points for a 5-second video, from its first point to
            its last.
    """

    mask: str | Unset = UNSET
    trajectories: list[Trajectory] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mask = self.mask

        trajectories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trajectories, Unset):
            trajectories = []
            for trajectories_item_data in self.trajectories:
                trajectories_item = trajectories_item_data.to_dict()
                trajectories.append(trajectories_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mask is not UNSET:
            field_dict["Mask"] = mask
        if trajectories is not UNSET:
            field_dict["Trajectories"] = trajectories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trajectory import Trajectory  # noqa: PLC0415

        d = dict(src_dict)
        mask = d.pop("Mask", UNSET)

        _trajectories = d.pop("Trajectories", UNSET)
        trajectories: list[Trajectory] | Unset = UNSET
        if _trajectories is not UNSET:
            trajectories = []
            for trajectories_item_data in _trajectories:
                trajectories_item = Trajectory.from_dict(trajectories_item_data)

                trajectories.append(trajectories_item)

        dynamic_mask = cls(
            mask=mask,
            trajectories=trajectories,
        )

        return dynamic_mask
