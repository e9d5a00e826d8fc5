from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.shoot_script_script_type import ShootScriptScriptType, check_shoot_script_script_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_drive_action_config import AudioDriveActionConfig
    from ..models.audio_info import AudioInfo
    from ..models.background_config_info import BackgroundConfigInfo
    from ..models.layer_config import LayerConfig
    from ..models.text_config import TextConfig


T = TypeVar("T", bound="ShootScript")


@_attrs_define
class ShootScript:
    """How a scene drives the digital human, and its background and layers.

    Attributes:
        script_type (ShootScriptScriptType | Unset): What drives the scene: TEXT (speech synthesised from text_config)
            or AUDIO (an audio file).
        text_config (TextConfig | Unset): The lines a scene speaks.
        audio_duration (float | Unset): Length of the driving audio, in seconds (AUDIO scenes).
        audio_drive_action_config (list[AudioDriveActionConfig] | Unset): Actions inserted while the audio plays (AUDIO
            scenes).
        audio_drive_file_external_url (str | Unset): External download URL of the driving audio (2D avatar videos only;
            the file must be in Huawei Cloud OBS; needs allow-listing).
        background_config (list[BackgroundConfigInfo] | Unset): Backgrounds of the scene.
        layer_config (list[LayerConfig] | Unset): Layers of the scene; needed with VP8 when the model's and the video's
            resolutions differ.
        audio_config (AudioInfo | Unset): The audio of an audio-driven scene.
    """

    script_type: ShootScriptScriptType | Unset = UNSET
    text_config: TextConfig | Unset = UNSET
    audio_duration: float | Unset = UNSET
    audio_drive_action_config: list[AudioDriveActionConfig] | Unset = UNSET
    audio_drive_file_external_url: str | Unset = UNSET
    background_config: list[BackgroundConfigInfo] | Unset = UNSET
    layer_config: list[LayerConfig] | Unset = UNSET
    audio_config: AudioInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        script_type: str | Unset = UNSET
        if not isinstance(self.script_type, Unset):
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
        from ..models.audio_drive_action_config import AudioDriveActionConfig  # noqa: PLC0415
        from ..models.audio_info import AudioInfo  # noqa: PLC0415
        from ..models.background_config_info import BackgroundConfigInfo  # noqa: PLC0415
        from ..models.layer_config import LayerConfig  # noqa: PLC0415
        from ..models.text_config import TextConfig  # noqa: PLC0415

        d = dict(src_dict)
        _script_type = d.pop("script_type", UNSET)
        script_type: ShootScriptScriptType | Unset
        if isinstance(_script_type, Unset):
            script_type = UNSET
        else:
            script_type = check_shoot_script_script_type(_script_type)

        _text_config = d.pop("text_config", UNSET)
        text_config: TextConfig | Unset
        if isinstance(_text_config, Unset):
            text_config = UNSET
        else:
            text_config = TextConfig.from_dict(_text_config)

        audio_duration = d.pop("audio_duration", UNSET)

        _audio_drive_action_config = d.pop("audio_drive_action_config", UNSET)
        audio_drive_action_config: list[AudioDriveActionConfig] | Unset = UNSET
        if _audio_drive_action_config is not UNSET:
            audio_drive_action_config = []
            for audio_drive_action_config_item_data in _audio_drive_action_config:
                audio_drive_action_config_item = AudioDriveActionConfig.from_dict(audio_drive_action_config_item_data)

                audio_drive_action_config.append(audio_drive_action_config_item)

        audio_drive_file_external_url = d.pop("audio_drive_file_external_url", UNSET)

        _background_config = d.pop("background_config", UNSET)
        background_config: list[BackgroundConfigInfo] | Unset = UNSET
        if _background_config is not UNSET:
            background_config = []
            for background_config_item_data in _background_config:
                background_config_item = BackgroundConfigInfo.from_dict(background_config_item_data)

                background_config.append(background_config_item)

        _layer_config = d.pop("layer_config", UNSET)
        layer_config: list[LayerConfig] | Unset = UNSET
        if _layer_config is not UNSET:
            layer_config = []
            for layer_config_item_data in _layer_config:
                layer_config_item = LayerConfig.from_dict(layer_config_item_data)

                layer_config.append(layer_config_item)

        _audio_config = d.pop("audio_config", UNSET)
        audio_config: AudioInfo | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = AudioInfo.from_dict(_audio_config)

        shoot_script = cls(
            script_type=script_type,
            text_config=text_config,
            audio_duration=audio_duration,
            audio_drive_action_config=audio_drive_action_config,
            audio_drive_file_external_url=audio_drive_file_external_url,
            background_config=background_config,
            layer_config=layer_config,
            audio_config=audio_config,
        )

        return shoot_script
