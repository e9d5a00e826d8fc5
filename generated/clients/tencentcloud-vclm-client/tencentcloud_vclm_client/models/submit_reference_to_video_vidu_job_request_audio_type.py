from typing import Literal

from .._runtime.replies import unknown_value

SubmitReferenceToVideoViduJobRequestAudioType = Literal["all", "sound_effect_only", "speech_only"]

SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_AUDIO_TYPE_VALUES: set[SubmitReferenceToVideoViduJobRequestAudioType] = {
    "all",
    "sound_effect_only",
    "speech_only",
}


def check_submit_reference_to_video_vidu_job_request_audio_type(
    value: str,
) -> SubmitReferenceToVideoViduJobRequestAudioType:
    if value in SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_AUDIO_TYPE_VALUES:
        return value
    unknown_value("SubmitReferenceToVideoViduJobRequestAudioType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_REFERENCE_TO_VIDEO_VIDU_JOB_REQUEST_AUDIO_TYPE_VALUES!r}"
    )
