"""Contains all the data models used in inputs/outputs"""

from .describe_video_stylization_job_envelope import DescribeVideoStylizationJobEnvelope
from .describe_video_stylization_job_request import DescribeVideoStylizationJobRequest
from .describe_video_stylization_job_response import DescribeVideoStylizationJobResponse
from .describe_video_stylization_job_response_status_code import DescribeVideoStylizationJobResponseStatusCode
from .error import Error
from .error_result import ErrorResult
from .submit_video_stylization_job_envelope import SubmitVideoStylizationJobEnvelope
from .submit_video_stylization_job_request import SubmitVideoStylizationJobRequest
from .submit_video_stylization_job_request_style_id import SubmitVideoStylizationJobRequestStyleId
from .submit_video_stylization_job_request_style_strength import SubmitVideoStylizationJobRequestStyleStrength
from .submit_video_stylization_job_response import SubmitVideoStylizationJobResponse

__all__ = (
    "DescribeVideoStylizationJobEnvelope",
    "DescribeVideoStylizationJobRequest",
    "DescribeVideoStylizationJobResponse",
    "DescribeVideoStylizationJobResponseStatusCode",
    "Error",
    "ErrorResult",
    "SubmitVideoStylizationJobEnvelope",
    "SubmitVideoStylizationJobRequest",
    "SubmitVideoStylizationJobRequestStyleId",
    "SubmitVideoStylizationJobRequestStyleStrength",
    "SubmitVideoStylizationJobResponse",
)
