from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shoot_script_output_script_type import ShootScriptOutputScriptType, check_shoot_script_output_script_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_drive_action_config_output import AudioDriveActionConfigOutput
    from ..models.audio_info_output import AudioInfoOutput
    from ..models.background_config_info_output import BackgroundConfigInfoOutput
    from ..models.layer_config_output import LayerConfigOutput
    from ..models.text_config_output import TextConfigOutput


T = TypeVar("T", bound="ShootScriptOutput")


@_attrs_define
class ShootScriptOutput:
    """How a scene drives the digital human, and its background and layers, as a job reports it.

    Attributes:
        script_type (ShootScriptOutputScriptType | str | Unset): What drives the scene: TEXT (speech synthesised from
            text_config) or AUDIO (an audio file).
        text_config (TextConfigOutput | Unset): The lines a scene speaks, as a job reports it.
        audio_duration (float | Unset): Length of the driving audio, in seconds (AUDIO scenes).
        audio_drive_action_config (list[AudioDriveActionConfigOutput] | Unset): Actions inserted while the audio plays
            (AUDIO scenes).
        audio_drive_file_external_url (str | Unset): External download URL of the driving audio (2D avatar videos only;
            the file must be in Huawei Cloud OBS; needs allow-listing).
        background_config (list[BackgroundConfigInfoOutput] | Unset): Backgrounds of the scene.
        layer_config (list[LayerConfigOutput] | Unset): Layers of the scene; needed with VP8 when the model's and the
            video's resolutions differ.
        audio_config (AudioInfoOutput | Unset): The audio of an audio-driven scene, as a job reports it.
    """

    script_type: ShootScriptOutputScriptType | str | Unset = UNSET
    text_config: TextConfigOutput | Unset = UNSET
    audio_duration: float | Unset = UNSET
    audio_drive_action_config: list[AudioDriveActionConfigOutput] | Unset = UNSET
    audio_drive_file_external_url: str | Unset = UNSET
    background_config: list[BackgroundConfigInfoOutput] | Unset = UNSET
    layer_config: list[LayerConfigOutput] | Unset = UNSET
    audio_config: AudioInfoOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_type: str | Unset
        if isinstance(self.script_type, Unset):
            script_type = UNSET
        elif isinstance(self.script_type, str):
            script_type = self.script_type
        else:
            script_type = self.script_type

        text_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_config, Unset):
            text_config = self.text_config.to_dict()

        audio_duration = self.audio_duration

        audio_drive_action_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_drive_action_config, Unset):
            audio_drive_action_config = []
            for audio_drive_action_config_item_data in self.audio_drive_action_config:
                audio_drive_action_config_item = audio_drive_action_config_item_data.to_dict()
                audio_drive_action_config.append(audio_drive_action_config_item)

        audio_drive_file_external_url = self.audio_drive_file_external_url

        background_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.background_config, Unset):
            background_config = []
            for background_config_item_data in self.background_config:
                background_config_item = background_config_item_data.to_dict()
                background_config.append(background_config_item)

        layer_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.layer_config, Unset):
            layer_config = []
            for layer_config_item_data in self.layer_config:
                layer_config_item = layer_config_item_data.to_dict()
                layer_config.append(layer_config_item)

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_type is not UNSET:
            field_dict["script_type"] = script_type
        if text_config is not UNSET:
            field_dict["text_config"] = text_config
        if audio_duration is not UNSET:
            field_dict["audio_duration"] = audio_duration
        if audio_drive_action_config is not UNSET:
            field_dict["audio_drive_action_config"] = audio_drive_action_config
        if audio_drive_file_external_url is not UNSET:
            field_dict["audio_drive_file_external_url"] = audio_drive_file_external_url
        if background_config is not UNSET:
            field_dict["background_config"] = background_config
        if layer_config is not UNSET:
            field_dict["layer_config"] = layer_config
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_drive_action_config_output import AudioDriveActionConfigOutput  # noqa: PLC0415
        from ..models.audio_info_output import AudioInfoOutput  # noqa: PLC0415
        from ..models.background_config_info_output import BackgroundConfigInfoOutput  # noqa: PLC0415
        from ..models.layer_config_output import LayerConfigOutput  # noqa: PLC0415
        from ..models.text_config_output import TextConfigOutput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_script_type(data: object) -> ShootScriptOutputScriptType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                script_type_script_type = check_shoot_script_output_script_type(data)

                return script_type_script_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShootScriptOutputScriptType | str | Unset, data)

        script_type = _parse_script_type(d.pop("script_type", UNSET))

        _text_config = d.pop("text_config", UNSET)
        text_config: TextConfigOutput | Unset
        if isinstance(_text_config, Unset):
            text_config = UNSET
        else:
            text_config = TextConfigOutput.from_dict(_text_config)

        audio_duration = d.pop("audio_duration", UNSET)

        _audio_drive_action_config = d.pop("audio_drive_action_config", UNSET)
        audio_drive_action_config: list[AudioDriveActionConfigOutput] | Unset = UNSET
        if _audio_drive_action_config is not UNSET:
            audio_drive_action_config = []
            for audio_drive_action_config_item_data in _audio_drive_action_config:
                audio_drive_action_config_item = AudioDriveActionConfigOutput.from_dict(
                    audio_drive_action_config_item_data
                )

                audio_drive_action_config.append(audio_drive_action_config_item)

        audio_drive_file_external_url = d.pop("audio_drive_file_external_url", UNSET)

        _background_config = d.pop("background_config", UNSET)
        background_config: list[BackgroundConfigInfoOutput] | Unset = UNSET
        if _background_config is not UNSET:
            background_config = []
            for background_config_item_data in _background_config:
                background_config_item = BackgroundConfigInfoOutput.from_dict(background_config_item_data)

                background_config.append(background_config_item)

        _layer_config = d.pop("layer_config", UNSET)
        layer_config: list[LayerConfigOutput] | Unset = UNSET
        if _layer_config is not UNSET:
            layer_config = []
            for layer_config_item_data in _layer_config:
                layer_config_item = LayerConfigOutput.from_dict(layer_config_item_data)

                layer_config.append(layer_config_item)

        _audio_config = d.pop("audio_config", UNSET)
        audio_config: AudioInfoOutput | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = AudioInfoOutput.from_dict(_audio_config)

        shoot_script_output = cls(
            script_type=script_type,
            text_config=text_config,
            audio_duration=audio_duration,
            audio_drive_action_config=audio_drive_action_config,
            audio_drive_file_external_url=audio_drive_file_external_url,
            background_config=background_config,
            layer_config=layer_config,
            audio_config=audio_config,
        )

        shoot_script_output.additional_properties = d
        return shoot_script_output

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
