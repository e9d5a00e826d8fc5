from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_image_to_video_general_job_request_fps import (
    SubmitImageToVideoGeneralJobRequestFps,
    check_submit_image_to_video_general_job_request_fps,
)
from ..models.submit_image_to_video_general_job_request_resolution import (
    SubmitImageToVideoGeneralJobRequestResolution,
    check_submit_image_to_video_general_job_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitImageToVideoGeneralJobRequest")


@_attrs_define
class SubmitImageToVideoGeneralJobRequest:
    """Input of SubmitImageToVideoGeneralJob.

    Attributes:
        image (Image): An input image, by URL or as Base64 (the URL wins when both are given).
        prompt (str | Unset): What the video should show, in Chinese; at most 200 characters.
        resolution (SubmitImageToVideoGeneralJobRequestResolution | Unset): Resolution of the video: 480p, 720p or
            1080p.
        fps (SubmitImageToVideoGeneralJobRequestFps | Unset): Frame rate of the video: 16, 24 or 30 (the default).
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    image: Image
    prompt: str | Unset = UNSET
    resolution: SubmitImageToVideoGeneralJobRequestResolution | Unset = UNSET
    fps: SubmitImageToVideoGeneralJobRequestFps | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        fps: int | Unset = UNSET
        if not isinstance(self.fps, Unset):
            fps = self.fps

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Image": image,
            }
        )
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if fps is not UNSET:
            field_dict["Fps"] = fps
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
        image = Image.from_dict(d.pop("Image"))

        prompt = d.pop("Prompt", UNSET)

        _resolution = d.pop("Resolution", UNSET)
        resolution: SubmitImageToVideoGeneralJobRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_submit_image_to_video_general_job_request_resolution(_resolution)

        _fps = d.pop("Fps", UNSET)
        fps: SubmitImageToVideoGeneralJobRequestFps | Unset
        if isinstance(_fps, Unset):
            fps = UNSET
        else:
            fps = check_submit_image_to_video_general_job_request_fps(_fps)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_image_to_video_general_job_request = cls(
            image=image,
            prompt=prompt,
            resolution=resolution,
            fps=fps,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_image_to_video_general_job_request
