from typing import Literal

from .._runtime.replies import unknown_value

SubmitImageToVideoViduJobRequestAudioType = Literal["all", "sound_effect_only", "speech_only"]

SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_AUDIO_TYPE_VALUES: set[SubmitImageToVideoViduJobRequestAudioType] = {
    "all",
    "sound_effect_only",
    "speech_only",
}


def check_submit_image_to_video_vidu_job_request_audio_type(value: str) -> SubmitImageToVideoViduJobRequestAudioType:
    if value in SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_AUDIO_TYPE_VALUES:
        return value
    unknown_value("SubmitImageToVideoViduJobRequestAudioType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_IMAGE_TO_VIDEO_VIDU_JOB_REQUEST_AUDIO_TYPE_VALUES!r}"
    )
