from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DescribeReferenceToVideoViduJobRequest")


@_attrs_define
class DescribeReferenceToVideoViduJobRequest:
    """Input of DescribeReferenceToVideoViduJob.

    Attributes:
        job_id (str): ID of the new job.
    """

    job_id: str

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "JobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("JobId")

        describe_reference_to_video_vidu_job_request = cls(
            job_id=job_id,
        )

        return describe_reference_to_video_vidu_job_request
