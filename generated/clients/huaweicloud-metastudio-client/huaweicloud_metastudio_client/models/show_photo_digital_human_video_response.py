from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_photo_digital_human_video_response_job_type import (
    ShowPhotoDigitalHumanVideoResponseJobType,
    check_show_photo_digital_human_video_response_job_type,
)
from ..models.show_photo_digital_human_video_response_state import (
    ShowPhotoDigitalHumanVideoResponseState,
    check_show_photo_digital_human_video_response_state,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_error import JobError
    from ..models.output_asset_info import OutputAssetInfo
    from ..models.photo_video_config_output import PhotoVideoConfigOutput
    from ..models.shoot_script_item_output import ShootScriptItemOutput
    from ..models.voice_config_output import VoiceConfigOutput


T = TypeVar("T", bound="ShowPhotoDigitalHumanVideoResponse")


@_attrs_define
class ShowPhotoDigitalHumanVideoResponse:
    """A photo digital human video production job in detail.

    Attributes:
        job_id (str): ID of the job.
        state (ShowPhotoDigitalHumanVideoResponseState | str): State of the job: WAITING, PROCESSING, SUCCEED, FAILED,
            CANCELED, or BLOCK (frozen).
        job_type (ShowPhotoDigitalHumanVideoResponseJobType | str | Unset): 2D_DIGITAL_HUMAN_VIDEO (avatar video) or
            DIGITAL_HUMAN_PHOTO_VIDEO (photo video).
        start_time (datetime.datetime | Unset): When production of the video started (UTC).
        end_time (datetime.datetime | Unset): When production of the video ended (UTC).
        duration (float | Unset): Length of the produced video, in seconds.
        output_asset_config (OutputAssetInfo | Unset): The video asset a job produced.
        error_info (JobError | None | Unset): Why the job failed; null when it did not.
        create_time (datetime.datetime | Unset): When the job was created (UTC).
        lastupdate_time (datetime.datetime | Unset): When the job was last updated (UTC).
        script_id (str | Unset): ID of the script the job was made from.
        human_image (str | Unset): Photo of the person, Base64-encoded (with show_script=true).
        voice_config (VoiceConfigOutput | Unset): Voice of the digital human, as a job reports it.
        video_config (PhotoVideoConfigOutput | Unset): Output settings of a photo digital human video, as a job reports
            it.
        shoot_scripts (list[ShootScriptItemOutput] | Unset): The scene of the video (with show_script=true).
    """

    job_id: str
    state: ShowPhotoDigitalHumanVideoResponseState | str
    job_type: ShowPhotoDigitalHumanVideoResponseJobType | str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    duration: float | Unset = UNSET
    output_asset_config: OutputAssetInfo | Unset = UNSET
    error_info: JobError | None | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    lastupdate_time: datetime.datetime | Unset = UNSET
    script_id: str | Unset = UNSET
    human_image: str | Unset = UNSET
    voice_config: VoiceConfigOutput | Unset = UNSET
    video_config: PhotoVideoConfigOutput | Unset = UNSET
    shoot_scripts: list[ShootScriptItemOutput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_error import JobError  # noqa: PLC0415

        job_id = self.job_id

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        job_type: str | Unset
        if isinstance(self.job_type, Unset):
            job_type = UNSET
        elif isinstance(self.job_type, str):
            job_type = self.job_type
        else:
            job_type = self.job_type

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        duration = self.duration

        output_asset_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_asset_config, Unset):
            output_asset_config = self.output_asset_config.to_dict()

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, JobError):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        lastupdate_time: str | Unset = UNSET
        if not isinstance(self.lastupdate_time, Unset):
            lastupdate_time = self.lastupdate_time.isoformat()

        script_id = self.script_id

        human_image = self.human_image

        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        shoot_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shoot_scripts, Unset):
            shoot_scripts = []
            for shoot_scripts_item_data in self.shoot_scripts:
                shoot_scripts_item = shoot_scripts_item_data.to_dict()
                shoot_scripts.append(shoot_scripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "state": state,
            }
        )
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if output_asset_config is not UNSET:
            field_dict["output_asset_config"] = output_asset_config
        if error_info is not UNSET:
            field_dict["error_info"] = error_info
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if human_image is not UNSET:
            field_dict["human_image"] = human_image
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if shoot_scripts is not UNSET:
            field_dict["shoot_scripts"] = shoot_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_error import JobError  # noqa: PLC0415
        from ..models.output_asset_info import OutputAssetInfo  # noqa: PLC0415
        from ..models.photo_video_config_output import PhotoVideoConfigOutput  # noqa: PLC0415
        from ..models.shoot_script_item_output import ShootScriptItemOutput  # noqa: PLC0415
        from ..models.voice_config_output import VoiceConfigOutput  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        def _parse_state(data: object) -> ShowPhotoDigitalHumanVideoResponseState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_state = check_show_photo_digital_human_video_response_state(data)

                return state_state
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShowPhotoDigitalHumanVideoResponseState | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_job_type(data: object) -> ShowPhotoDigitalHumanVideoResponseJobType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_type_job_type = check_show_photo_digital_human_video_response_job_type(data)

                return job_type_job_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShowPhotoDigitalHumanVideoResponseJobType | str | Unset, data)

        job_type = _parse_job_type(d.pop("job_type", UNSET))

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        duration = d.pop("duration", UNSET)

        _output_asset_config = d.pop("output_asset_config", UNSET)
        output_asset_config: OutputAssetInfo | Unset
        if isinstance(_output_asset_config, Unset):
            output_asset_config = UNSET
        else:
            output_asset_config = OutputAssetInfo.from_dict(_output_asset_config)

        def _parse_error_info(data: object) -> JobError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_info_type_0 = JobError.from_dict(data)

                return error_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobError | None | Unset, data)

        error_info = _parse_error_info(d.pop("error_info", UNSET))

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _lastupdate_time = d.pop("lastupdate_time", UNSET)
        lastupdate_time: datetime.datetime | Unset
        if isinstance(_lastupdate_time, Unset):
            lastupdate_time = UNSET
        else:
            lastupdate_time = datetime.datetime.fromisoformat(_lastupdate_time)

        script_id = d.pop("script_id", UNSET)

        human_image = d.pop("human_image", UNSET)

        _voice_config = d.pop("voice_config", UNSET)
        voice_config: VoiceConfigOutput | Unset
        if isinstance(_voice_config, Unset):
            voice_config = UNSET
        else:
            voice_config = VoiceConfigOutput.from_dict(_voice_config)

        _video_config = d.pop("video_config", UNSET)
        video_config: PhotoVideoConfigOutput | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = PhotoVideoConfigOutput.from_dict(_video_config)

        _shoot_scripts = d.pop("shoot_scripts", UNSET)
        shoot_scripts: list[ShootScriptItemOutput] | Unset = UNSET
        if _shoot_scripts is not UNSET:
            shoot_scripts = []
            for shoot_scripts_item_data in _shoot_scripts:
                shoot_scripts_item = ShootScriptItemOutput.from_dict(shoot_scripts_item_data)

                shoot_scripts.append(shoot_scripts_item)

        show_photo_digital_human_video_response = cls(
            job_id=job_id,
            state=state,
            job_type=job_type,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            output_asset_config=output_asset_config,
            error_info=error_info,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
            script_id=script_id,
            human_image=human_image,
            voice_config=voice_config,
            video_config=video_config,
            shoot_scripts=shoot_scripts,
        )

        show_photo_digital_human_video_response.additional_properties = d
        return show_photo_digital_human_video_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
