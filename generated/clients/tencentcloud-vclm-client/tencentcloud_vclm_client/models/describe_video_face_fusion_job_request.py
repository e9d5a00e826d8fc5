from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeVideoFaceFusionJobRequest")


@_attrs_define
class DescribeVideoFaceFusionJobRequest:
    """Input of DescribeVideoFaceFusionJob.

    Attributes:
        job_id (str | Unset): ID of the new job.
    """

    job_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if job_id is not UNSET:
            field_dict["JobId"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("JobId", UNSET)

        describe_video_face_fusion_job_request = cls(
            job_id=job_id,
        )

        return describe_video_face_fusion_job_request
