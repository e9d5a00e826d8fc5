from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_video_edit_kling_job_request_aspect_ratio import (
    SubmitVideoEditKlingJobRequestAspectRatio,
    check_submit_video_edit_kling_job_request_aspect_ratio,
)
from ..models.submit_video_edit_kling_job_request_mode import (
    SubmitVideoEditKlingJobRequestMode,
    check_submit_video_edit_kling_job_request_mode,
)
from ..models.submit_video_edit_kling_job_request_model import (
    SubmitVideoEditKlingJobRequestModel,
    check_submit_video_edit_kling_job_request_model,
)
from ..models.submit_video_edit_kling_job_request_shot_type import (
    SubmitVideoEditKlingJobRequestShotType,
    check_submit_video_edit_kling_job_request_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element import Element
    from ..models.image_info import ImageInfo
    from ..models.logo_param import LogoParam
    from ..models.multi_prompt import MultiPrompt
    from ..models.refer_video_info import ReferVideoInfo


T = TypeVar("T", bound="SubmitVideoEditKlingJobRequest")


@_attrs_define
class SubmitVideoEditKlingJobRequest:
    """Input of SubmitVideoEditKlingJob.

    Attributes:
        prompt (str | Unset): What the video should show (and avoid); at most 2500 characters.
        model (SubmitVideoEditKlingJobRequestModel | Unset): Kling model: kling-video-o1 (the default) or kling-v3-omni.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
        image_list (list[ImageInfo] | Unset): Reference images (subject, scene, style), or the first and last frames (a
            last frame needs a first frame).
        aspect_ratio (SubmitVideoEditKlingJobRequestAspectRatio | Unset): Aspect ratio of the video, width:height: 16:9,
            9:16 or 1:1; required unless a first frame or video editing is used.
        duration (int | Unset): Length of the video in seconds, as a string: 3 to 10 (text or first frame: 5 or 10);
            ignored when editing a video, whose length is kept.
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
        mode (SubmitVideoEditKlingJobRequestMode | Unset): Generation mode: std (standard, cheaper) or pro (higher
            quality).
        video_list (list[ReferVideoInfo] | Unset): Reference videos (mp4 or mov, 3-10 s, each side 720-2160 px): a video
            to edit (base, the default) or one to follow (feature).
        multi_shot (bool | Unset): Whether to make a multi-shot video; when true, Prompt is ignored, no first and last
            frames are allowed, and ShotType and MultiPrompt apply.
        shot_type (SubmitVideoEditKlingJobRequestShotType | Unset): How shots are split: customize (from MultiPrompt);
            required when MultiShot is true.
        multi_prompt (list[MultiPrompt] | Unset): The shots (1 to 6), each with its number, prompt (at most 512
            characters) and length; the lengths add up to the video's length.
        element_list (list[Element] | Unset): Subjects of the subject library to use; with a reference video, images and
            subjects together at most 4.
        callback_url (str | Unset): URL the service notifies when the job's state changes.
        sound (str | Unset): Whether the video gets sound.
    """

    prompt: str | Unset = UNSET
    model: SubmitVideoEditKlingJobRequestModel | Unset = UNSET
    external_task_id: str | Unset = UNSET
    image_list: list[ImageInfo] | Unset = UNSET
    aspect_ratio: SubmitVideoEditKlingJobRequestAspectRatio | Unset = UNSET
    duration: int | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET
    mode: SubmitVideoEditKlingJobRequestMode | Unset = UNSET
    video_list: list[ReferVideoInfo] | Unset = UNSET
    multi_shot: bool | Unset = UNSET
    shot_type: SubmitVideoEditKlingJobRequestShotType | Unset = UNSET
    multi_prompt: list[MultiPrompt] | Unset = UNSET
    element_list: list[Element] | Unset = UNSET
    callback_url: str | Unset = UNSET
    sound: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        external_task_id = self.external_task_id

        image_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_list, Unset):
            image_list = []
            for image_list_item_data in self.image_list:
                image_list_item = image_list_item_data.to_dict()
                image_list.append(image_list_item)

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        video_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_list, Unset):
            video_list = []
            for video_list_item_data in self.video_list:
                video_list_item = video_list_item_data.to_dict()
                video_list.append(video_list_item)

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        callback_url = self.callback_url

        sound = self.sound

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if model is not UNSET:
            field_dict["Model"] = model
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id
        if image_list is not UNSET:
            field_dict["ImageList"] = image_list
        if aspect_ratio is not UNSET:
            field_dict["AspectRatio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if video_list is not UNSET:
            field_dict["VideoList"] = video_list
        if multi_shot is not UNSET:
            field_dict["MultiShot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["ShotType"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["MultiPrompt"] = multi_prompt
        if element_list is not UNSET:
            field_dict["ElementList"] = element_list
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if sound is not UNSET:
            field_dict["Sound"] = sound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element import Element  # noqa: PLC0415
        from ..models.image_info import ImageInfo  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415
        from ..models.multi_prompt import MultiPrompt  # noqa: PLC0415
        from ..models.refer_video_info import ReferVideoInfo  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("Prompt", UNSET)

        _model = d.pop("Model", UNSET)
        model: SubmitVideoEditKlingJobRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_submit_video_edit_kling_job_request_model(_model)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        _image_list = d.pop("ImageList", UNSET)
        image_list: list[ImageInfo] | Unset = UNSET
        if _image_list is not UNSET:
            image_list = []
            for image_list_item_data in _image_list:
                image_list_item = ImageInfo.from_dict(image_list_item_data)

                image_list.append(image_list_item)

        _aspect_ratio = d.pop("AspectRatio", UNSET)
        aspect_ratio: SubmitVideoEditKlingJobRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_submit_video_edit_kling_job_request_aspect_ratio(_aspect_ratio)

        duration = d.pop("Duration", UNSET)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        _mode = d.pop("Mode", UNSET)
        mode: SubmitVideoEditKlingJobRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_submit_video_edit_kling_job_request_mode(_mode)

        _video_list = d.pop("VideoList", UNSET)
        video_list: list[ReferVideoInfo] | Unset = UNSET
        if _video_list is not UNSET:
            video_list = []
            for video_list_item_data in _video_list:
                video_list_item = ReferVideoInfo.from_dict(video_list_item_data)

                video_list.append(video_list_item)

        multi_shot = d.pop("MultiShot", UNSET)

        _shot_type = d.pop("ShotType", UNSET)
        shot_type: SubmitVideoEditKlingJobRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_submit_video_edit_kling_job_request_shot_type(_shot_type)

        _multi_prompt = d.pop("MultiPrompt", UNSET)
        multi_prompt: list[MultiPrompt] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = MultiPrompt.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        _element_list = d.pop("ElementList", UNSET)
        element_list: list[Element] | Unset = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = Element.from_dict(element_list_item_data)

                element_list.append(element_list_item)

        callback_url = d.pop("CallbackUrl", UNSET)

        sound = d.pop("Sound", UNSET)

        submit_video_edit_kling_job_request = cls(
            prompt=prompt,
            model=model,
            external_task_id=external_task_id,
            image_list=image_list,
            aspect_ratio=aspect_ratio,
            duration=duration,
            logo_add=logo_add,
            logo_param=logo_param,
            mode=mode,
            video_list=video_list,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
            element_list=element_list,
            callback_url=callback_url,
            sound=sound,
        )

        return submit_video_edit_kling_job_request
