from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.digital_human_video_job_type import DigitalHumanVideoJobType, check_digital_human_video_job_type
from ..models.digital_human_video_state import DigitalHumanVideoState, check_digital_human_video_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_error import JobError
    from ..models.output_asset_info import OutputAssetInfo


T = TypeVar("T", bound="DigitalHumanVideo")


@_attrs_define
class DigitalHumanVideo:
    """A digital human video production job.

    Attributes:
        job_id (str): ID of the job.
        state (DigitalHumanVideoState | str): State of the job: WAITING, PROCESSING, SUCCEED, FAILED, CANCELED, or BLOCK
            (frozen).
        job_type (DigitalHumanVideoJobType | str | Unset): 2D_DIGITAL_HUMAN_VIDEO (avatar video) or
            DIGITAL_HUMAN_PHOTO_VIDEO
            (photo video). Note that the list filter names the photo type
            PHOTO_DIGITAL_HUMAN_VIDEO.
        start_time (datetime.datetime | Unset): When production of the video started (UTC).
        end_time (datetime.datetime | Unset): When production of the video ended (UTC).
        duration (float | Unset): Length of the produced video, in seconds.
        output_asset_config (OutputAssetInfo | Unset): The video asset a job produced.
        error_info (JobError | None | Unset): Why the job failed; null when it did not.
        create_time (datetime.datetime | Unset): When the job was created (UTC).
        lastupdate_time (datetime.datetime | Unset): When the job was last updated (UTC).
    """

    job_id: str
    state: DigitalHumanVideoState | str
    job_type: DigitalHumanVideoJobType | str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    duration: float | Unset = UNSET
    output_asset_config: OutputAssetInfo | Unset = UNSET
    error_info: JobError | None | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    lastupdate_time: datetime.datetime | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_error import JobError  # noqa: PLC0415
        from ..models.output_asset_info import OutputAssetInfo  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        def _parse_state(data: object) -> DigitalHumanVideoState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_state = check_digital_human_video_state(data)

                return state_state
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DigitalHumanVideoState | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_job_type(data: object) -> DigitalHumanVideoJobType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_type_job_type = check_digital_human_video_job_type(data)

                return job_type_job_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DigitalHumanVideoJobType | str | Unset, data)

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

        digital_human_video = cls(
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
        )

        digital_human_video.additional_properties = d
        return digital_human_video

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
