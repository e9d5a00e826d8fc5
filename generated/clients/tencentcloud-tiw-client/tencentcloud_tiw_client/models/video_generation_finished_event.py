from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_generation_finished_event_data import VideoGenerationFinishedEventData


T = TypeVar("T", bound="VideoGenerationFinishedEvent")


@_attrs_define
class VideoGenerationFinishedEvent:
    """Body of the VideoGenerationFinished event (assumed, see x-videoapi-assumption).

    Attributes:
        sdk_app_id (int): SdkAppId of the whiteboard application.
        timestamp (int): When the event happened, UNIX time in seconds.
        event_type (Literal['VideoGenerationFinished']): Always VideoGenerationFinished.
        event_data (VideoGenerationFinishedEventData): A finished video generation task, with the fields
            DescribeVideoGenerationTask
            returns for it (assumed).
        expire_time (int | Unset): Only with a callback key - after this moment (UNIX time in seconds) the signature
            must be refused.
        sign (str | Unset): Only with a callback key - lower-case hex MD5 of the key followed by the decimal ExpireTime.
    """

    sdk_app_id: int
    timestamp: int
    event_type: Literal["VideoGenerationFinished"]
    event_data: VideoGenerationFinishedEventData
    expire_time: int | Unset = UNSET
    sign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sdk_app_id = self.sdk_app_id

        timestamp = self.timestamp

        event_type = self.event_type

        event_data = self.event_data.to_dict()

        expire_time = self.expire_time

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SdkAppId": sdk_app_id,
                "Timestamp": timestamp,
                "EventType": event_type,
                "EventData": event_data,
            }
        )
        if expire_time is not UNSET:
            field_dict["ExpireTime"] = expire_time
        if sign is not UNSET:
            field_dict["Sign"] = sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_generation_finished_event_data import VideoGenerationFinishedEventData  # noqa: PLC0415

        d = dict(src_dict)
        sdk_app_id = d.pop("SdkAppId")

        timestamp = d.pop("Timestamp")

        event_type = cast(Literal["VideoGenerationFinished"], d.pop("EventType"))
        if event_type != "VideoGenerationFinished":
            raise ValueError(f"EventType must match const 'VideoGenerationFinished', got '{event_type}'")

        event_data = VideoGenerationFinishedEventData.from_dict(d.pop("EventData"))

        expire_time = d.pop("ExpireTime", UNSET)

        sign = d.pop("Sign", UNSET)

        video_generation_finished_event = cls(
            sdk_app_id=sdk_app_id,
            timestamp=timestamp,
            event_type=event_type,
            event_data=event_data,
            expire_time=expire_time,
            sign=sign,
        )

        video_generation_finished_event.additional_properties = d
        return video_generation_finished_event

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
