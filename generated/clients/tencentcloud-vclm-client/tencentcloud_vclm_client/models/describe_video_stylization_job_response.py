from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.describe_video_stylization_job_response_status_code import (
    DescribeVideoStylizationJobResponseStatusCode,
    check_describe_video_stylization_job_response_status_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeVideoStylizationJobResponse")


@_attrs_define
class DescribeVideoStylizationJobResponse:
    """Output of DescribeVideoStylizationJob.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        job_id (str | Unset): ID of the job.
        status_code (DescribeVideoStylizationJobResponseStatusCode | str | Unset): State of the job: JobInit
            (initialising), JobModerationFailed (the
            content failed moderation), JobRunning (processing), JobFailed
            (processing failed), JobSuccess (done).
        status_msg (str | Unset): Label of the state. The service sends Chinese labels: 初始化中 (JobInit),
            审核失败 (JobModerationFailed), 处理中 (JobRunning), 处理失败 (JobFailed),
            处理完成 (JobSuccess).
        result_video_url (str | Unset): URL of the restyled video, valid for 24 hours; an empty string until the job has
            succeeded.
    """

    request_id: str
    job_id: str | Unset = UNSET
    status_code: DescribeVideoStylizationJobResponseStatusCode | str | Unset = UNSET
    status_msg: str | Unset = UNSET
    result_video_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        job_id = self.job_id

        status_code: str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        elif isinstance(self.status_code, str):
            status_code = self.status_code
        else:
            status_code = self.status_code

        status_msg = self.status_msg

        result_video_url = self.result_video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if status_code is not UNSET:
            field_dict["StatusCode"] = status_code
        if status_msg is not UNSET:
            field_dict["StatusMsg"] = status_msg
        if result_video_url is not UNSET:
            field_dict["ResultVideoUrl"] = result_video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("RequestId")

        job_id = d.pop("JobId", UNSET)

        def _parse_status_code(data: object) -> DescribeVideoStylizationJobResponseStatusCode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_code_status_code = check_describe_video_stylization_job_response_status_code(data)

                return status_code_status_code
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeVideoStylizationJobResponseStatusCode | str | Unset, data)

        status_code = _parse_status_code(d.pop("StatusCode", UNSET))

        status_msg = d.pop("StatusMsg", UNSET)

        result_video_url = d.pop("ResultVideoUrl", UNSET)

        describe_video_stylization_job_response = cls(
            request_id=request_id,
            job_id=job_id,
            status_code=status_code,
            status_msg=status_msg,
            result_video_url=result_video_url,
        )

        describe_video_stylization_job_response.additional_properties = d
        return describe_video_stylization_job_response

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
