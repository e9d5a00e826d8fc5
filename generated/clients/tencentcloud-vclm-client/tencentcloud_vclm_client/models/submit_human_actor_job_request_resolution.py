from typing import Literal

from .._runtime.replies import unknown_value

SubmitHumanActorJobRequestResolution = Literal["1080p", "720p"]

SUBMIT_HUMAN_ACTOR_JOB_REQUEST_RESOLUTION_VALUES: set[SubmitHumanActorJobRequestResolution] = {
    "1080p",
    "720p",
}


def check_submit_human_actor_job_request_resolution(value: str) -> SubmitHumanActorJobRequestResolution:
    if value in SUBMIT_HUMAN_ACTOR_JOB_REQUEST_RESOLUTION_VALUES:
        return value
    unknown_value("SubmitHumanActorJobRequestResolution", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_HUMAN_ACTOR_JOB_REQUEST_RESOLUTION_VALUES!r}")
