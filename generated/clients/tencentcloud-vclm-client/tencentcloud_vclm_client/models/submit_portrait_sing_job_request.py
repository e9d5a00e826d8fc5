from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.submit_portrait_sing_job_request_logo_add import (
    SubmitPortraitSingJobRequestLogoAdd,
    check_submit_portrait_sing_job_request_logo_add,
)
from ..models.submit_portrait_sing_job_request_mode import (
    SubmitPortraitSingJobRequestMode,
    check_submit_portrait_sing_job_request_mode,
)
from ..models.submit_portrait_sing_job_request_resolution import (
    SubmitPortraitSingJobRequestResolution,
    check_submit_portrait_sing_job_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logo_param import LogoParam


T = TypeVar("T", bound="SubmitPortraitSingJobRequest")


@_attrs_define
class SubmitPortraitSingJobRequest:
    """Input of SubmitPortraitSingJob.

    Attributes:
        audio_url (str): URL of the song: mp3, wav or m4a, 2 to 60 seconds.
        image_url (str | Unset): URL of the portrait: jpg, jpeg, png, bmp or webp, 192-4096 px, at most 10 MB, aspect
            ratio 1:2 to 2:1, with a clear face.
        image_base_64 (str | Unset): The portrait, Base64-encoded (the request at most 10 MB); this or ImageUrl must be
            given, and this wins when both are.
        mode (SubmitPortraitSingJobRequestMode | Unset): Person (the default: a human portrait, a face is required;
            short side scaled to 512 px) or Pet (other faces; a 512x512 video).
        resolution (SubmitPortraitSingJobRequestResolution | Unset): Size of the video: 512:512 for a fixed 512x512
            output; by default the short side is 512 px (Person) or the original image's size (Pet).
        logo_add (SubmitPortraitSingJobRequestLogoAdd | Unset): Whether to mark the video as AI-generated: 1 (the
            default) adds the mark, 0 leaves it out; other values count as 1.
        logo_param (LogoParam | Unset): The mark put on the generated video (an image by URL or Base64) and where it
            goes.
    """

    audio_url: str
    image_url: str | Unset = UNSET
    image_base_64: str | Unset = UNSET
    mode: SubmitPortraitSingJobRequestMode | Unset = UNSET
    resolution: SubmitPortraitSingJobRequestResolution | Unset = UNSET
    logo_add: SubmitPortraitSingJobRequestLogoAdd | Unset = UNSET
    logo_param: LogoParam | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        image_url = self.image_url

        image_base_64 = self.image_base_64

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        logo_add: int | Unset = UNSET
        if not isinstance(self.logo_add, Unset):
            logo_add = self.logo_add

        logo_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_param, Unset):
            logo_param = self.logo_param.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "AudioUrl": audio_url,
            }
        )
        if image_url is not UNSET:
            field_dict["ImageUrl"] = image_url
        if image_base_64 is not UNSET:
            field_dict["ImageBase64"] = image_base_64
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if logo_add is not UNSET:
            field_dict["LogoAdd"] = logo_add
        if logo_param is not UNSET:
            field_dict["LogoParam"] = logo_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.logo_param import LogoParam  # noqa: PLC0415

        d = dict(src_dict)
        audio_url = d.pop("AudioUrl")

        image_url = d.pop("ImageUrl", UNSET)

        image_base_64 = d.pop("ImageBase64", UNSET)

        _mode = d.pop("Mode", UNSET)
        mode: SubmitPortraitSingJobRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_submit_portrait_sing_job_request_mode(_mode)

        _resolution = d.pop("Resolution", UNSET)
        resolution: SubmitPortraitSingJobRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_submit_portrait_sing_job_request_resolution(_resolution)

        _logo_add = d.pop("LogoAdd", UNSET)
        logo_add: SubmitPortraitSingJobRequestLogoAdd | Unset
        if isinstance(_logo_add, Unset):
            logo_add = UNSET
        else:
            logo_add = check_submit_portrait_sing_job_request_logo_add(_logo_add)

        _logo_param = d.pop("LogoParam", UNSET)
        logo_param: LogoParam | Unset
        if isinstance(_logo_param, Unset):
            logo_param = UNSET
        else:
            logo_param = LogoParam.from_dict(_logo_param)

        submit_portrait_sing_job_request = cls(
            audio_url=audio_url,
            image_url=image_url,
            image_base_64=image_base_64,
            mode=mode,
            resolution=resolution,
            logo_add=logo_add,
            logo_param=logo_param,
        )

        return submit_portrait_sing_job_request
