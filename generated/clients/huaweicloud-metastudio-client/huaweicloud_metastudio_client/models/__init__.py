"""Contains all the data models used in inputs/outputs"""

from .digital_human_video import DigitalHumanVideo
from .digital_human_video_job_type import DigitalHumanVideoJobType
from .digital_human_video_state import DigitalHumanVideoState
from .error_response import ErrorResponse
from .list_digital_human_video_job_type import ListDigitalHumanVideoJobType
from .list_digital_human_video_response import ListDigitalHumanVideoResponse
from .list_digital_human_video_sort_dir import ListDigitalHumanVideoSortDir
from .list_digital_human_video_sort_key import ListDigitalHumanVideoSortKey
from .output_asset_info import OutputAssetInfo

__all__ = (
    "DigitalHumanVideo",
    "DigitalHumanVideoJobType",
    "DigitalHumanVideoState",
    "ErrorResponse",
    "ListDigitalHumanVideoJobType",
    "ListDigitalHumanVideoResponse",
    "ListDigitalHumanVideoSortDir",
    "ListDigitalHumanVideoSortKey",
    "OutputAssetInfo",
)
