from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagListOutput")


@_attrs_define
class TagListOutput:
    """A tag given to a subject.

    Attributes:
        tag_id (str | Unset): ID of the tag: o_101 (trending), o_102 (person), o_103 (animal), o_104 (prop), o_105
            (clothing), o_106 (scene), o_107 (effect) or o_108 (other).
    """

    tag_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["TagId"] = tag_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_id = d.pop("TagId", UNSET)

        tag_list_output = cls(
            tag_id=tag_id,
        )

        tag_list_output.additional_properties = d
        return tag_list_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
