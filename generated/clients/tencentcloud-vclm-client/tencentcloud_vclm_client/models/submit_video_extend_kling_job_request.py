from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitVideoExtendKlingJobRequest")


@_attrs_define
class SubmitVideoExtendKlingJobRequest:
    """Input of SubmitVideoExtendKlingJob.

    Attributes:
        video_id (str): ID of the generated video to extend (at most 3 minutes long; videos are deleted after 30 days).
        prompt (str | Unset): What the extension should show; at most 2500 characters.
        negative_prompt (str | Unset): What the video should not show; at most 2500 characters.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
        cfg_scale (float | Unset): How strongly the prompt is followed, 0 to 1 (higher is stronger).
        callback_url (str | Unset): URL the service notifies when the job's state changes.
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    video_id: str
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    external_task_id: str | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    callback_url: str | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        external_task_id = self.external_task_id

        cfg_scale = self.cfg_scale

        callback_url = self.callback_url

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "VideoId": video_id,
            }
        )
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["NegativePrompt"] = negative_prompt
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id
        if cfg_scale is not UNSET:
            field_dict["CfgScale"] = cfg_scale
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.logo_param import LogoParam  # noqa: PLC0415

        d = dict(src_dict)
        video_id = d.pop("VideoId")

        prompt = d.pop("Prompt", UNSET)

        negative_prompt = d.pop("NegativePrompt", UNSET)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        cfg_scale = d.pop("CfgScale", UNSET)

        callback_url = d.pop("CallbackUrl", UNSET)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_video_extend_kling_job_request = cls(
            video_id=video_id,
            prompt=prompt,
            negative_prompt=negative_prompt,
            external_task_id=external_task_id,
            cfg_scale=cfg_scale,
            callback_url=callback_url,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_video_extend_kling_job_request
