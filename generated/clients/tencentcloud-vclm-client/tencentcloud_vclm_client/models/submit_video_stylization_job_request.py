from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_video_stylization_job_request_style_id import (
    SubmitVideoStylizationJobRequestStyleId,
    check_submit_video_stylization_job_request_style_id,
)
from ..models.submit_video_stylization_job_request_style_strength import (
    SubmitVideoStylizationJobRequestStyleStrength,
    check_submit_video_stylization_job_request_style_strength,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitVideoStylizationJobRequest")


@_attrs_define
class SubmitVideoStylizationJobRequest:
    """Input of SubmitVideoStylizationJob.

    Attributes:
        style_id (SubmitVideoStylizationJobRequestStyleId): Style to apply: 2d_anime (2D anime), 3d_cartoon (3D
            cartoon),
            3d_china (3D Chinese trend style) or pixel_art (pixel art).
        video_url (str): URL the service downloads the input video from. The video must be
            mp4 or mov, 1-60 seconds long, with each side between 540 and 2056
            pixels, at most 200 MB, at 15-60 frames per second.
        style_strength (SubmitVideoStylizationJobRequestStyleStrength | Unset): How strongly the style is applied (low,
            medium or high); medium when omitted. Default: 'medium'.
    """

    style_id: SubmitVideoStylizationJobRequestStyleId
    video_url: str
    style_strength: SubmitVideoStylizationJobRequestStyleStrength | Unset = "medium"

    def to_dict(self) -> dict[str, Any]:
        style_id: str = self.style_id

        video_url = self.video_url

        style_strength: str | Unset = UNSET
        if not isinstance(self.style_strength, Unset):
            style_strength = self.style_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "StyleId": style_id,
                "VideoUrl": video_url,
            }
        )
        if style_strength is not UNSET:
            field_dict["StyleStrength"] = style_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        style_id = check_submit_video_stylization_job_request_style_id(d.pop("StyleId"))

        video_url = d.pop("VideoUrl")

        _style_strength = d.pop("StyleStrength", UNSET)
        style_strength: SubmitVideoStylizationJobRequestStyleStrength | Unset
        if isinstance(_style_strength, Unset):
            style_strength = UNSET
        else:
            style_strength = check_submit_video_stylization_job_request_style_strength(_style_strength)

        submit_video_stylization_job_request = cls(
            style_id=style_id,
            video_url=video_url,
            style_strength=style_strength,
        )

        return submit_video_stylization_job_request
