from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.describe_portrait_sing_job_response_status_code import (
    DescribePortraitSingJobResponseStatusCode,
    check_describe_portrait_sing_job_response_status_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribePortraitSingJobResponse")


@_attrs_define
class DescribePortraitSingJobResponse:
    """Output of DescribePortraitSingJob.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        job_id (str | Unset): ID of the new job.
        status_code (DescribePortraitSingJobResponseStatusCode | str | Unset): State of the job: RUN (running), FAIL
            (failed), STOP (stopped) or DONE (succeeded).
        status_msg (str | Unset): Text of the state.
        error_code (str | Unset): Error code of a failed job; an empty string unless the state is FAIL.
        error_message (str | Unset): Error message of a failed job; an empty string unless the state is FAIL.
        result_video_url (str | Unset): URL of the generated video, valid for 24 hours; empty until the job is DONE.
    """

    request_id: str
    job_id: str | Unset = UNSET
    status_code: DescribePortraitSingJobResponseStatusCode | str | Unset = UNSET
    status_msg: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
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
        if job_id is not UNSET:
            field_dict["JobId"] = job_id
        if status_code is not UNSET:
            field_dict["StatusCode"] = status_code
        if status_msg is not UNSET:
            field_dict["StatusMsg"] = status_msg
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

        job_id = d.pop("JobId", UNSET)

        def _parse_status_code(data: object) -> DescribePortraitSingJobResponseStatusCode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_code_status_code = check_describe_portrait_sing_job_response_status_code(data)

                return status_code_status_code
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribePortraitSingJobResponseStatusCode | str | Unset, data)

        status_code = _parse_status_code(d.pop("StatusCode", UNSET))

        status_msg = d.pop("StatusMsg", UNSET)

        error_code = d.pop("ErrorCode", UNSET)

        error_message = d.pop("ErrorMessage", UNSET)

        result_video_url = d.pop("ResultVideoUrl", UNSET)

        describe_portrait_sing_job_response = cls(
            request_id=request_id,
            job_id=job_id,
            status_code=status_code,
            status_msg=status_msg,
            error_code=error_code,
            error_message=error_message,
            result_video_url=result_video_url,
        )

        describe_portrait_sing_job_response.additional_properties = d
        return describe_portrait_sing_job_response

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
