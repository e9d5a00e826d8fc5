from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewConfig")


@_attrs_define
class ReviewConfig:
    """Content review of the job.

    Attributes:
        no_need_review (bool | Unset): Skip the content review (allow-listed tenants only; others follow the system's
            policy).
    """

    no_need_review: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        no_need_review = self.no_need_review

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if no_need_review is not UNSET:
            field_dict["no_need_review"] = no_need_review

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no_need_review = d.pop("no_need_review", UNSET)

        review_config = cls(
            no_need_review=no_need_review,
        )

        return review_config
