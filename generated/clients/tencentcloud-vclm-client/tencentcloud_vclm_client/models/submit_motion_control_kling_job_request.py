from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_motion_control_kling_job_request_character_orientation import (
    SubmitMotionControlKlingJobRequestCharacterOrientation,
    check_submit_motion_control_kling_job_request_character_orientation,
)
from ..models.submit_motion_control_kling_job_request_keep_original_sound import (
    SubmitMotionControlKlingJobRequestKeepOriginalSound,
    check_submit_motion_control_kling_job_request_keep_original_sound,
)
from ..models.submit_motion_control_kling_job_request_mode import (
    SubmitMotionControlKlingJobRequestMode,
    check_submit_motion_control_kling_job_request_mode,
)
from ..models.submit_motion_control_kling_job_request_model import (
    SubmitMotionControlKlingJobRequestModel,
    check_submit_motion_control_kling_job_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element import Element
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitMotionControlKlingJobRequest")


@_attrs_define
class SubmitMotionControlKlingJobRequest:
    """Input of SubmitMotionControlKlingJob.

    Attributes:
        model (SubmitMotionControlKlingJobRequestModel | Unset): Kling model: kling-v2-6 or kling-v3.
        prompt (str | Unset): What the video should show (and avoid); at most 2500 characters.
        external_task_id (str | Unset): A caller's own ID of the job; a job can be looked up by it instead of JobId.
        image (str | Unset): The image whose person and background the video shows; the person's upper body or whole
            body and head must be clearly visible.
        video (str | Unset): URL of the reference video whose motion the person in the image follows (mp4 or mov, at
            most 100 MB, each side 340-3850 px).
        mode (SubmitMotionControlKlingJobRequestMode | Unset): Generation mode: std (standard, cheaper) or pro (higher
            quality).
        keep_original_sound (SubmitMotionControlKlingJobRequestKeepOriginalSound | Unset): Whether to keep the video's
            original sound: yes or no.
        character_orientation (SubmitMotionControlKlingJobRequestCharacterOrientation | Unset): Which way the person
            faces: image (as in the image; reference video at most 10 s) or video (as in the video; at most 30 s).
        element_list (list[Element] | Unset): Subjects of the subject library to use.
        callback_url (str | Unset): URL the service notifies when the job's state changes.
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    model: SubmitMotionControlKlingJobRequestModel | Unset = UNSET
    prompt: str | Unset = UNSET
    external_task_id: str | Unset = UNSET
    image: str | Unset = UNSET
    video: str | Unset = UNSET
    mode: SubmitMotionControlKlingJobRequestMode | Unset = UNSET
    keep_original_sound: SubmitMotionControlKlingJobRequestKeepOriginalSound | Unset = UNSET
    character_orientation: SubmitMotionControlKlingJobRequestCharacterOrientation | Unset = UNSET
    element_list: list[Element] | Unset = UNSET
    callback_url: str | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        prompt = self.prompt

        external_task_id = self.external_task_id

        image = self.image

        video = self.video

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        keep_original_sound: str | Unset = UNSET
        if not isinstance(self.keep_original_sound, Unset):
            keep_original_sound = self.keep_original_sound

        character_orientation: str | Unset = UNSET
        if not isinstance(self.character_orientation, Unset):
            character_orientation = self.character_orientation

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        callback_url = self.callback_url

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["Model"] = model
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if external_task_id is not UNSET:
            field_dict["ExternalTaskId"] = external_task_id
        if image is not UNSET:
            field_dict["Image"] = image
        if video is not UNSET:
            field_dict["Video"] = video
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if keep_original_sound is not UNSET:
            field_dict["KeepOriginalSound"] = keep_original_sound
        if character_orientation is not UNSET:
            field_dict["CharacterOrientation"] = character_orientation
        if element_list is not UNSET:
            field_dict["ElementList"] = element_list
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element import Element  # noqa: PLC0415
        from ..models.logo_param import LogoParam  # noqa: PLC0415

        d = dict(src_dict)
        _model = d.pop("Model", UNSET)
        model: SubmitMotionControlKlingJobRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_submit_motion_control_kling_job_request_model(_model)

        prompt = d.pop("Prompt", UNSET)

        external_task_id = d.pop("ExternalTaskId", UNSET)

        image = d.pop("Image", UNSET)

        video = d.pop("Video", UNSET)

        _mode = d.pop("Mode", UNSET)
        mode: SubmitMotionControlKlingJobRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_submit_motion_control_kling_job_request_mode(_mode)

        _keep_original_sound = d.pop("KeepOriginalSound", UNSET)
        keep_original_sound: SubmitMotionControlKlingJobRequestKeepOriginalSound | Unset
        if isinstance(_keep_original_sound, Unset):
            keep_original_sound = UNSET
        else:
            keep_original_sound = check_submit_motion_control_kling_job_request_keep_original_sound(
                _keep_original_sound
            )

        _character_orientation = d.pop("CharacterOrientation", UNSET)
        character_orientation: SubmitMotionControlKlingJobRequestCharacterOrientation | Unset
        if isinstance(_character_orientation, Unset):
            character_orientation = UNSET
        else:
            character_orientation = check_submit_motion_control_kling_job_request_character_orientation(
                _character_orientation
            )

        _element_list = d.pop("ElementList", UNSET)
        element_list: list[Element] | Unset = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = Element.from_dict(element_list_item_data)

                element_list.append(element_list_item)

        callback_url = d.pop("CallbackUrl", UNSET)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_motion_control_kling_job_request = cls(
            model=model,
            prompt=prompt,
            external_task_id=external_task_id,
            image=image,
            video=video,
            mode=mode,
            keep_original_sound=keep_original_sound,
            character_orientation=character_orientation,
            element_list=element_list,
            callback_url=callback_url,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_motion_control_kling_job_request
