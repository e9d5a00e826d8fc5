from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_human_actor_job_request_frame_rate import (
    SubmitHumanActorJobRequestFrameRate,
    check_submit_human_actor_job_request_frame_rate,
)
from ..models.submit_human_actor_job_request_resolution import (
    SubmitHumanActorJobRequestResolution,
    check_submit_human_actor_job_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitHumanActorJobRequest")


@_attrs_define
class SubmitHumanActorJobRequest:
    """Input of SubmitHumanActorJob.

    Attributes:
        prompt (str): What the person does, at most 5000 characters; #N# starts a part that applies from second N.
        audio_url (str): URL of the speech: mp3 or wav, 2 to 60 seconds, at most 10 MB.
        image_url (str | Unset): URL of the image: jpg, jpeg, png, bmp or webp, 192-4096 px, at most 10 MB, aspect ratio
            1:4 to 4:1, with a clear face; this wins over ImageBase64.
        image_base_64 (str | Unset): The image, Base64-encoded (the request at most 10 MB); this or ImageUrl must be
            given.
        resolution (SubmitHumanActorJobRequestResolution | Unset): Resolution of the video: 720p or 1080p (the default).
        frame_rate (SubmitHumanActorJobRequestFrameRate | Unset): Frame rate of the video in fps: 25 or 50 (the
            default).
        logo_add (int | Unset): Whether to mark the video as AI-generated: 1 (the default) adds the mark, 0 leaves it
            out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    prompt: str
    audio_url: str
    image_url: str | Unset = UNSET
    image_base_64: str | Unset = UNSET
    resolution: SubmitHumanActorJobRequestResolution | Unset = UNSET
    frame_rate: SubmitHumanActorJobRequestFrameRate | Unset = UNSET
    logo_add: int | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_url = self.audio_url

        image_url = self.image_url

        image_base_64 = self.image_base_64

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        frame_rate: int | Unset = UNSET
        if not isinstance(self.frame_rate, Unset):
            frame_rate = self.frame_rate

        logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Prompt": prompt,
                "AudioUrl": audio_url,
            }
        )
        if image_url is not UNSET:
            field_dict["ImageUrl"] = image_url
        if image_base_64 is not UNSET:
            field_dict["ImageBase64"] = image_base_64
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if frame_rate is not UNSET:
            field_dict["FrameRate"] = frame_rate
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

        audio_url = d.pop("AudioUrl")

        image_url = d.pop("ImageUrl", UNSET)

        image_base_64 = d.pop("ImageBase64", UNSET)

        _resolution = d.pop("Resolution", UNSET)
        resolution: SubmitHumanActorJobRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_submit_human_actor_job_request_resolution(_resolution)

        _frame_rate = d.pop("FrameRate", UNSET)
        frame_rate: SubmitHumanActorJobRequestFrameRate | Unset
        if isinstance(_frame_rate, Unset):
            frame_rate = UNSET
        else:
            frame_rate = check_submit_human_actor_job_request_frame_rate(_frame_rate)

        logo_add = d.pop("LogoAdd", UNSET)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_human_actor_job_request = cls(
            prompt=prompt,
            audio_url=audio_url,
            image_url=image_url,
            image_base_64=image_base_64,
            resolution=resolution,
            frame_rate=frame_rate,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_human_actor_job_request
