"""Contains all the data models used in inputs/outputs"""

from .callback_event import CallbackEvent
from .canvas import Canvas
from .concat import Concat
from .create_video_generation_task_envelope import CreateVideoGenerationTaskEnvelope
from .create_video_generation_task_request import CreateVideoGenerationTaskRequest
from .create_video_generation_task_response import CreateVideoGenerationTaskResponse
from .custom_layout import CustomLayout
from .describe_online_record_callback_envelope import DescribeOnlineRecordCallbackEnvelope
from .describe_online_record_callback_request import DescribeOnlineRecordCallbackRequest
from .describe_online_record_callback_response import DescribeOnlineRecordCallbackResponse
from .describe_online_record_envelope import DescribeOnlineRecordEnvelope
from .describe_online_record_request import DescribeOnlineRecordRequest
from .describe_online_record_response import DescribeOnlineRecordResponse
from .describe_online_record_response_finish_reason import DescribeOnlineRecordResponseFinishReason
from .describe_online_record_response_status import DescribeOnlineRecordResponseStatus
from .describe_video_generation_task_callback_envelope import DescribeVideoGenerationTaskCallbackEnvelope
from .describe_video_generation_task_callback_request import DescribeVideoGenerationTaskCallbackRequest
from .describe_video_generation_task_callback_response import DescribeVideoGenerationTaskCallbackResponse
from .describe_video_generation_task_envelope import DescribeVideoGenerationTaskEnvelope
from .describe_video_generation_task_request import DescribeVideoGenerationTaskRequest
from .describe_video_generation_task_response import DescribeVideoGenerationTaskResponse
from .describe_video_generation_task_response_status import DescribeVideoGenerationTaskResponseStatus
from .error import Error
from .error_result import ErrorResult
from .interrupt import Interrupt
from .layout_params import LayoutParams
from .mix_stream import MixStream
from .mix_stream_model_id import MixStreamModelId
from .omitted_duration import OmittedDuration
from .online_record_event_data import OnlineRecordEventData
from .online_record_finished_event import OnlineRecordFinishedEvent
from .online_record_finished_event_data import OnlineRecordFinishedEventData
from .online_record_finished_event_data_finish_reason import OnlineRecordFinishedEventDataFinishReason
from .online_record_started_event import OnlineRecordStartedEvent
from .online_record_stopped_event import OnlineRecordStoppedEvent
from .pause_online_record_envelope import PauseOnlineRecordEnvelope
from .pause_online_record_request import PauseOnlineRecordRequest
from .pause_online_record_response import PauseOnlineRecordResponse
from .record_control import RecordControl
from .resume_online_record_envelope import ResumeOnlineRecordEnvelope
from .resume_online_record_request import ResumeOnlineRecordRequest
from .resume_online_record_response import ResumeOnlineRecordResponse
from .set_online_record_callback_envelope import SetOnlineRecordCallbackEnvelope
from .set_online_record_callback_key_envelope import SetOnlineRecordCallbackKeyEnvelope
from .set_online_record_callback_key_request import SetOnlineRecordCallbackKeyRequest
from .set_online_record_callback_key_response import SetOnlineRecordCallbackKeyResponse
from .set_online_record_callback_request import SetOnlineRecordCallbackRequest
from .set_online_record_callback_response import SetOnlineRecordCallbackResponse
from .set_video_generation_task_callback_envelope import SetVideoGenerationTaskCallbackEnvelope
from .set_video_generation_task_callback_key_envelope import SetVideoGenerationTaskCallbackKeyEnvelope
from .set_video_generation_task_callback_key_request import SetVideoGenerationTaskCallbackKeyRequest
from .set_video_generation_task_callback_key_response import SetVideoGenerationTaskCallbackKeyResponse
from .set_video_generation_task_callback_request import SetVideoGenerationTaskCallbackRequest
from .set_video_generation_task_callback_response import SetVideoGenerationTaskCallbackResponse
from .start_online_record_envelope import StartOnlineRecordEnvelope
from .start_online_record_request import StartOnlineRecordRequest
from .start_online_record_request_extras_item import StartOnlineRecordRequestExtrasItem
from .start_online_record_request_record_mode import StartOnlineRecordRequestRecordMode
from .start_online_record_response import StartOnlineRecordResponse
from .stop_online_record_envelope import StopOnlineRecordEnvelope
from .stop_online_record_request import StopOnlineRecordRequest
from .stop_online_record_response import StopOnlineRecordResponse
from .stream_control import StreamControl
from .stream_layout import StreamLayout
from .stream_layout_fill_mode import StreamLayoutFillMode
from .video_generation_finished_event import VideoGenerationFinishedEvent
from .video_generation_finished_event_data import VideoGenerationFinishedEventData
from .video_generation_finished_event_data_status import VideoGenerationFinishedEventDataStatus
from .video_info import VideoInfo
from .video_info_video_type import VideoInfoVideoType
from .whiteboard import Whiteboard

__all__ = (
    "CallbackEvent",
    "Canvas",
    "Concat",
    "CreateVideoGenerationTaskEnvelope",
    "CreateVideoGenerationTaskRequest",
    "CreateVideoGenerationTaskResponse",
    "CustomLayout",
    "DescribeOnlineRecordCallbackEnvelope",
    "DescribeOnlineRecordCallbackRequest",
    "DescribeOnlineRecordCallbackResponse",
    "DescribeOnlineRecordEnvelope",
    "DescribeOnlineRecordRequest",
    "DescribeOnlineRecordResponse",
    "DescribeOnlineRecordResponseFinishReason",
    "DescribeOnlineRecordResponseStatus",
    "DescribeVideoGenerationTaskCallbackEnvelope",
    "DescribeVideoGenerationTaskCallbackRequest",
    "DescribeVideoGenerationTaskCallbackResponse",
    "DescribeVideoGenerationTaskEnvelope",
    "DescribeVideoGenerationTaskRequest",
    "DescribeVideoGenerationTaskResponse",
    "DescribeVideoGenerationTaskResponseStatus",
    "Error",
    "ErrorResult",
    "Interrupt",
    "LayoutParams",
    "MixStream",
    "MixStreamModelId",
    "OmittedDuration",
    "OnlineRecordEventData",
    "OnlineRecordFinishedEvent",
    "OnlineRecordFinishedEventData",
    "OnlineRecordFinishedEventDataFinishReason",
    "OnlineRecordStartedEvent",
    "OnlineRecordStoppedEvent",
    "PauseOnlineRecordEnvelope",
    "PauseOnlineRecordRequest",
    "PauseOnlineRecordResponse",
    "RecordControl",
    "ResumeOnlineRecordEnvelope",
    "ResumeOnlineRecordRequest",
    "ResumeOnlineRecordResponse",
    "SetOnlineRecordCallbackEnvelope",
    "SetOnlineRecordCallbackKeyEnvelope",
    "SetOnlineRecordCallbackKeyRequest",
    "SetOnlineRecordCallbackKeyResponse",
    "SetOnlineRecordCallbackRequest",
    "SetOnlineRecordCallbackResponse",
    "SetVideoGenerationTaskCallbackEnvelope",
    "SetVideoGenerationTaskCallbackKeyEnvelope",
    "SetVideoGenerationTaskCallbackKeyRequest",
    "SetVideoGenerationTaskCallbackKeyResponse",
    "SetVideoGenerationTaskCallbackRequest",
    "SetVideoGenerationTaskCallbackResponse",
    "StartOnlineRecordEnvelope",
    "StartOnlineRecordRequest",
    "StartOnlineRecordRequestExtrasItem",
    "StartOnlineRecordRequestRecordMode",
    "StartOnlineRecordResponse",
    "StopOnlineRecordEnvelope",
    "StopOnlineRecordRequest",
    "StopOnlineRecordResponse",
    "StreamControl",
    "StreamLayout",
    "StreamLayoutFillMode",
    "VideoGenerationFinishedEvent",
    "VideoGenerationFinishedEventData",
    "VideoGenerationFinishedEventDataStatus",
    "VideoInfo",
    "VideoInfoVideoType",
    "Whiteboard",
)
