from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_music_config import BackgroundMusicConfig
    from ..models.call_back_config import CallBackConfig
    from ..models.output_asset_config import OutputAssetConfig
    from ..models.photo_video_config import PhotoVideoConfig
    from ..models.review_config import ReviewConfig
    from ..models.shoot_script_item import ShootScriptItem
    from ..models.voice_config import VoiceConfig


T = TypeVar("T", bound="CreatePhotoDigitalHumanVideoReq")


@_attrs_define
class CreatePhotoDigitalHumanVideoReq:
    """Body of CreatePhotoDigitalHumanVideo.

    Attributes:
        human_image (str): Photo of the person, Base64-encoded, at most 1080p.
        shoot_scripts (list[ShootScriptItem]): The one scene of the video; only its shoot_script.script_type and
            shoot_script.text_config are used.
        output_asset_config (OutputAssetConfig): The video asset the job makes.
        script_id (str | Unset): ID of a video script: a TEXT scene speaks the body's text, an AUDIO scene the script's
            audio.
        voice_config (VoiceConfig | Unset): Voice of the digital human.
        video_config (PhotoVideoConfig | Unset): Output settings of a photo digital human video.
        background_music_config (BackgroundMusicConfig | Unset): Background music.
        review_config (ReviewConfig | Unset): Content review of the job.
        callback_config (CallBackConfig | Unset): Where the service reports the job's end.
        id_card_image1 (str | Unset): Photo of the national-emblem side of the person's identity card, Base64-encoded.
        id_card_image2 (str | Unset): Photo of the portrait side of the person's identity card, Base64-encoded.
        authorize_use_human_image (bool | Unset): Whether the person authorised the use of the photo.
    """

    human_image: str
    shoot_scripts: list[ShootScriptItem]
    output_asset_config: OutputAssetConfig
    script_id: str | Unset = UNSET
    voice_config: VoiceConfig | Unset = UNSET
    video_config: PhotoVideoConfig | Unset = UNSET
    background_music_config: BackgroundMusicConfig | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    callback_config: CallBackConfig | Unset = UNSET
    id_card_image1: str | Unset = UNSET
    id_card_image2: str | Unset = UNSET
    authorize_use_human_image: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        human_image = self.human_image

        shoot_scripts = []
        for shoot_scripts_item_data in self.shoot_scripts:
            shoot_scripts_item = shoot_scripts_item_data.to_dict()
            shoot_scripts.append(shoot_scripts_item)

        output_asset_config = self.output_asset_config.to_dict()

        script_id = self.script_id

        voice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_config, Unset):
            voice_config = self.voice_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        background_music_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_music_config, Unset):
            background_music_config = self.background_music_config.to_dict()

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        callback_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_config, Unset):
            callback_config = self.callback_config.to_dict()

        id_card_image1 = self.id_card_image1

        id_card_image2 = self.id_card_image2

        authorize_use_human_image = self.authorize_use_human_image

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "human_image": human_image,
                "shoot_scripts": shoot_scripts,
                "output_asset_config": output_asset_config,
            }
        )
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if background_music_config is not UNSET:
            field_dict["background_music_config"] = background_music_config
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if callback_config is not UNSET:
            field_dict["callback_config"] = callback_config
        if id_card_image1 is not UNSET:
            field_dict["id_card_image1"] = id_card_image1
        if id_card_image2 is not UNSET:
            field_dict["id_card_image2"] = id_card_image2
        if authorize_use_human_image is not UNSET:
            field_dict["authorize_use_human_image"] = authorize_use_human_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_music_config import BackgroundMusicConfig  # noqa: PLC0415
        from ..models.call_back_config import CallBackConfig  # noqa: PLC0415
        from ..models.output_asset_config import OutputAssetConfig  # noqa: PLC0415
        from ..models.photo_video_config import PhotoVideoConfig  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.shoot_script_item import ShootScriptItem  # noqa: PLC0415
        from ..models.voice_config import VoiceConfig  # noqa: PLC0415

        d = dict(src_dict)
        human_image = d.pop("human_image")

        shoot_scripts = []
        _shoot_scripts = d.pop("shoot_scripts")
        for shoot_scripts_item_data in _shoot_scripts:
            shoot_scripts_item = ShootScriptItem.from_dict(shoot_scripts_item_data)

            shoot_scripts.append(shoot_scripts_item)

        output_asset_config = OutputAssetConfig.from_dict(d.pop("output_asset_config"))

        script_id = d.pop("script_id", UNSET)

        _voice_config = d.pop("voice_config", UNSET)
        voice_config: VoiceConfig | Unset
        if isinstance(_voice_config, Unset):
            voice_config = UNSET
        else:
            voice_config = VoiceConfig.from_dict(_voice_config)

        _video_config = d.pop("video_config", UNSET)
        video_config: PhotoVideoConfig | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = PhotoVideoConfig.from_dict(_video_config)

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

        id_card_image1 = d.pop("id_card_image1", UNSET)

        id_card_image2 = d.pop("id_card_image2", UNSET)

        authorize_use_human_image = d.pop("authorize_use_human_image", UNSET)

        create_photo_digital_human_video_req = cls(
            human_image=human_image,
            shoot_scripts=shoot_scripts,
            output_asset_config=output_asset_config,
            script_id=script_id,
            voice_config=voice_config,
            video_config=video_config,
            background_music_config=background_music_config,
            review_config=review_config,
            callback_config=callback_config,
            id_card_image1=id_card_image1,
            id_card_image2=id_card_image2,
            authorize_use_human_image=authorize_use_human_image,
        )

        return create_photo_digital_human_video_req
