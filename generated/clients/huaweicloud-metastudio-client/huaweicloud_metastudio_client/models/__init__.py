"""Contains all the data models used in inputs/outputs"""

from .action_config import ActionConfig
from .audio_drive_action_config import AudioDriveActionConfig
from .audio_drive_action_config_output import AudioDriveActionConfigOutput
from .audio_info import AudioInfo
from .audio_info_output import AudioInfoOutput
from .background_config_info import BackgroundConfigInfo
from .background_config_info_background_type import BackgroundConfigInfoBackgroundType
from .background_config_info_output import BackgroundConfigInfoOutput
from .background_config_info_output_background_type import BackgroundConfigInfoOutputBackgroundType
from .background_image_config import BackgroundImageConfig
from .background_image_config_output import BackgroundImageConfigOutput
from .background_music_config import BackgroundMusicConfig
from .background_music_config_output import BackgroundMusicConfigOutput
from .call_back_config import CallBackConfig
from .call_back_config_auth_type import CallBackConfigAuthType
from .create_2d_digital_human_video_req import Create2DDigitalHumanVideoReq
from .create_2d_digital_human_video_response import Create2DDigitalHumanVideoResponse
from .create_photo_digital_human_video_req import CreatePhotoDigitalHumanVideoReq
from .create_photo_digital_human_video_response import CreatePhotoDigitalHumanVideoResponse
from .digital_human_video import DigitalHumanVideo
from .digital_human_video_job_type import DigitalHumanVideoJobType
from .digital_human_video_state import DigitalHumanVideoState
from .error_response import ErrorResponse
from .image_layer_config import ImageLayerConfig
from .image_layer_config_output import ImageLayerConfigOutput
from .job_error import JobError
from .layer_config import LayerConfig
from .layer_config_layer_type import LayerConfigLayerType
from .layer_config_output import LayerConfigOutput
from .layer_config_output_layer_type import LayerConfigOutputLayerType
from .layer_position_config import LayerPositionConfig
from .layer_position_config_output import LayerPositionConfigOutput
from .layer_rotation_config import LayerRotationConfig
from .layer_rotation_config_output import LayerRotationConfigOutput
from .layer_size_config import LayerSizeConfig
from .layer_size_config_output import LayerSizeConfigOutput
from .list_digital_human_video_job_type import ListDigitalHumanVideoJobType
from .list_digital_human_video_response import ListDigitalHumanVideoResponse
from .list_digital_human_video_sort_dir import ListDigitalHumanVideoSortDir
from .list_digital_human_video_sort_key import ListDigitalHumanVideoSortKey
from .output_asset_config import OutputAssetConfig
from .output_asset_info import OutputAssetInfo
from .photo_video_config import PhotoVideoConfig
from .photo_video_config_codec import PhotoVideoConfigCodec
from .photo_video_config_output import PhotoVideoConfigOutput
from .photo_video_config_output_codec import PhotoVideoConfigOutputCodec
from .review_config import ReviewConfig
from .shoot_script import ShootScript
from .shoot_script_item import ShootScriptItem
from .shoot_script_item_output import ShootScriptItemOutput
from .shoot_script_output import ShootScriptOutput
from .shoot_script_output_script_type import ShootScriptOutputScriptType
from .shoot_script_script_type import ShootScriptScriptType
from .show_2d_digital_human_video_response import Show2DDigitalHumanVideoResponse
from .show_2d_digital_human_video_response_job_type import Show2DDigitalHumanVideoResponseJobType
from .show_2d_digital_human_video_response_state import Show2DDigitalHumanVideoResponseState
from .show_2d_digital_human_video_response_video_making_type import Show2DDigitalHumanVideoResponseVideoMakingType
from .show_photo_digital_human_video_response import ShowPhotoDigitalHumanVideoResponse
from .show_photo_digital_human_video_response_job_type import ShowPhotoDigitalHumanVideoResponseJobType
from .show_photo_digital_human_video_response_state import ShowPhotoDigitalHumanVideoResponseState
from .subtitle_config import SubtitleConfig
from .subtitle_config_output import SubtitleConfigOutput
from .subtitle_file_info import SubtitleFileInfo
from .subtitle_file_info_output import SubtitleFileInfoOutput
from .subtitle_file_info_output_subtitle_file_state import SubtitleFileInfoOutputSubtitleFileState
from .subtitle_file_info_subtitle_file_state import SubtitleFileInfoSubtitleFileState
from .subtitle_files import SubtitleFiles
from .subtitle_files_output import SubtitleFilesOutput
from .text_config import TextConfig
from .text_config_output import TextConfigOutput
from .text_layer_config import TextLayerConfig
from .text_layer_config_output import TextLayerConfigOutput
from .video_config import VideoConfig
from .video_config_clip_mode import VideoConfigClipMode
from .video_config_codec import VideoConfigCodec
from .video_config_output import VideoConfigOutput
from .video_config_output_clip_mode import VideoConfigOutputClipMode
from .video_config_output_codec import VideoConfigOutputCodec
from .video_layer_config import VideoLayerConfig
from .video_layer_config_output import VideoLayerConfigOutput
from .voice_config import VoiceConfig
from .voice_config_output import VoiceConfigOutput

__all__ = (
    "ActionConfig",
    "AudioDriveActionConfig",
    "AudioDriveActionConfigOutput",
    "AudioInfo",
    "AudioInfoOutput",
    "BackgroundConfigInfo",
    "BackgroundConfigInfoBackgroundType",
    "BackgroundConfigInfoOutput",
    "BackgroundConfigInfoOutputBackgroundType",
    "BackgroundImageConfig",
    "BackgroundImageConfigOutput",
    "BackgroundMusicConfig",
    "BackgroundMusicConfigOutput",
    "CallBackConfig",
    "CallBackConfigAuthType",
    "Create2DDigitalHumanVideoReq",
    "Create2DDigitalHumanVideoResponse",
    "CreatePhotoDigitalHumanVideoReq",
    "CreatePhotoDigitalHumanVideoResponse",
    "DigitalHumanVideo",
    "DigitalHumanVideoJobType",
    "DigitalHumanVideoState",
    "ErrorResponse",
    "ImageLayerConfig",
    "ImageLayerConfigOutput",
    "JobError",
    "LayerConfig",
    "LayerConfigLayerType",
    "LayerConfigOutput",
    "LayerConfigOutputLayerType",
    "LayerPositionConfig",
    "LayerPositionConfigOutput",
    "LayerRotationConfig",
    "LayerRotationConfigOutput",
    "LayerSizeConfig",
    "LayerSizeConfigOutput",
    "ListDigitalHumanVideoJobType",
    "ListDigitalHumanVideoResponse",
    "ListDigitalHumanVideoSortDir",
    "ListDigitalHumanVideoSortKey",
    "OutputAssetConfig",
    "OutputAssetInfo",
    "PhotoVideoConfig",
    "PhotoVideoConfigCodec",
    "PhotoVideoConfigOutput",
    "PhotoVideoConfigOutputCodec",
    "ReviewConfig",
    "ShootScript",
    "ShootScriptItem",
    "ShootScriptItemOutput",
    "ShootScriptOutput",
    "ShootScriptOutputScriptType",
    "ShootScriptScriptType",
    "Show2DDigitalHumanVideoResponse",
    "Show2DDigitalHumanVideoResponseJobType",
    "Show2DDigitalHumanVideoResponseState",
    "Show2DDigitalHumanVideoResponseVideoMakingType",
    "ShowPhotoDigitalHumanVideoResponse",
    "ShowPhotoDigitalHumanVideoResponseJobType",
    "ShowPhotoDigitalHumanVideoResponseState",
    "SubtitleConfig",
    "SubtitleConfigOutput",
    "SubtitleFileInfo",
    "SubtitleFileInfoOutput",
    "SubtitleFileInfoOutputSubtitleFileState",
    "SubtitleFileInfoSubtitleFileState",
    "SubtitleFiles",
    "SubtitleFilesOutput",
    "TextConfig",
    "TextConfigOutput",
    "TextLayerConfig",
    "TextLayerConfigOutput",
    "VideoConfig",
    "VideoConfigClipMode",
    "VideoConfigCodec",
    "VideoConfigOutput",
    "VideoConfigOutputClipMode",
    "VideoConfigOutputCodec",
    "VideoLayerConfig",
    "VideoLayerConfigOutput",
    "VoiceConfig",
    "VoiceConfigOutput",
)
