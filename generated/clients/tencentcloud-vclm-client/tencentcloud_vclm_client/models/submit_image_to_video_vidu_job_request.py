from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.submit_image_to_video_vidu_job_request_audio_type import (
    SubmitImageToVideoViduJobRequestAudioType,
    check_submit_image_to_video_vidu_job_request_audio_type,
)
from ..models.submit_image_to_video_vidu_job_request_model import (
    SubmitImageToVideoViduJobRequestModel,
    check_submit_image_to_video_vidu_job_request_model,
)
from ..models.submit_image_to_video_vidu_job_request_movement_amplitude import (
    SubmitImageToVideoViduJobRequestMovementAmplitude,
    check_submit_image_to_video_vidu_job_request_movement_amplitude,
)
from ..models.submit_image_to_video_vidu_job_request_resolution import (
    SubmitImageToVideoViduJobRequestResolution,
    check_submit_image_to_video_vidu_job_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitImageToVideoViduJobRequest")


@_attrs_define
class SubmitImageToVideoViduJobRequest:
    """Input of SubmitImageToVideoViduJob.

    Attributes:
        images (list[str]): One image (the first frame) or two (first and last frames), as URLs or Base64: png, jpeg,
            jpg or webp, at most 50 MB, aspect ratio within 1:4 to 4:1.
        model (SubmitImageToVideoViduJobRequestModel | Unset): Vidu model: viduq2-pro, viduq2-turbo (the default),
            viduq3-turbo or viduq3-pro.
        prompt (str | Unset): What the video should show; at most 2000 characters; ignored when IsRec is true.
        is_rec (bool | Unset): Let the service write the prompt (costs one credit more); Prompt is then ignored.
        audio (bool | Unset): Whether to generate sound (dialogue and effects) with the video; true by default for
            q3-pro and q3-turbo.
        voice_id (str | Unset): ID of the voice when Audio is true; the service picks one when empty.
        duration (int | Unset): Length of the video in seconds (default 5): 1-16 for the q3 models, 1-10 for q2 (1-8
            with first and last frames).
        resolution (SubmitImageToVideoViduJobRequestResolution | Unset): Resolution of the video: 540p, 720p (the
            default) or 1080p, depending on model and length.
        movement_amplitude (SubmitImageToVideoViduJobRequestMovementAmplitude | Unset): How much things move: auto (the
            default), small, medium or large; ignored by the q2 and q3 models.
        bgm (bool | Unset): Whether to add background music chosen by the service.
        audio_type (SubmitImageToVideoViduJobRequestAudioType | Unset): Which sound to generate when Audio is true: all
            (the default), speech_only or sound_effect_only.
        meta_data (str | Unset): Metadata label as a JSON string, passed through to the output.
        callback_url (str | Unset): URL the service POSTs to when the job ends (success or failed), with the body of the
            Describe reply; sent up to three times when delivery fails.
        payload (str | Unset): Data passed through unchanged and returned by the Describe action; at most 1048576
            characters.
        off_peak (bool | Unset): Off-peak generation: cheaper, finished within 48 hours or cancelled with its credits
            returned (default false).
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    images: list[str]
    model: SubmitImageToVideoViduJobRequestModel | Unset = UNSET
    prompt: str | Unset = UNSET
    is_rec: bool | Unset = UNSET
    audio: bool | Unset = UNSET
    voice_id: str | Unset = UNSET
    duration: int | Unset = UNSET
    resolution: SubmitImageToVideoViduJobRequestResolution | Unset = UNSET
    movement_amplitude: SubmitImageToVideoViduJobRequestMovementAmplitude | Unset = UNSET
    bgm: bool | Unset = UNSET
    audio_type: SubmitImageToVideoViduJobRequestAudioType | Unset = UNSET
    meta_data: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    payload: str | Unset = UNSET
    off_peak: bool | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        images = self.images

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        prompt = self.prompt

        is_rec = self.is_rec

        audio = self.audio

        voice_id = self.voice_id

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        bgm = self.bgm

        audio_type: str | Unset = UNSET
        if not isinstance(self.audio_type, Unset):
            audio_type = self.audio_type

        meta_data = self.meta_data

        callback_url = self.callback_url

        payload = self.payload

        off_peak = self.off_peak

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Images": images,
            }
        )
        if model is not UNSET:
            field_dict["Model"] = model
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if is_rec is not UNSET:
            field_dict["IsRec"] = is_rec
        if audio is not UNSET:
            field_dict["Audio"] = audio
        if voice_id is not UNSET:
            field_dict["VoiceId"] = voice_id
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if movement_amplitude is not UNSET:
            field_dict["MovementAmplitude"] = movement_amplitude
        if bgm is not UNSET:
            field_dict["Bgm"] = bgm
        if audio_type is not UNSET:
            field_dict["AudioType"] = audio_type
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if payload is not UNSET:
            field_dict["Payload"] = payload
        if off_peak is not UNSET:
            field_dict["OffPeak"] = off_peak
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.logo_param import LogoParam  # noqa: PLC0415

        d = dict(src_dict)
        images = cast(list[str], d.pop("Images"))

        _model = d.pop("Model", UNSET)
        model: SubmitImageToVideoViduJobRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_submit_image_to_video_vidu_job_request_model(_model)

        prompt = d.pop("Prompt", UNSET)

        is_rec = d.pop("IsRec", UNSET)

        audio = d.pop("Audio", UNSET)

        voice_id = d.pop("VoiceId", UNSET)

        duration = d.pop("Duration", UNSET)

        _resolution = d.pop("Resolution", UNSET)
        resolution: SubmitImageToVideoViduJobRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_submit_image_to_video_vidu_job_request_resolution(_resolution)

        _movement_amplitude = d.pop("MovementAmplitude", UNSET)
        movement_amplitude: SubmitImageToVideoViduJobRequestMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_submit_image_to_video_vidu_job_request_movement_amplitude(_movement_amplitude)

        bgm = d.pop("Bgm", UNSET)

        _audio_type = d.pop("AudioType", UNSET)
        audio_type: SubmitImageToVideoViduJobRequestAudioType | Unset
        if isinstance(_audio_type, Unset):
            audio_type = UNSET
        else:
            audio_type = check_submit_image_to_video_vidu_job_request_audio_type(_audio_type)

        meta_data = d.pop("MetaData", UNSET)

        callback_url = d.pop("CallbackUrl", UNSET)

        payload = d.pop("Payload", UNSET)

        off_peak = d.pop("OffPeak", UNSET)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_image_to_video_vidu_job_request = cls(
            images=images,
            model=model,
            prompt=prompt,
            is_rec=is_rec,
            audio=audio,
            voice_id=voice_id,
            duration=duration,
            resolution=resolution,
            movement_amplitude=movement_amplitude,
            bgm=bgm,
            audio_type=audio_type,
            meta_data=meta_data,
            callback_url=callback_url,
            payload=payload,
            off_peak=off_peak,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_image_to_video_vidu_job_request
