from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubmitReferenceToVideoViduJobResponse")


@_attrs_define
class SubmitReferenceToVideoViduJobResponse:
    """Output of SubmitReferenceToVideoViduJob.

    Attributes:
        job_id (str): ID of the new job.
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
    """

    job_id: str
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "JobId": job_id,
                "RequestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("JobId")

        request_id = d.pop("RequestId")

        submit_reference_to_video_vidu_job_response = cls(
            job_id=job_id,
            request_id=request_id,
        )

        submit_reference_to_video_vidu_job_response.additional_properties = d
        return submit_reference_to_video_vidu_job_response

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
