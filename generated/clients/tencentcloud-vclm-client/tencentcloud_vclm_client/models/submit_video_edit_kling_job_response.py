from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitVideoEditKlingJobResponse")


@_attrs_define
class SubmitVideoEditKlingJobResponse:
    """Output of SubmitVideoEditKlingJob.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        job_id (str | Unset): ID of the new job.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
    """

    request_id: str
    job_id: str | Unset = UNSET
    external_task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        job_id = self.job_id

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("RequestId")

        job_id = d.pop("JobId", UNSET)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        submit_video_edit_kling_job_response = cls(
            request_id=request_id,
            job_id=job_id,
            external_task_id=external_task_id,
        )

        submit_video_edit_kling_job_response.additional_properties = d
        return submit_video_edit_kling_job_response

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
