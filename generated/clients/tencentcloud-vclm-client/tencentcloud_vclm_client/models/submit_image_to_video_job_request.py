from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_image_to_video_job_request_duration import (
    SubmitImageToVideoJobRequestDuration,
    check_submit_image_to_video_job_request_duration,
)
from ..models.submit_image_to_video_job_request_mode import (
    SubmitImageToVideoJobRequestMode,
    check_submit_image_to_video_job_request_mode,
)
from ..models.submit_image_to_video_job_request_model import (
    SubmitImageToVideoJobRequestModel,
    check_submit_image_to_video_job_request_model,
)
from ..models.submit_image_to_video_job_request_shot_type import (
    SubmitImageToVideoJobRequestShotType,
    check_submit_image_to_video_job_request_shot_type,
)
from ..models.submit_image_to_video_job_request_sound import (
    SubmitImageToVideoJobRequestSound,
    check_submit_image_to_video_job_request_sound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_control import CameraControl
    from ..models.dynamic_mask import DynamicMask
    from ..models.element import Element
    from ..models.image import Image
    from ..models.logo_param import LogoParam
    from ..models.multi_prompt import MultiPrompt
    from ..models.voice import Voice


T = TypeVar("T", bound="SubmitImageToVideoJobRequest")


@_attrs_define
class SubmitImageToVideoJobRequest:
    """Input of SubmitImageToVideoJob.

    Attributes:
        model (SubmitImageToVideoJobRequestModel | Unset): Kling model: v1.6, v2.0 (V2 Master), v2.1, v2.5 (V2.5 Turbo),
            v2.6 or v3.0.
        image (Image | Unset): An input image, by URL or as Base64 (the URL wins when both are given).
        image_tail (Image | Unset): An input image, by URL or as Base64 (the URL wins when both are given).
        prompt (str | Unset): What the video should show; at most 2500 characters.
        negative_prompt (str | Unset): What the video should not show; at most 2500 characters.
        duration (SubmitImageToVideoJobRequestDuration | Unset): Length of the video in seconds, as a string: 3 to 15
            (default 5); v1.6 and v2.x models take 5 or 10, v3.0 takes 3 to 15.
        mode (SubmitImageToVideoJobRequestMode | Unset): Generation mode: std (standard, cheaper) or pro (higher
            quality); which models support which is in the vendor's model table.
        cfg_scale (float | Unset): How closely the video follows the prompt, 0 to 1 (higher is closer); not supported by
            models v2.0, v2.5 and v2.6.
        sound (SubmitImageToVideoJobRequestSound | Unset): Whether the video gets sound: on or off.
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
        multi_shot (bool | Unset): Whether to make a multi-shot video; when true, Prompt is ignored, no first and last
            frames are allowed, and ShotType and MultiPrompt apply.
        shot_type (SubmitImageToVideoJobRequestShotType | Unset): How shots are split: customize (from MultiPrompt) or
            intelligence (by the model); required when MultiShot is true.
        multi_prompt (list[MultiPrompt] | Unset): The shots (1 to 6), each with its number, prompt (at most 512
            characters) and length; the lengths add up to the video's length.
        element_list (list[Element] | Unset): Subjects of the subject library to use (at most 3).
        static_mask (str | Unset): Area that stays still (motion brush), as an image URL or Base64 of the input image's
            aspect ratio.
        dynamic_masks (list[DynamicMask] | Unset): Motion-brush strokes (at most 6), each an area and the path it moves
            along.
        camera_control (CameraControl | Unset): A camera movement: a preset, or a simple movement along one axis.
        callback_url (str | Unset): URL the service notifies when the job's state changes.
        voice_list (list[Voice] | Unset): Voices the prompt refers to (at most 2); cannot be combined with ElementList;
            not supported by v3 models.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
    """

    model: SubmitImageToVideoJobRequestModel | Unset = UNSET
    image: Image | Unset = UNSET
    image_tail: Image | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    duration: SubmitImageToVideoJobRequestDuration | Unset = UNSET
    mode: SubmitImageToVideoJobRequestMode | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    sound: SubmitImageToVideoJobRequestSound | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET
    multi_shot: bool | Unset = UNSET
    shot_type: SubmitImageToVideoJobRequestShotType | Unset = UNSET
    multi_prompt: list[MultiPrompt] | Unset = UNSET
    element_list: list[Element] | Unset = UNSET
    static_mask: str | Unset = UNSET
    dynamic_masks: list[DynamicMask] | Unset = UNSET
    camera_control: CameraControl | Unset = UNSET
    callback_url: str | Unset = UNSET
    voice_list: list[Voice] | Unset = UNSET
    external_task_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        image_tail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_tail, Unset):
            image_tail = self.image_tail.to_dict()

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        cfg_scale = self.cfg_scale

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

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        static_mask = self.static_mask

        dynamic_masks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_masks, Unset):
            dynamic_masks = []
            for dynamic_masks_item_data in self.dynamic_masks:
                dynamic_masks_item = dynamic_masks_item_data.to_dict()
                dynamic_masks.append(dynamic_masks_item)

        camera_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_control, Unset):
            camera_control = self.camera_control.to_dict()

        callback_url = self.callback_url

        voice_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voice_list, Unset):
            voice_list = []
            for voice_list_item_data in self.voice_list:
                voice_list_item = voice_list_item_data.to_dict()
                voice_list.append(voice_list_item)

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["Model"] = model
        if image is not UNSET:
            field_dict["Image"] = image
        if image_tail is not UNSET:
            field_dict["ImageTail"] = image_tail
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["NegativePrompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if cfg_scale is not UNSET:
            field_dict["CfgScale"] = cfg_scale
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
        if element_list is not UNSET:
            field_dict["ElementList"] = element_list
        if static_mask is not UNSET:
            field_dict["StaticMask"] = static_mask
        if dynamic_masks is not UNSET:
            field_dict["DynamicMasks"] = dynamic_masks
        if camera_control is not UNSET:
            field_dict["CameraControl"] = camera_control
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if voice_list is not UNSET:
            field_dict["VoiceList"] = voice_list
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_control import CameraControl  # noqa: PLC0415
        from ..models.dynamic_mask import DynamicMask  # noqa: PLC0415
        from ..models.element import Element  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415
        from ..models.multi_prompt import MultiPrompt  # noqa: PLC0415
        from ..models.voice import Voice  # noqa: PLC0415

        d = dict(src_dict)
        _model = d.pop("Model", UNSET)
        model: SubmitImageToVideoJobRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_submit_image_to_video_job_request_model(_model)

        _image = d.pop("Image", UNSET)
        image: Image | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = Image.from_dict(_image)

        _image_tail = d.pop("ImageTail", UNSET)
        image_tail: Image | Unset
        if isinstance(_image_tail, Unset):
            image_tail = UNSET
        else:
            image_tail = Image.from_dict(_image_tail)

        prompt = d.pop("Prompt", UNSET)

        negative_prompt = d.pop("NegativePrompt", UNSET)

        _duration = d.pop("Duration", UNSET)
        duration: SubmitImageToVideoJobRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_submit_image_to_video_job_request_duration(_duration)

        _mode = d.pop("Mode", UNSET)
        mode: SubmitImageToVideoJobRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_submit_image_to_video_job_request_mode(_mode)

        cfg_scale = d.pop("CfgScale", UNSET)

        _sound = d.pop("Sound", UNSET)
        sound: SubmitImageToVideoJobRequestSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_submit_image_to_video_job_request_sound(_sound)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        multi_shot = d.pop("MultiShot", UNSET)

        _shot_type = d.pop("ShotType", UNSET)
        shot_type: SubmitImageToVideoJobRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_submit_image_to_video_job_request_shot_type(_shot_type)

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

        static_mask = d.pop("StaticMask", UNSET)

        _dynamic_masks = d.pop("DynamicMasks", UNSET)
        dynamic_masks: list[DynamicMask] | Unset = UNSET
        if _dynamic_masks is not UNSET:
            dynamic_masks = []
            for dynamic_masks_item_data in _dynamic_masks:
                dynamic_masks_item = DynamicMask.from_dict(dynamic_masks_item_data)

                dynamic_masks.append(dynamic_masks_item)

        _camera_control = d.pop("CameraControl", UNSET)
        camera_control: CameraControl | Unset
        if isinstance(_camera_control, Unset):
            camera_control = UNSET
        else:
            camera_control = CameraControl.from_dict(_camera_control)

        callback_url = d.pop("CallbackUrl", UNSET)

        _voice_list = d.pop("VoiceList", UNSET)
        voice_list: list[Voice] | Unset = UNSET
        if _voice_list is not UNSET:
            voice_list = []
            for voice_list_item_data in _voice_list:
                voice_list_item = Voice.from_dict(voice_list_item_data)

                voice_list.append(voice_list_item)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        submit_image_to_video_job_request = cls(
            model=model,
            image=image,
            image_tail=image_tail,
            prompt=prompt,
            negative_prompt=negative_prompt,
            duration=duration,
            mode=mode,
            cfg_scale=cfg_scale,
            sound=sound,
            logo_add=logo_add,
            logo_param=logo_param,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
            element_list=element_list,
            static_mask=static_mask,
            dynamic_masks=dynamic_masks,
            camera_control=camera_control,
            callback_url=callback_url,
            voice_list=voice_list,
            external_task_id=external_task_id,
        )

        return submit_image_to_video_job_request
