"""Contains all the data models used in inputs/outputs"""

from .canvas import Canvas
from .concat import Concat
from .create_video_generation_task_envelope import CreateVideoGenerationTaskEnvelope
from .create_video_generation_task_request import CreateVideoGenerationTaskRequest
from .create_video_generation_task_response import CreateVideoGenerationTaskResponse
from .custom_layout import CustomLayout
from .describe_online_record_envelope import DescribeOnlineRecordEnvelope
from .describe_online_record_request import DescribeOnlineRecordRequest
from .describe_online_record_response import DescribeOnlineRecordResponse
from .describe_online_record_response_finish_reason import DescribeOnlineRecordResponseFinishReason
from .describe_online_record_response_status import DescribeOnlineRecordResponseStatus
from .describe_video_generation_task_callback_envelope import DescribeVideoGenerationTaskCallbackEnvelope
from .describe_video_generation_task_callback_request import DescribeVideoGenerationTaskCallbackRequest
from .describe_video_generation_task_callback_response import DescribeVideoGenerationTaskCallbackResponse
from .error import Error
from .error_result import ErrorResult
from .interrupt import Interrupt
from .layout_params import LayoutParams
from .mix_stream import MixStream
from .mix_stream_model_id import MixStreamModelId
from .omitted_duration import OmittedDuration
from .record_control import RecordControl
from .stream_control import StreamControl
from .stream_layout import StreamLayout
from .stream_layout_fill_mode import StreamLayoutFillMode
from .video_info import VideoInfo
from .video_info_video_type import VideoInfoVideoType
from .whiteboard import Whiteboard

__all__ = (
    "Canvas",
    "Concat",
    "CreateVideoGenerationTaskEnvelope",
    "CreateVideoGenerationTaskRequest",
    "CreateVideoGenerationTaskResponse",
    "CustomLayout",
    "DescribeOnlineRecordEnvelope",
    "DescribeOnlineRecordRequest",
    "DescribeOnlineRecordResponse",
    "DescribeOnlineRecordResponseFinishReason",
    "DescribeOnlineRecordResponseStatus",
    "DescribeVideoGenerationTaskCallbackEnvelope",
    "DescribeVideoGenerationTaskCallbackRequest",
    "DescribeVideoGenerationTaskCallbackResponse",
    "Error",
    "ErrorResult",
    "Interrupt",
    "LayoutParams",
    "MixStream",
    "MixStreamModelId",
    "OmittedDuration",
    "RecordControl",
    "StreamControl",
    "StreamLayout",
    "StreamLayoutFillMode",
    "VideoInfo",
    "VideoInfoVideoType",
    "Whiteboard",
)
