from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.mix_stream_model_id import MixStreamModelId, check_mix_stream_model_id
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_layout import CustomLayout


T = TypeVar("T", bound="MixStream")


@_attrs_define
class MixStream:
    """Mixing of the recorded streams into one picture.

    Attributes:
        enabled (bool): Whether to produce a mixed stream.
        disable_audio (bool | Unset): Whether to leave audio out of the mix.
        model_id (MixStreamModelId | Unset): Built-in layout template. Required when Custom is absent; ignored when it
            is present.
        teacher_id (str | Unset): User shown in the first small picture of the built-in template; only used with
            ModelId.
        custom (CustomLayout | Unset): A custom mixing layout.
    """

    enabled: bool
    disable_audio: bool | Unset = UNSET
    model_id: MixStreamModelId | Unset = UNSET
    teacher_id: str | Unset = UNSET
    custom: CustomLayout | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        disable_audio = self.disable_audio

        model_id: int | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        teacher_id = self.teacher_id

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Enabled": enabled,
            }
        )
        if disable_audio is not UNSET:
            field_dict["DisableAudio"] = disable_audio
        if model_id is not UNSET:
            field_dict["ModelId"] = model_id
        if teacher_id is not UNSET:
            field_dict["TeacherId"] = teacher_id
        if custom is not UNSET:
            field_dict["Custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_layout import CustomLayout  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("Enabled")

        disable_audio = d.pop("DisableAudio", UNSET)

        _model_id = d.pop("ModelId", UNSET)
        model_id: MixStreamModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_mix_stream_model_id(_model_id)

        teacher_id = d.pop("TeacherId", UNSET)

        _custom = d.pop("Custom", UNSET)
        custom: CustomLayout | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = CustomLayout.from_dict(_custom)

        mix_stream = cls(
            enabled=enabled,
            disable_audio=disable_audio,
            model_id=model_id,
            teacher_id=teacher_id,
            custom=custom,
        )

        return mix_stream
