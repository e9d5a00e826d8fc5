from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.describe_image_to_video_job_response_status import (
    DescribeImageToVideoJobResponseStatus,
    check_describe_image_to_video_job_response_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeImageToVideoJobResponse")


@_attrs_define
class DescribeImageToVideoJobResponse:
    """Output of DescribeImageToVideoJob.

    Attributes:
        request_id (str): Unique ID the server gives every request; quote it when reporting a problem.
        status (DescribeImageToVideoJobResponseStatus | str | Unset): State of the job: WAIT (waiting), RUN (running),
            FAIL (failed) or DONE (succeeded).
        error_code (str | Unset): Error code of a failed job; an empty string unless the state is FAIL.
        error_message (str | Unset): Error message of a failed job; an empty string unless the state is FAIL.
        result_video_url (str | Unset): URL of the generated video, valid for 24 hours; empty until the job is DONE.
        video_id (str | Unset): ID of the generated video, for extending it later.
        duration (str | Unset): Length of the generated video in seconds, as a string.
        final_unit_deduction (str | Unset): Credits the job consumed.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
    """

    request_id: str
    status: DescribeImageToVideoJobResponseStatus | str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    result_video_url: str | Unset = UNSET
    video_id: str | Unset = UNSET
    duration: str | Unset = UNSET
    final_unit_deduction: str | Unset = UNSET
    external_task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        error_code = self.error_code

        error_message = self.error_message

        result_video_url = self.result_video_url

        video_id = self.video_id

        duration = self.duration

        final_unit_deduction = self.final_unit_deduction

        external_task_id = self.external_task_id

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
        if video_id is not UNSET:
            field_dict["VideoId"] = video_id
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if final_unit_deduction is not UNSET:
            field_dict["FinalUnitDeduction"] = final_unit_deduction
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("RequestId")

        def _parse_status(data: object) -> DescribeImageToVideoJobResponseStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = check_describe_image_to_video_job_response_status(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeImageToVideoJobResponseStatus | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        error_code = d.pop("ErrorCode", UNSET)

        error_message = d.pop("ErrorMessage", UNSET)

        result_video_url = d.pop("ResultVideoUrl", UNSET)

        video_id = d.pop("VideoId", UNSET)

        duration = d.pop("Duration", UNSET)

        final_unit_deduction = d.pop("FinalUnitDeduction", UNSET)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        describe_image_to_video_job_response = cls(
            request_id=request_id,
            status=status,
            error_code=error_code,
            error_message=error_message,
            result_video_url=result_video_url,
            video_id=video_id,
            duration=duration,
            final_unit_deduction=final_unit_deduction,
            external_task_id=external_task_id,
        )

        describe_image_to_video_job_response.additional_properties = d
        return describe_image_to_video_job_response

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
