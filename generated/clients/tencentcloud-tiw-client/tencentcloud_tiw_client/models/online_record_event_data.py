from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnlineRecordEventData")


@_attrs_define
class OnlineRecordEventData:
    """The recording task an OnlineRecordStarted or OnlineRecordStopped event is about.

    Attributes:
        task_id (str): ID of the recording task.
        room_id (int): Room that is recorded.
        record_user_id (str): User ID the recorder joined the room as.
    """

    task_id: str
    room_id: int
    record_user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        room_id = self.room_id

        record_user_id = self.record_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TaskId": task_id,
                "RoomId": room_id,
                "RecordUserId": record_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("TaskId")

        room_id = d.pop("RoomId")

        record_user_id = d.pop("RecordUserId")

        online_record_event_data = cls(
            task_id=task_id,
            room_id=room_id,
            record_user_id=record_user_id,
        )

        online_record_event_data.additional_properties = d
        return online_record_event_data

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
