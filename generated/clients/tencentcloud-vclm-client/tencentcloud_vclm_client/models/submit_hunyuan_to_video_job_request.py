from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_hunyuan_to_video_job_request_resolution import (
    SubmitHunyuanToVideoJobRequestResolution,
    check_submit_hunyuan_to_video_job_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitHunyuanToVideoJobRequest")


@_attrs_define
class SubmitHunyuanToVideoJobRequest:
    """Input of SubmitHunyuanToVideoJob.

    Attributes:
        prompt (str): What the video should show, in Chinese; at most 200 characters.
        image (Image | Unset): An input image, by URL or as Base64 (the URL wins when both are given).
        resolution (SubmitHunyuanToVideoJobRequestResolution | Unset): Resolution of the video; only 720p (the default).
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    prompt: str
    image: Image | Unset = UNSET
    resolution: SubmitHunyuanToVideoJobRequestResolution | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Prompt": prompt,
            }
        )
        if image is not UNSET:
            field_dict["Image"] = image
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("Prompt")

        _image = d.pop("Image", UNSET)
        image: Image | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = Image.from_dict(_image)

        _resolution = d.pop("Resolution", UNSET)
        resolution: SubmitHunyuanToVideoJobRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_submit_hunyuan_to_video_job_request_resolution(_resolution)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_hunyuan_to_video_job_request = cls(
            prompt=prompt,
            image=image,
            resolution=resolution,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_hunyuan_to_video_job_request
