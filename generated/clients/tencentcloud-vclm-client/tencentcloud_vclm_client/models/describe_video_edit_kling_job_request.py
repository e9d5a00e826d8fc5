from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeVideoEditKlingJobRequest")


@_attrs_define
class DescribeVideoEditKlingJobRequest:
    """Input of DescribeVideoEditKlingJob.

    Attributes:
        job_id (str | Unset): ID of the new job.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
    """

    job_id: str | Unset = UNSET
    external_task_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("JobId", UNSET)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        describe_video_edit_kling_job_request = cls(
            job_id=job_id,
            external_task_id=external_task_id,
        )

        return describe_video_edit_kling_job_request
