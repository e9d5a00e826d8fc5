from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.describe_video_face_fusion_job_response_status import (
    DescribeVideoFaceFusionJobResponseStatus,
    check_describe_video_face_fusion_job_response_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeVideoFaceFusionJobResponse")


@_attrs_define
class DescribeVideoFaceFusionJobResponse:
    """Output of DescribeVideoFaceFusionJob.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        status (DescribeVideoFaceFusionJobResponseStatus | Unset): State of the job: WAIT (waiting), RUN (running), FAIL
            (failed) or DONE (succeeded).
        error_code (str | Unset): Error code of a failed job; an empty string unless the state is FAIL.
        error_message (str | Unset): Error message of a failed job; an empty string unless the state is FAIL.
        result_video_url (str | Unset): URL of the generated video, valid for 24 hours; empty until the job is DONE.
    """

    request_id: str
    status: DescribeVideoFaceFusionJobResponseStatus | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    result_video_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        error_code = self.error_code

        error_message = self.error_message

        result_video_url = self.result_video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if status is not UNSET:
            field_dict["Status"] = status
        if error_code is not UNSET:
            field_dict["ErrorCode"] = error_code
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if result_video_url is not UNSET:
            field_dict["ResultVideoUrl"] = result_video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("RequestId")

        _status = d.pop("Status", UNSET)
        status: DescribeVideoFaceFusionJobResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_describe_video_face_fusion_job_response_status(_status)

        error_code = d.pop("ErrorCode", UNSET)

        error_message = d.pop("ErrorMessage", UNSET)

        result_video_url = d.pop("ResultVideoUrl", UNSET)

        describe_video_face_fusion_job_response = cls(
            request_id=request_id,
            status=status,
            error_code=error_code,
            error_message=error_message,
            result_video_url=result_video_url,
        )

        describe_video_face_fusion_job_response.additional_properties = d
        return describe_video_face_fusion_job_response

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
