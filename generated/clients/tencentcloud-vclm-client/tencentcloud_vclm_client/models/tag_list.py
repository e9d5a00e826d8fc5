from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagList")


@_attrs_define
class TagList:
    """A tag given to a subject.

    Attributes:
        tag_id (str | Unset): ID of the tag: o_101 (trending), o_102 (person), o_103 (animal), o_104 (prop), o_105
            (clothing), o_106 (scene), o_107 (effect) or o_108 (other).
    """

    tag_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["TagId"] = tag_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_id = d.pop("TagId", UNSET)

        tag_list = cls(
            tag_id=tag_id,
        )

        return tag_list
