"""Contains all the data models used in inputs/outputs"""

from .camera_control import CameraControl
from .camera_control_config import CameraControlConfig
from .camera_control_type import CameraControlType
from .create_aigc_element_envelope import CreateAigcElementEnvelope
from .create_aigc_element_request import CreateAigcElementRequest
from .create_aigc_element_request_reference_type import CreateAigcElementRequestReferenceType
from .create_aigc_element_response import CreateAigcElementResponse
from .delete_aigc_element_envelope import DeleteAigcElementEnvelope
from .delete_aigc_element_request import DeleteAigcElementRequest
from .delete_aigc_element_response import DeleteAigcElementResponse
from .describe_aigc_element_envelope import DescribeAigcElementEnvelope
from .describe_aigc_element_request import DescribeAigcElementRequest
from .describe_aigc_element_response import DescribeAigcElementResponse
from .describe_aigc_element_response_reference_type import DescribeAigcElementResponseReferenceType
from .describe_aigc_element_response_status import DescribeAigcElementResponseStatus
from .describe_human_actor_job_envelope import DescribeHumanActorJobEnvelope
from .describe_human_actor_job_request import DescribeHumanActorJobRequest
from .describe_human_actor_job_response import DescribeHumanActorJobResponse
from .describe_human_actor_job_response_status import DescribeHumanActorJobResponseStatus
from .describe_hunyuan_to_video_job_envelope import DescribeHunyuanToVideoJobEnvelope
from .describe_hunyuan_to_video_job_request import DescribeHunyuanToVideoJobRequest
from .describe_hunyuan_to_video_job_response import DescribeHunyuanToVideoJobResponse
from .describe_hunyuan_to_video_job_response_status import DescribeHunyuanToVideoJobResponseStatus
from .describe_image_to_video_general_job_envelope import DescribeImageToVideoGeneralJobEnvelope
from .describe_image_to_video_general_job_request import DescribeImageToVideoGeneralJobRequest
from .describe_image_to_video_general_job_response import DescribeImageToVideoGeneralJobResponse
from .describe_image_to_video_general_job_response_status import DescribeImageToVideoGeneralJobResponseStatus
from .describe_image_to_video_job_envelope import DescribeImageToVideoJobEnvelope
from .describe_image_to_video_job_request import DescribeImageToVideoJobRequest
from .describe_image_to_video_job_response import DescribeImageToVideoJobResponse
from .describe_image_to_video_job_response_status import DescribeImageToVideoJobResponseStatus
from .describe_image_to_video_vidu_job_envelope import DescribeImageToVideoViduJobEnvelope
from .describe_image_to_video_vidu_job_request import DescribeImageToVideoViduJobRequest
from .describe_image_to_video_vidu_job_response import DescribeImageToVideoViduJobResponse
from .describe_image_to_video_vidu_job_response_status import DescribeImageToVideoViduJobResponseStatus
from .describe_motion_control_kling_job_envelope import DescribeMotionControlKlingJobEnvelope
from .describe_motion_control_kling_job_request import DescribeMotionControlKlingJobRequest
from .describe_motion_control_kling_job_response import DescribeMotionControlKlingJobResponse
from .describe_motion_control_kling_job_response_status import DescribeMotionControlKlingJobResponseStatus
from .describe_portrait_sing_job_envelope import DescribePortraitSingJobEnvelope
from .describe_portrait_sing_job_request import DescribePortraitSingJobRequest
from .describe_portrait_sing_job_response import DescribePortraitSingJobResponse
from .describe_portrait_sing_job_response_status_code import DescribePortraitSingJobResponseStatusCode
from .describe_reference_to_video_vidu_job_envelope import DescribeReferenceToVideoViduJobEnvelope
from .describe_reference_to_video_vidu_job_request import DescribeReferenceToVideoViduJobRequest
from .describe_reference_to_video_vidu_job_response import DescribeReferenceToVideoViduJobResponse
from .describe_reference_to_video_vidu_job_response_status import DescribeReferenceToVideoViduJobResponseStatus
from .describe_template_to_video_job_envelope import DescribeTemplateToVideoJobEnvelope
from .describe_template_to_video_job_request import DescribeTemplateToVideoJobRequest
from .describe_template_to_video_job_response import DescribeTemplateToVideoJobResponse
from .describe_template_to_video_job_response_status import DescribeTemplateToVideoJobResponseStatus
from .describe_text_to_video_job_envelope import DescribeTextToVideoJobEnvelope
from .describe_text_to_video_job_request import DescribeTextToVideoJobRequest
from .describe_text_to_video_job_response import DescribeTextToVideoJobResponse
from .describe_text_to_video_job_response_status import DescribeTextToVideoJobResponseStatus
from .describe_text_to_video_vidu_job_envelope import DescribeTextToVideoViduJobEnvelope
from .describe_text_to_video_vidu_job_request import DescribeTextToVideoViduJobRequest
from .describe_text_to_video_vidu_job_response import DescribeTextToVideoViduJobResponse
from .describe_text_to_video_vidu_job_response_status import DescribeTextToVideoViduJobResponseStatus
from .describe_video_edit_kling_job_envelope import DescribeVideoEditKlingJobEnvelope
from .describe_video_edit_kling_job_request import DescribeVideoEditKlingJobRequest
from .describe_video_edit_kling_job_response import DescribeVideoEditKlingJobResponse
from .describe_video_edit_kling_job_response_status import DescribeVideoEditKlingJobResponseStatus
from .describe_video_extend_kling_job_envelope import DescribeVideoExtendKlingJobEnvelope
from .describe_video_extend_kling_job_request import DescribeVideoExtendKlingJobRequest
from .describe_video_extend_kling_job_response import DescribeVideoExtendKlingJobResponse
from .describe_video_extend_kling_job_response_status import DescribeVideoExtendKlingJobResponseStatus
from .describe_video_face_fusion_job_envelope import DescribeVideoFaceFusionJobEnvelope
from .describe_video_face_fusion_job_request import DescribeVideoFaceFusionJobRequest
from .describe_video_face_fusion_job_response import DescribeVideoFaceFusionJobResponse
from .describe_video_face_fusion_job_response_status import DescribeVideoFaceFusionJobResponseStatus
from .describe_video_stylization_job_envelope import DescribeVideoStylizationJobEnvelope
from .describe_video_stylization_job_request import DescribeVideoStylizationJobRequest
from .describe_video_stylization_job_response import DescribeVideoStylizationJobResponse
from .describe_video_stylization_job_response_status_code import DescribeVideoStylizationJobResponseStatusCode
from .dynamic_mask import DynamicMask
from .element import Element
from .element_image_list import ElementImageList
from .element_image_list_output import ElementImageListOutput
from .error import Error
from .error_result import ErrorResult
from .extra_param import ExtraParam
from .face_merge_info import FaceMergeInfo
from .face_rect import FaceRect
from .face_template_info import FaceTemplateInfo
from .image import Image
from .image_info import ImageInfo
from .image_info_type import ImageInfoType
from .logo_param import LogoParam
from .logo_rect import LogoRect
from .multi_prompt import MultiPrompt
from .provider_detail import ProviderDetail
from .refer_image_item import ReferImageItem
from .refer_image_item_output import ReferImageItemOutput
from .refer_video_info import ReferVideoInfo
from .refer_video_info_keep_original_sound import ReferVideoInfoKeepOriginalSound
from .refer_video_info_refer_type import ReferVideoInfoReferType
from .reference_subject import ReferenceSubject
from .submit_human_actor_job_envelope import SubmitHumanActorJobEnvelope
from .submit_human_actor_job_request import SubmitHumanActorJobRequest
from .submit_human_actor_job_request_frame_rate import SubmitHumanActorJobRequestFrameRate
from .submit_human_actor_job_request_resolution import SubmitHumanActorJobRequestResolution
from .submit_human_actor_job_response import SubmitHumanActorJobResponse
from .submit_hunyuan_to_video_job_envelope import SubmitHunyuanToVideoJobEnvelope
from .submit_hunyuan_to_video_job_request import SubmitHunyuanToVideoJobRequest
from .submit_hunyuan_to_video_job_request_resolution import SubmitHunyuanToVideoJobRequestResolution
from .submit_hunyuan_to_video_job_response import SubmitHunyuanToVideoJobResponse
from .submit_image_to_video_general_job_envelope import SubmitImageToVideoGeneralJobEnvelope
from .submit_image_to_video_general_job_request import SubmitImageToVideoGeneralJobRequest
from .submit_image_to_video_general_job_request_fps import SubmitImageToVideoGeneralJobRequestFps
from .submit_image_to_video_general_job_request_resolution import SubmitImageToVideoGeneralJobRequestResolution
from .submit_image_to_video_general_job_response import SubmitImageToVideoGeneralJobResponse
from .submit_image_to_video_job_envelope import SubmitImageToVideoJobEnvelope
from .submit_image_to_video_job_request import SubmitImageToVideoJobRequest
from .submit_image_to_video_job_request_duration import SubmitImageToVideoJobRequestDuration
from .submit_image_to_video_job_request_mode import SubmitImageToVideoJobRequestMode
from .submit_image_to_video_job_request_model import SubmitImageToVideoJobRequestModel
from .submit_image_to_video_job_request_shot_type import SubmitImageToVideoJobRequestShotType
from .submit_image_to_video_job_request_sound import SubmitImageToVideoJobRequestSound
from .submit_image_to_video_job_response import SubmitImageToVideoJobResponse
from .submit_image_to_video_vidu_job_envelope import SubmitImageToVideoViduJobEnvelope
from .submit_image_to_video_vidu_job_request import SubmitImageToVideoViduJobRequest
from .submit_image_to_video_vidu_job_request_audio_type import SubmitImageToVideoViduJobRequestAudioType
from .submit_image_to_video_vidu_job_request_model import SubmitImageToVideoViduJobRequestModel
from .submit_image_to_video_vidu_job_request_movement_amplitude import SubmitImageToVideoViduJobRequestMovementAmplitude
from .submit_image_to_video_vidu_job_request_resolution import SubmitImageToVideoViduJobRequestResolution
from .submit_image_to_video_vidu_job_response import SubmitImageToVideoViduJobResponse
from .submit_motion_control_kling_job_envelope import SubmitMotionControlKlingJobEnvelope
from .submit_motion_control_kling_job_request import SubmitMotionControlKlingJobRequest
from .submit_motion_control_kling_job_request_character_orientation import (
    SubmitMotionControlKlingJobRequestCharacterOrientation,
)
from .submit_motion_control_kling_job_request_keep_original_sound import (
    SubmitMotionControlKlingJobRequestKeepOriginalSound,
)
from .submit_motion_control_kling_job_request_mode import SubmitMotionControlKlingJobRequestMode
from .submit_motion_control_kling_job_request_model import SubmitMotionControlKlingJobRequestModel
from .submit_motion_control_kling_job_response import SubmitMotionControlKlingJobResponse
from .submit_portrait_sing_job_envelope import SubmitPortraitSingJobEnvelope
from .submit_portrait_sing_job_request import SubmitPortraitSingJobRequest
from .submit_portrait_sing_job_request_logo_add import SubmitPortraitSingJobRequestLogoAdd
from .submit_portrait_sing_job_request_mode import SubmitPortraitSingJobRequestMode
from .submit_portrait_sing_job_request_resolution import SubmitPortraitSingJobRequestResolution
from .submit_portrait_sing_job_response import SubmitPortraitSingJobResponse
from .submit_reference_to_video_vidu_job_envelope import SubmitReferenceToVideoViduJobEnvelope
from .submit_reference_to_video_vidu_job_request import SubmitReferenceToVideoViduJobRequest
from .submit_reference_to_video_vidu_job_request_aspect_ratio import SubmitReferenceToVideoViduJobRequestAspectRatio
from .submit_reference_to_video_vidu_job_request_audio_type import SubmitReferenceToVideoViduJobRequestAudioType
from .submit_reference_to_video_vidu_job_request_model import SubmitReferenceToVideoViduJobRequestModel
from .submit_reference_to_video_vidu_job_request_movement_amplitude import (
    SubmitReferenceToVideoViduJobRequestMovementAmplitude,
)
from .submit_reference_to_video_vidu_job_request_resolution import SubmitReferenceToVideoViduJobRequestResolution
from .submit_reference_to_video_vidu_job_response import SubmitReferenceToVideoViduJobResponse
from .submit_template_to_video_job_envelope import SubmitTemplateToVideoJobEnvelope
from .submit_template_to_video_job_request import SubmitTemplateToVideoJobRequest
from .submit_template_to_video_job_response import SubmitTemplateToVideoJobResponse
from .submit_text_to_video_job_envelope import SubmitTextToVideoJobEnvelope
from .submit_text_to_video_job_request import SubmitTextToVideoJobRequest
from .submit_text_to_video_job_request_aspect_ratio import SubmitTextToVideoJobRequestAspectRatio
from .submit_text_to_video_job_request_duration import SubmitTextToVideoJobRequestDuration
from .submit_text_to_video_job_request_mode import SubmitTextToVideoJobRequestMode
from .submit_text_to_video_job_request_model import SubmitTextToVideoJobRequestModel
from .submit_text_to_video_job_request_shot_type import SubmitTextToVideoJobRequestShotType
from .submit_text_to_video_job_request_sound import SubmitTextToVideoJobRequestSound
from .submit_text_to_video_job_response import SubmitTextToVideoJobResponse
from .submit_text_to_video_vidu_job_envelope import SubmitTextToVideoViduJobEnvelope
from .submit_text_to_video_vidu_job_request import SubmitTextToVideoViduJobRequest
from .submit_text_to_video_vidu_job_request_aspect_ratio import SubmitTextToVideoViduJobRequestAspectRatio
from .submit_text_to_video_vidu_job_request_model import SubmitTextToVideoViduJobRequestModel
from .submit_text_to_video_vidu_job_request_movement_amplitude import SubmitTextToVideoViduJobRequestMovementAmplitude
from .submit_text_to_video_vidu_job_request_resolution import SubmitTextToVideoViduJobRequestResolution
from .submit_text_to_video_vidu_job_request_style import SubmitTextToVideoViduJobRequestStyle
from .submit_text_to_video_vidu_job_response import SubmitTextToVideoViduJobResponse
from .submit_video_edit_kling_job_envelope import SubmitVideoEditKlingJobEnvelope
from .submit_video_edit_kling_job_request import SubmitVideoEditKlingJobRequest
from .submit_video_edit_kling_job_request_aspect_ratio import SubmitVideoEditKlingJobRequestAspectRatio
from .submit_video_edit_kling_job_request_mode import SubmitVideoEditKlingJobRequestMode
from .submit_video_edit_kling_job_request_model import SubmitVideoEditKlingJobRequestModel
from .submit_video_edit_kling_job_request_shot_type import SubmitVideoEditKlingJobRequestShotType
from .submit_video_edit_kling_job_response import SubmitVideoEditKlingJobResponse
from .submit_video_extend_kling_job_envelope import SubmitVideoExtendKlingJobEnvelope
from .submit_video_extend_kling_job_request import SubmitVideoExtendKlingJobRequest
from .submit_video_extend_kling_job_response import SubmitVideoExtendKlingJobResponse
from .submit_video_face_fusion_job_envelope import SubmitVideoFaceFusionJobEnvelope
from .submit_video_face_fusion_job_request import SubmitVideoFaceFusionJobRequest
from .submit_video_face_fusion_job_response import SubmitVideoFaceFusionJobResponse
from .submit_video_stylization_job_envelope import SubmitVideoStylizationJobEnvelope
from .submit_video_stylization_job_request import SubmitVideoStylizationJobRequest
from .submit_video_stylization_job_request_style_id import SubmitVideoStylizationJobRequestStyleId
from .submit_video_stylization_job_request_style_strength import SubmitVideoStylizationJobRequestStyleStrength
from .submit_video_stylization_job_response import SubmitVideoStylizationJobResponse
from .tag_list import TagList
from .tag_list_output import TagListOutput
from .trajectory import Trajectory
from .voice import Voice

__all__ = (
    "CameraControl",
    "CameraControlConfig",
    "CameraControlType",
    "CreateAigcElementEnvelope",
    "CreateAigcElementRequest",
    "CreateAigcElementRequestReferenceType",
    "CreateAigcElementResponse",
    "DeleteAigcElementEnvelope",
    "DeleteAigcElementRequest",
    "DeleteAigcElementResponse",
    "DescribeAigcElementEnvelope",
    "DescribeAigcElementRequest",
    "DescribeAigcElementResponse",
    "DescribeAigcElementResponseReferenceType",
    "DescribeAigcElementResponseStatus",
    "DescribeHumanActorJobEnvelope",
    "DescribeHumanActorJobRequest",
    "DescribeHumanActorJobResponse",
    "DescribeHumanActorJobResponseStatus",
    "DescribeHunyuanToVideoJobEnvelope",
    "DescribeHunyuanToVideoJobRequest",
    "DescribeHunyuanToVideoJobResponse",
    "DescribeHunyuanToVideoJobResponseStatus",
    "DescribeImageToVideoGeneralJobEnvelope",
    "DescribeImageToVideoGeneralJobRequest",
    "DescribeImageToVideoGeneralJobResponse",
    "DescribeImageToVideoGeneralJobResponseStatus",
    "DescribeImageToVideoJobEnvelope",
    "DescribeImageToVideoJobRequest",
    "DescribeImageToVideoJobResponse",
    "DescribeImageToVideoJobResponseStatus",
    "DescribeImageToVideoViduJobEnvelope",
    "DescribeImageToVideoViduJobRequest",
    "DescribeImageToVideoViduJobResponse",
    "DescribeImageToVideoViduJobResponseStatus",
    "DescribeMotionControlKlingJobEnvelope",
    "DescribeMotionControlKlingJobRequest",
    "DescribeMotionControlKlingJobResponse",
    "DescribeMotionControlKlingJobResponseStatus",
    "DescribePortraitSingJobEnvelope",
    "DescribePortraitSingJobRequest",
    "DescribePortraitSingJobResponse",
    "DescribePortraitSingJobResponseStatusCode",
    "DescribeReferenceToVideoViduJobEnvelope",
    "DescribeReferenceToVideoViduJobRequest",
    "DescribeReferenceToVideoViduJobResponse",
    "DescribeReferenceToVideoViduJobResponseStatus",
    "DescribeTemplateToVideoJobEnvelope",
    "DescribeTemplateToVideoJobRequest",
    "DescribeTemplateToVideoJobResponse",
    "DescribeTemplateToVideoJobResponseStatus",
    "DescribeTextToVideoJobEnvelope",
    "DescribeTextToVideoJobRequest",
    "DescribeTextToVideoJobResponse",
    "DescribeTextToVideoJobResponseStatus",
    "DescribeTextToVideoViduJobEnvelope",
    "DescribeTextToVideoViduJobRequest",
    "DescribeTextToVideoViduJobResponse",
    "DescribeTextToVideoViduJobResponseStatus",
    "DescribeVideoEditKlingJobEnvelope",
    "DescribeVideoEditKlingJobRequest",
    "DescribeVideoEditKlingJobResponse",
    "DescribeVideoEditKlingJobResponseStatus",
    "DescribeVideoExtendKlingJobEnvelope",
    "DescribeVideoExtendKlingJobRequest",
    "DescribeVideoExtendKlingJobResponse",
    "DescribeVideoExtendKlingJobResponseStatus",
    "DescribeVideoFaceFusionJobEnvelope",
    "DescribeVideoFaceFusionJobRequest",
    "DescribeVideoFaceFusionJobResponse",
    "DescribeVideoFaceFusionJobResponseStatus",
    "DescribeVideoStylizationJobEnvelope",
    "DescribeVideoStylizationJobRequest",
    "DescribeVideoStylizationJobResponse",
    "DescribeVideoStylizationJobResponseStatusCode",
    "DynamicMask",
    "Element",
    "ElementImageList",
    "ElementImageListOutput",
    "Error",
    "ErrorResult",
    "ExtraParam",
    "FaceMergeInfo",
    "FaceRect",
    "FaceTemplateInfo",
    "Image",
    "ImageInfo",
    "ImageInfoType",
    "LogoParam",
    "LogoRect",
    "MultiPrompt",
    "ProviderDetail",
    "ReferenceSubject",
    "ReferImageItem",
    "ReferImageItemOutput",
    "ReferVideoInfo",
    "ReferVideoInfoKeepOriginalSound",
    "ReferVideoInfoReferType",
    "SubmitHumanActorJobEnvelope",
    "SubmitHumanActorJobRequest",
    "SubmitHumanActorJobRequestFrameRate",
    "SubmitHumanActorJobRequestResolution",
    "SubmitHumanActorJobResponse",
    "SubmitHunyuanToVideoJobEnvelope",
    "SubmitHunyuanToVideoJobRequest",
    "SubmitHunyuanToVideoJobRequestResolution",
    "SubmitHunyuanToVideoJobResponse",
    "SubmitImageToVideoGeneralJobEnvelope",
    "SubmitImageToVideoGeneralJobRequest",
    "SubmitImageToVideoGeneralJobRequestFps",
    "SubmitImageToVideoGeneralJobRequestResolution",
    "SubmitImageToVideoGeneralJobResponse",
    "SubmitImageToVideoJobEnvelope",
    "SubmitImageToVideoJobRequest",
    "SubmitImageToVideoJobRequestDuration",
    "SubmitImageToVideoJobRequestMode",
    "SubmitImageToVideoJobRequestModel",
    "SubmitImageToVideoJobRequestShotType",
    "SubmitImageToVideoJobRequestSound",
    "SubmitImageToVideoJobResponse",
    "SubmitImageToVideoViduJobEnvelope",
    "SubmitImageToVideoViduJobRequest",
    "SubmitImageToVideoViduJobRequestAudioType",
    "SubmitImageToVideoViduJobRequestModel",
    "SubmitImageToVideoViduJobRequestMovementAmplitude",
    "SubmitImageToVideoViduJobRequestResolution",
    "SubmitImageToVideoViduJobResponse",
    "SubmitMotionControlKlingJobEnvelope",
    "SubmitMotionControlKlingJobRequest",
    "SubmitMotionControlKlingJobRequestCharacterOrientation",
    "SubmitMotionControlKlingJobRequestKeepOriginalSound",
    "SubmitMotionControlKlingJobRequestMode",
    "SubmitMotionControlKlingJobRequestModel",
    "SubmitMotionControlKlingJobResponse",
    "SubmitPortraitSingJobEnvelope",
    "SubmitPortraitSingJobRequest",
    "SubmitPortraitSingJobRequestLogoAdd",
    "SubmitPortraitSingJobRequestMode",
    "SubmitPortraitSingJobRequestResolution",
    "SubmitPortraitSingJobResponse",
    "SubmitReferenceToVideoViduJobEnvelope",
    "SubmitReferenceToVideoViduJobRequest",
    "SubmitReferenceToVideoViduJobRequestAspectRatio",
    "SubmitReferenceToVideoViduJobRequestAudioType",
    "SubmitReferenceToVideoViduJobRequestModel",
    "SubmitReferenceToVideoViduJobRequestMovementAmplitude",
    "SubmitReferenceToVideoViduJobRequestResolution",
    "SubmitReferenceToVideoViduJobResponse",
    "SubmitTemplateToVideoJobEnvelope",
    "SubmitTemplateToVideoJobRequest",
    "SubmitTemplateToVideoJobResponse",
    "SubmitTextToVideoJobEnvelope",
    "SubmitTextToVideoJobRequest",
    "SubmitTextToVideoJobRequestAspectRatio",
    "SubmitTextToVideoJobRequestDuration",
    "SubmitTextToVideoJobRequestMode",
    "SubmitTextToVideoJobRequestModel",
    "SubmitTextToVideoJobRequestShotType",
    "SubmitTextToVideoJobRequestSound",
    "SubmitTextToVideoJobResponse",
    "SubmitTextToVideoViduJobEnvelope",
    "SubmitTextToVideoViduJobRequest",
    "SubmitTextToVideoViduJobRequestAspectRatio",
    "SubmitTextToVideoViduJobRequestModel",
    "SubmitTextToVideoViduJobRequestMovementAmplitude",
    "SubmitTextToVideoViduJobRequestResolution",
    "SubmitTextToVideoViduJobRequestStyle",
    "SubmitTextToVideoViduJobResponse",
    "SubmitVideoEditKlingJobEnvelope",
    "SubmitVideoEditKlingJobRequest",
    "SubmitVideoEditKlingJobRequestAspectRatio",
    "SubmitVideoEditKlingJobRequestMode",
    "SubmitVideoEditKlingJobRequestModel",
    "SubmitVideoEditKlingJobRequestShotType",
    "SubmitVideoEditKlingJobResponse",
    "SubmitVideoExtendKlingJobEnvelope",
    "SubmitVideoExtendKlingJobRequest",
    "SubmitVideoExtendKlingJobResponse",
    "SubmitVideoFaceFusionJobEnvelope",
    "SubmitVideoFaceFusionJobRequest",
    "SubmitVideoFaceFusionJobResponse",
    "SubmitVideoStylizationJobEnvelope",
    "SubmitVideoStylizationJobRequest",
    "SubmitVideoStylizationJobRequestStyleId",
    "SubmitVideoStylizationJobRequestStyleStrength",
    "SubmitVideoStylizationJobResponse",
    "TagList",
    "TagListOutput",
    "Trajectory",
    "Voice",
)
