from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_text_to_video_job_request_aspect_ratio import (
    SubmitTextToVideoJobRequestAspectRatio,
    check_submit_text_to_video_job_request_aspect_ratio,
)
from ..models.submit_text_to_video_job_request_duration import (
    SubmitTextToVideoJobRequestDuration,
    check_submit_text_to_video_job_request_duration,
)
from ..models.submit_text_to_video_job_request_mode import (
    SubmitTextToVideoJobRequestMode,
    check_submit_text_to_video_job_request_mode,
)
from ..models.submit_text_to_video_job_request_model import (
    SubmitTextToVideoJobRequestModel,
    check_submit_text_to_video_job_request_model,
)
from ..models.submit_text_to_video_job_request_shot_type import (
    SubmitTextToVideoJobRequestShotType,
    check_submit_text_to_video_job_request_shot_type,
)
from ..models.submit_text_to_video_job_request_sound import (
    SubmitTextToVideoJobRequestSound,
    check_submit_text_to_video_job_request_sound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_control import CameraControl
    from ..models.logo_param import LogoParam
    from ..models.multi_prompt import MultiPrompt


T = TypeVar("T", bound="SubmitTextToVideoJobRequest")


@_attrs_define
class SubmitTextToVideoJobRequest:
    """Input of SubmitTextToVideoJob.

    Attributes:
        prompt (str | Unset): What the video should show; at most 2500 characters.
        model (SubmitTextToVideoJobRequestModel | Unset): Kling model: v1.0, v1.5, v1.6, v2.0 (V2 Master), v2.1m (V2.1
            master), v2.5 (V2.5 Turbo), v2.6 or v3.0.
        negative_prompt (str | Unset): What the video should not show; at most 2500 characters.
        duration (SubmitTextToVideoJobRequestDuration | Unset): Length of the video in seconds, as a string: 3 to 15
            (default 5); v1.x and v2.x models take 5 or 10, v3.0 takes 3 to 15.
        mode (SubmitTextToVideoJobRequestMode | Unset): Generation mode: std (standard, cheaper) or pro (higher
            quality); which models support which is in the vendor's model table.
        cfg_scale (float | Unset): How closely the video follows the prompt, 0 to 1 (higher is closer); not supported by
            models v2.0, v2.5 and v2.6.
        aspect_ratio (SubmitTextToVideoJobRequestAspectRatio | Unset): Aspect ratio of the video, width:height: 16:9
            (the default), 9:16 or 1:1.
        sound (SubmitTextToVideoJobRequestSound | Unset): Whether the video gets sound: on or off.
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
        multi_shot (bool | Unset): Whether to make a multi-shot video; when true, Prompt is ignored and ShotType and
            MultiPrompt apply.
        shot_type (SubmitTextToVideoJobRequestShotType | Unset): How shots are split: customize (from MultiPrompt) or
            intelligence (by the model); required when MultiShot is true.
        multi_prompt (list[MultiPrompt] | Unset): The shots (1 to 6), each with its number, prompt (at most 512
            characters) and length; the lengths add up to the video's length.
        camera_control (CameraControl | Unset): A camera movement: a preset, or a simple movement along one axis.
        callback_url (str | Unset): URL the service notifies when the job's state changes.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
    """

    prompt: str | Unset = UNSET
    model: SubmitTextToVideoJobRequestModel | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    duration: SubmitTextToVideoJobRequestDuration | Unset = UNSET
    mode: SubmitTextToVideoJobRequestMode | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    aspect_ratio: SubmitTextToVideoJobRequestAspectRatio | Unset = UNSET
    sound: SubmitTextToVideoJobRequestSound | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET
    multi_shot: bool | Unset = UNSET
    shot_type: SubmitTextToVideoJobRequestShotType | Unset = UNSET
    multi_prompt: list[MultiPrompt] | Unset = UNSET
    camera_control: CameraControl | Unset = UNSET
    callback_url: str | Unset = UNSET
    external_task_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        negative_prompt = self.negative_prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        cfg_scale = self.cfg_scale

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

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

        camera_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_control, Unset):
            camera_control = self.camera_control.to_dict()

        callback_url = self.callback_url

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if model is not UNSET:
            field_dict["Model"] = model
        if negative_prompt is not UNSET:
            field_dict["NegativePrompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if cfg_scale is not UNSET:
            field_dict["CfgScale"] = cfg_scale
        if aspect_ratio is not UNSET:
            field_dict["AspectRatio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["Sound"] = sound
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param
        if multi_shot is not UNSET:
            field_dict["MultiShot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["ShotType"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["MultiPrompt"] = multi_prompt
        if camera_control is not UNSET:
            field_dict["CameraControl"] = camera_control
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_control import CameraControl  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415
        from ..models.multi_prompt import MultiPrompt  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("Prompt", UNSET)

        _model = d.pop("Model", UNSET)
        model: SubmitTextToVideoJobRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_submit_text_to_video_job_request_model(_model)

        negative_prompt = d.pop("NegativePrompt", UNSET)

        _duration = d.pop("Duration", UNSET)
        duration: SubmitTextToVideoJobRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_submit_text_to_video_job_request_duration(_duration)

        _mode = d.pop("Mode", UNSET)
        mode: SubmitTextToVideoJobRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_submit_text_to_video_job_request_mode(_mode)

        cfg_scale = d.pop("CfgScale", UNSET)

        _aspect_ratio = d.pop("AspectRatio", UNSET)
        aspect_ratio: SubmitTextToVideoJobRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_submit_text_to_video_job_request_aspect_ratio(_aspect_ratio)

        _sound = d.pop("Sound", UNSET)
        sound: SubmitTextToVideoJobRequestSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_submit_text_to_video_job_request_sound(_sound)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        multi_shot = d.pop("MultiShot", UNSET)

        _shot_type = d.pop("ShotType", UNSET)
        shot_type: SubmitTextToVideoJobRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_submit_text_to_video_job_request_shot_type(_shot_type)

        _multi_prompt = d.pop("MultiPrompt", UNSET)
        multi_prompt: list[MultiPrompt] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = MultiPrompt.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        _camera_control = d.pop("CameraControl", UNSET)
        camera_control: CameraControl | Unset
        if isinstance(_camera_control, Unset):
            camera_control = UNSET
        else:
            camera_control = CameraControl.from_dict(_camera_control)

        callback_url = d.pop("CallbackUrl", UNSET)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        submit_text_to_video_job_request = cls(
            prompt=prompt,
            model=model,
            negative_prompt=negative_prompt,
            duration=duration,
            mode=mode,
            cfg_scale=cfg_scale,
            aspect_ratio=aspect_ratio,
            sound=sound,
            logo_add=logo_add,
            logo_param=logo_param,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
            camera_control=camera_control,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        return submit_text_to_video_job_request
