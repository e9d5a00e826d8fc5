from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_text_to_video_vidu_job_request_aspect_ratio import (
    SubmitTextToVideoViduJobRequestAspectRatio,
    check_submit_text_to_video_vidu_job_request_aspect_ratio,
)
from ..models.submit_text_to_video_vidu_job_request_model import (
    SubmitTextToVideoViduJobRequestModel,
    check_submit_text_to_video_vidu_job_request_model,
)
from ..models.submit_text_to_video_vidu_job_request_movement_amplitude import (
    SubmitTextToVideoViduJobRequestMovementAmplitude,
    check_submit_text_to_video_vidu_job_request_movement_amplitude,
)
from ..models.submit_text_to_video_vidu_job_request_resolution import (
    SubmitTextToVideoViduJobRequestResolution,
    check_submit_text_to_video_vidu_job_request_resolution,
)
from ..models.submit_text_to_video_vidu_job_request_style import (
    SubmitTextToVideoViduJobRequestStyle,
    check_submit_text_to_video_vidu_job_request_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitTextToVideoViduJobRequest")


@_attrs_define
class SubmitTextToVideoViduJobRequest:
    """Input of SubmitTextToVideoViduJob.

    Attributes:
        prompt (str): What the video should show; at most 2000 characters.
        model (SubmitTextToVideoViduJobRequestModel | Unset): Vidu model: viduq2 (the default), viduq3-turbo or
            viduq3-pro.
        duration (int | Unset): Length of the video in seconds (default 5): 1-16 for the q3 models, 1-10 for q2.
        bgm (bool | Unset): Whether to add background music chosen by the service (default false); ignored by the q3
            models.
        aspect_ratio (SubmitTextToVideoViduJobRequestAspectRatio | Unset): Aspect ratio of the video: 16:9 (the
            default), 9:16, 4:3, 3:4 or 1:1.
        resolution (SubmitTextToVideoViduJobRequestResolution | Unset): Resolution of the video: 540p, 720p (the
            default) or 1080p.
        style (SubmitTextToVideoViduJobRequestStyle | Unset): Style: general (the default; steered by the prompt) or
            anime; ignored by the q2 and q3 models.
        movement_amplitude (SubmitTextToVideoViduJobRequestMovementAmplitude | Unset): How much things move: auto (the
            default), small, medium or large; ignored by the q2 and q3 models.
        audio (bool | Unset): Whether to generate sound (dialogue and effects) with the video (default true); q3 models
            only.
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

    prompt: str
    model: SubmitTextToVideoViduJobRequestModel | Unset = UNSET
    duration: int | Unset = UNSET
    bgm: bool | Unset = UNSET
    aspect_ratio: SubmitTextToVideoViduJobRequestAspectRatio | Unset = UNSET
    resolution: SubmitTextToVideoViduJobRequestResolution | Unset = UNSET
    style: SubmitTextToVideoViduJobRequestStyle | Unset = UNSET
    movement_amplitude: SubmitTextToVideoViduJobRequestMovementAmplitude | Unset = UNSET
    audio: bool | Unset = UNSET
    meta_data: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    payload: str | Unset = UNSET
    off_peak: bool | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        duration = self.duration

        bgm = self.bgm

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        audio = self.audio

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
                "Prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["Model"] = model
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if bgm is not UNSET:
            field_dict["Bgm"] = bgm
        if aspect_ratio is not UNSET:
            field_dict["AspectRatio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if style is not UNSET:
            field_dict["Style"] = style
        if movement_amplitude is not UNSET:
            field_dict["MovementAmplitude"] = movement_amplitude
        if audio is not UNSET:
            field_dict["Audio"] = audio
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
        prompt = d.pop("Prompt")

        _model = d.pop("Model", UNSET)
        model: SubmitTextToVideoViduJobRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_submit_text_to_video_vidu_job_request_model(_model)

        duration = d.pop("Duration", UNSET)

        bgm = d.pop("Bgm", UNSET)

        _aspect_ratio = d.pop("AspectRatio", UNSET)
        aspect_ratio: SubmitTextToVideoViduJobRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_submit_text_to_video_vidu_job_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("Resolution", UNSET)
        resolution: SubmitTextToVideoViduJobRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_submit_text_to_video_vidu_job_request_resolution(_resolution)

        _style = d.pop("Style", UNSET)
        style: SubmitTextToVideoViduJobRequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_submit_text_to_video_vidu_job_request_style(_style)

        _movement_amplitude = d.pop("MovementAmplitude", UNSET)
        movement_amplitude: SubmitTextToVideoViduJobRequestMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_submit_text_to_video_vidu_job_request_movement_amplitude(_movement_amplitude)

        audio = d.pop("Audio", UNSET)

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

        submit_text_to_video_vidu_job_request = cls(
            prompt=prompt,
            model=model,
            duration=duration,
            bgm=bgm,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            style=style,
            movement_amplitude=movement_amplitude,
            audio=audio,
            meta_data=meta_data,
            callback_url=callback_url,
            payload=payload,
            off_peak=off_peak,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_text_to_video_vidu_job_request
