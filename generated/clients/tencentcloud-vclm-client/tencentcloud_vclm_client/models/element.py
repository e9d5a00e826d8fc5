from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Element")


@_attrs_define
class Element:
    """A subject of the subject library, by ID.

    Attributes:
        element_id (str | Unset): ID of the subject.
    """

    element_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        element_id = self.element_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if element_id is not UNSET:
            field_dict["ElementId"] = element_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        element_id = d.pop("ElementId", UNSET)

        element = cls(
            element_id=element_id,
        )

        return element
