from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digital_human_video import DigitalHumanVideo


T = TypeVar("T", bound="ListDigitalHumanVideoResponse")


@_attrs_define
class ListDigitalHumanVideoResponse:
    """A page of video production jobs.

    Attributes:
        count (int | Unset): Total number of jobs that match the filters (not just this page).
        jobs (list[DigitalHumanVideo] | Unset): The jobs on this page.
    """

    count: int | Unset = UNSET
    jobs: list[DigitalHumanVideo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digital_human_video import DigitalHumanVideo  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[DigitalHumanVideo] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = DigitalHumanVideo.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        list_digital_human_video_response = cls(
            count=count,
            jobs=jobs,
        )

        list_digital_human_video_response.additional_properties = d
        return list_digital_human_video_response

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
