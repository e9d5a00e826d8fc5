from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_config import ActionConfig
    from ..models.background_music_config import BackgroundMusicConfig
    from ..models.call_back_config import CallBackConfig
    from ..models.output_asset_config import OutputAssetConfig
    from ..models.review_config import ReviewConfig
    from ..models.shoot_script_item import ShootScriptItem
    from ..models.video_config import VideoConfig
    from ..models.voice_config import VoiceConfig


T = TypeVar("T", bound="Create2DDigitalHumanVideoReq")


@_attrs_define
class Create2DDigitalHumanVideoReq:
    """Body of Create2DDigitalHumanVideo. With script_id, the script's settings apply to whatever the body leaves out; the
    body's own settings win.

        Attributes:
            script_id (str | Unset): ID of a video script whose settings are used.
            model_asset_id (str | Unset): ID of the 2D avatar model asset (from the asset library).
            voice_config (VoiceConfig | Unset): Voice of the digital human.
            video_config (VideoConfig | Unset): Output settings of a 2D avatar video.
            shoot_scripts (list[ShootScriptItem] | Unset): The scenes of the video.
            output_asset_config (OutputAssetConfig | Unset): The video asset the job makes.
            background_music_config (BackgroundMusicConfig | Unset): Background music.
            review_config (ReviewConfig | Unset): Content review of the job.
            callback_config (CallBackConfig | Unset): Where the service reports the job's end.
            action_config (ActionConfig | Unset): Automatic actions.
    """

    script_id: str | Unset = UNSET
    model_asset_id: str | Unset = UNSET
    voice_config: VoiceConfig | Unset = UNSET
    video_config: VideoConfig | Unset = UNSET
    shoot_scripts: list[ShootScriptItem] | Unset = UNSET
    output_asset_config: OutputAssetConfig | Unset = UNSET
    background_music_config: BackgroundMusicConfig | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    callback_config: CallBackConfig | Unset = UNSET
    action_config: ActionConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        script_id = self.script_id

        model_asset_id = self.model_asset_id

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

        output_asset_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_asset_config, Unset):
            output_asset_config = self.output_asset_config.to_dict()

        background_music_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_music_config, Unset):
            background_music_config = self.background_music_config.to_dict()

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_config, Unset):
            callback_config = self.callback_config.to_dict()

        action_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_config, Unset):
            action_config = self.action_config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if model_asset_id is not UNSET:
            field_dict["model_asset_id"] = model_asset_id
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if shoot_scripts is not UNSET:
            field_dict["shoot_scripts"] = shoot_scripts
        if output_asset_config is not UNSET:
            field_dict["output_asset_config"] = output_asset_config
        if background_music_config is not UNSET:
            field_dict["background_music_config"] = background_music_config
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if callback_config is not UNSET:
            field_dict["callback_config"] = callback_config
        if action_config is not UNSET:
            field_dict["action_config"] = action_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_config import ActionConfig  # noqa: PLC0415
        from ..models.background_music_config import BackgroundMusicConfig  # noqa: PLC0415
        from ..models.call_back_config import CallBackConfig  # noqa: PLC0415
        from ..models.output_asset_config import OutputAssetConfig  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.shoot_script_item import ShootScriptItem  # noqa: PLC0415
        from ..models.video_config import VideoConfig  # noqa: PLC0415
        from ..models.voice_config import VoiceConfig  # noqa: PLC0415

        d = dict(src_dict)
        script_id = d.pop("script_id", UNSET)

        model_asset_id = d.pop("model_asset_id", UNSET)

        _voice_config = d.pop("voice_config", UNSET)
        voice_config: VoiceConfig | Unset
        if isinstance(_voice_config, Unset):
            voice_config = UNSET
        else:
            voice_config = VoiceConfig.from_dict(_voice_config)

        _video_config = d.pop("video_config", UNSET)
        video_config: VideoConfig | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = VideoConfig.from_dict(_video_config)

        _shoot_scripts = d.pop("shoot_scripts", UNSET)
        shoot_scripts: list[ShootScriptItem] | Unset = UNSET
        if _shoot_scripts is not UNSET:
            shoot_scripts = []
            for shoot_scripts_item_data in _shoot_scripts:
                shoot_scripts_item = ShootScriptItem.from_dict(shoot_scripts_item_data)

                shoot_scripts.append(shoot_scripts_item)

        _output_asset_config = d.pop("output_asset_config", UNSET)
        output_asset_config: OutputAssetConfig | Unset
        if isinstance(_output_asset_config, Unset):
            output_asset_config = UNSET
        else:
            output_asset_config = OutputAssetConfig.from_dict(_output_asset_config)

        _background_music_config = d.pop("background_music_config", UNSET)
        background_music_config: BackgroundMusicConfig | Unset
        if isinstance(_background_music_config, Unset):
            background_music_config = UNSET
        else:
            background_music_config = BackgroundMusicConfig.from_dict(_background_music_config)

        _review_config = d.pop("review_config", UNSET)
        review_config: ReviewConfig | Unset
        if isinstance(_review_config, Unset):
            review_config = UNSET
        else:
            review_config = ReviewConfig.from_dict(_review_config)

        _callback_config = d.pop("callback_config", UNSET)
        callback_config: CallBackConfig | Unset
        if isinstance(_callback_config, Unset):
            callback_config = UNSET
        else:
            callback_config = CallBackConfig.from_dict(_callback_config)

        _action_config = d.pop("action_config", UNSET)
        action_config: ActionConfig | Unset
        if isinstance(_action_config, Unset):
            action_config = UNSET
        else:
            action_config = ActionConfig.from_dict(_action_config)

        create_2d_digital_human_video_req = cls(
            script_id=script_id,
            model_asset_id=model_asset_id,
            voice_config=voice_config,
            video_config=video_config,
            shoot_scripts=shoot_scripts,
            output_asset_config=output_asset_config,
            background_music_config=background_music_config,
            review_config=review_config,
            callback_config=callback_config,
            action_config=action_config,
        )

        return create_2d_digital_human_video_req
