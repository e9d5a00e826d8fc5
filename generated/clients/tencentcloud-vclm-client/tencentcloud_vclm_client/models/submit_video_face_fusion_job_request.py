from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_merge_info import FaceMergeInfo
    from ..models.face_template_info import FaceTemplateInfo
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitVideoFaceFusionJobRequest")


@_attrs_define
class SubmitVideoFaceFusionJobRequest:
    """Input of SubmitVideoFaceFusionJob.

    Attributes:
        video_url (str | Unset): URL of the template video: mp4, at most 4K, 25 fps, 1 GB and 20 seconds.
        template_infos (list[FaceTemplateInfo] | Unset): Faces of the template video to replace (at most 6).
        merge_infos (list[FaceMergeInfo] | Unset): The user faces to put in (jpg or png, at most 10 MB and 4K; the
            largest face is used when none is chosen).
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    video_url: str | Unset = UNSET
    template_infos: list[FaceTemplateInfo] | Unset = UNSET
    merge_infos: list[FaceMergeInfo] | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        template_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.template_infos, Unset):
            template_infos = []
            for template_infos_item_data in self.template_infos:
                template_infos_item = template_infos_item_data.to_dict()
                template_infos.append(template_infos_item)

        merge_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.merge_infos, Unset):
            merge_infos = []
            for merge_infos_item_data in self.merge_infos:
                merge_infos_item = merge_infos_item_data.to_dict()
                merge_infos.append(merge_infos_item)

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if video_url is not UNSET:
            field_dict["VideoUrl"] = video_url
        if template_infos is not UNSET:
            field_dict["TemplateInfos"] = template_infos
        if merge_infos is not UNSET:
            field_dict["MergeInfos"] = merge_infos
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.face_merge_info import FaceMergeInfo  # noqa: PLC0415
        from ..models.face_template_info import FaceTemplateInfo  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("VideoUrl", UNSET)

        _template_infos = d.pop("TemplateInfos", UNSET)
        template_infos: list[FaceTemplateInfo] | Unset = UNSET
        if _template_infos is not UNSET:
            template_infos = []
            for template_infos_item_data in _template_infos:
                template_infos_item = FaceTemplateInfo.from_dict(template_infos_item_data)

                template_infos.append(template_infos_item)

        _merge_infos = d.pop("MergeInfos", UNSET)
        merge_infos: list[FaceMergeInfo] | Unset = UNSET
        if _merge_infos is not UNSET:
            merge_infos = []
            for merge_infos_item_data in _merge_infos:
                merge_infos_item = FaceMergeInfo.from_dict(merge_infos_item_data)

                merge_infos.append(merge_infos_item)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_video_face_fusion_job_request = cls(
            video_url=video_url,
            template_infos=template_infos,
            merge_infos=merge_infos,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_video_face_fusion_job_request
