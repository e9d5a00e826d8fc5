from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extra_param import ExtraParam
    from ..models.image import Image
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitTemplateToVideoJobRequest")


@_attrs_define
class SubmitTemplateToVideoJobRequest:
    """Input of SubmitTemplateToVideoJob.

    Attributes:
        template (str): Name of the effect template, from the vendor's template list.
        images (list[Image]): Input images (how many depends on the template), as URLs or Base64: png, jpg, jpeg, webp,
            bmp or tiff, at most 10 MB, 300-4096 px a side, aspect ratio 1:4 to 4:1.
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
        resolution (str | Unset): Resolution of the video (default 360p); what each template supports is in the vendor's
            template list.
        bgm (bool | Unset): Whether to add background music chosen by the service (default false).
        extra_param (ExtraParam | Unset): Further settings of a template-to-video job.
    """

    template: str
    images: list[Image]
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET
    resolution: str | Unset = UNSET
    bgm: bool | Unset = UNSET
    extra_param: ExtraParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        resolution = self.resolution

        bgm = self.bgm

        extra_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_param, Unset):
            extra_param = self.extra_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Template": template,
                "Images": images,
            }
        )
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if bgm is not UNSET:
            field_dict["BGM"] = bgm
        if extra_param is not UNSET:
            field_dict["ExtraParam"] = extra_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extra_param import ExtraParam  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415

        d = dict(src_dict)
        template = d.pop("Template")

        images = []
        _images = d.pop("Images")
        for images_item_data in _images:
            images_item = Image.from_dict(images_item_data)

            images.append(images_item)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        resolution = d.pop("Resolution", UNSET)

        bgm = d.pop("BGM", UNSET)

        _extra_param = d.pop("ExtraParam", UNSET)
        extra_param: ExtraParam | Unset
        if isinstance(_extra_param, Unset):
            extra_param = UNSET
        else:
            extra_param = ExtraParam.from_dict(_extra_param)

        submit_template_to_video_job_request = cls(
            template=template,
            images=images,
            logo_add=logo_add,
            logo_param=logo_param,
            resolution=resolution,
            bgm=bgm,
            extra_param=extra_param,
        )

        return submit_template_to_video_job_request
