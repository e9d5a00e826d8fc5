from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.submit_reference_to_video_vidu_job_request_aspect_ratio import (
    SubmitReferenceToVideoViduJobRequestAspectRatio,
    check_submit_reference_to_video_vidu_job_request_aspect_ratio,
)
from ..models.submit_reference_to_video_vidu_job_request_audio_type import (
    SubmitReferenceToVideoViduJobRequestAudioType,
    check_submit_reference_to_video_vidu_job_request_audio_type,
)
from ..models.submit_reference_to_video_vidu_job_request_model import (
    SubmitReferenceToVideoViduJobRequestModel,
    check_submit_reference_to_video_vidu_job_request_model,
)
from ..models.submit_reference_to_video_vidu_job_request_movement_amplitude import (
    SubmitReferenceToVideoViduJobRequestMovementAmplitude,
    check_submit_reference_to_video_vidu_job_request_movement_amplitude,
)
from ..models.submit_reference_to_video_vidu_job_request_resolution import (
    SubmitReferenceToVideoViduJobRequestResolution,
    check_submit_reference_to_video_vidu_job_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logo_param import LogoParam
    from ..models.reference_subject import ReferenceSubject


T = TypeVar("T", bound="SubmitReferenceToVideoViduJobRequest")


@_attrs_define
class SubmitReferenceToVideoViduJobRequest:
    """Input of SubmitReferenceToVideoViduJob.

    Attributes:
        prompt (str): What the video should show; at most 2000 characters; subjects are referred to as @ID.
        images (list[str] | Unset): Reference images (1 to 7), as URLs or Base64: png, jpeg, jpg or webp, at least
            128x128 px, at most 50 MB; instead of Subjects.
        subjects (list[ReferenceSubject] | Unset): Subjects to keep consistent (1 to 7, with 1 to 7 images in all);
            instead of Images.
        videos (list[str] | Unset): Reference videos (one of 8 s or two of 5 s; viduq2-pro only): mp4, avi or mov, at
            most 100 MB.
        model (SubmitReferenceToVideoViduJobRequestModel | Unset): Vidu model: viduq2, the only one and the default.
        audio (bool | Unset): Whether to generate sound with the video (default false); only with Subjects.
        audio_type (SubmitReferenceToVideoViduJobRequestAudioType | Unset): Which sound to generate when Audio is true:
            all (the default), speech_only or sound_effect_only.
        bgm (bool | Unset): Whether to add background music chosen by the service (default false); only without
            Subjects.
        duration (int | Unset): Length of the video in seconds, 1 to 10 (default 5).
        aspect_ratio (SubmitReferenceToVideoViduJobRequestAspectRatio | Unset): Aspect ratio of the video (default
            16:9): 16:9, 9:16, 4:3, 3:4 or 1:1 with Images, 16:9, 9:16 or 1:1 with Subjects.
        resolution (SubmitReferenceToVideoViduJobRequestResolution | Unset): Resolution of the video: 540p, 720p (the
            default) or 1080p.
        movement_amplitude (SubmitReferenceToVideoViduJobRequestMovementAmplitude | Unset): How much things move: auto
            (the default), small, medium or large; ignored by the q2 and q3 models.
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
    images: list[str] | Unset = UNSET
    subjects: list[ReferenceSubject] | Unset = UNSET
    videos: list[str] | Unset = UNSET
    model: SubmitReferenceToVideoViduJobRequestModel | Unset = UNSET
    audio: bool | Unset = UNSET
    audio_type: SubmitReferenceToVideoViduJobRequestAudioType | Unset = UNSET
    bgm: bool | Unset = UNSET
    duration: int | Unset = UNSET
    aspect_ratio: SubmitReferenceToVideoViduJobRequestAspectRatio | Unset = UNSET
    resolution: SubmitReferenceToVideoViduJobRequestResolution | Unset = UNSET
    movement_amplitude: SubmitReferenceToVideoViduJobRequestMovementAmplitude | Unset = UNSET
    meta_data: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    payload: str | Unset = UNSET
    off_peak: bool | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        videos: list[str] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = self.videos

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        audio = self.audio

        audio_type: str | Unset = UNSET
        if not isinstance(self.audio_type, Unset):
            audio_type = self.audio_type

        bgm = self.bgm

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

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
        if images is not UNSET:
            field_dict["Images"] = images
        if subjects is not UNSET:
            field_dict["Subjects"] = subjects
        if videos is not UNSET:
            field_dict["Videos"] = videos
        if model is not UNSET:
            field_dict["Model"] = model
        if audio is not UNSET:
            field_dict["Audio"] = audio
        if audio_type is not UNSET:
            field_dict["AudioType"] = audio_type
        if bgm is not UNSET:
            field_dict["Bgm"] = bgm
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["AspectRatio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if movement_amplitude is not UNSET:
            field_dict["MovementAmplitude"] = movement_amplitude
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
        from ..models.reference_subject import ReferenceSubject  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("Prompt")

        images = cast(list[str], d.pop("Images", UNSET))

        _subjects = d.pop("Subjects", UNSET)
        subjects: list[ReferenceSubject] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = ReferenceSubject.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        videos = cast(list[str], d.pop("Videos", UNSET))

        _model = d.pop("Model", UNSET)
        model: SubmitReferenceToVideoViduJobRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_submit_reference_to_video_vidu_job_request_model(_model)

        audio = d.pop("Audio", UNSET)

        _audio_type = d.pop("AudioType", UNSET)
        audio_type: SubmitReferenceToVideoViduJobRequestAudioType | Unset
        if isinstance(_audio_type, Unset):
            audio_type = UNSET
        else:
            audio_type = check_submit_reference_to_video_vidu_job_request_audio_type(_audio_type)

        bgm = d.pop("Bgm", UNSET)

        duration = d.pop("Duration", UNSET)

        _aspect_ratio = d.pop("AspectRatio", UNSET)
        aspect_ratio: SubmitReferenceToVideoViduJobRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_submit_reference_to_video_vidu_job_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("Resolution", UNSET)
        resolution: SubmitReferenceToVideoViduJobRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_submit_reference_to_video_vidu_job_request_resolution(_resolution)

        _movement_amplitude = d.pop("MovementAmplitude", UNSET)
        movement_amplitude: SubmitReferenceToVideoViduJobRequestMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_submit_reference_to_video_vidu_job_request_movement_amplitude(
                _movement_amplitude
            )

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

        submit_reference_to_video_vidu_job_request = cls(
            prompt=prompt,
            images=images,
            subjects=subjects,
            videos=videos,
            model=model,
            audio=audio,
            audio_type=audio_type,
            bgm=bgm,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            movement_amplitude=movement_amplitude,
            meta_data=meta_data,
            callback_url=callback_url,
            payload=payload,
            off_peak=off_peak,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_reference_to_video_vidu_job_request
