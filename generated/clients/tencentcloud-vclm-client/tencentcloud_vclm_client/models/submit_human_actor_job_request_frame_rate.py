from typing import Literal

from .._runtime.replies import unknown_value

SubmitHumanActorJobRequestFrameRate = Literal[25, 50]

SUBMIT_HUMAN_ACTOR_JOB_REQUEST_FRAME_RATE_VALUES: set[SubmitHumanActorJobRequestFrameRate] = {
    25,
    50,
}


def check_submit_human_actor_job_request_frame_rate(value: int) -> SubmitHumanActorJobRequestFrameRate:
    if value in SUBMIT_HUMAN_ACTOR_JOB_REQUEST_FRAME_RATE_VALUES:
        return value
    unknown_value("SubmitHumanActorJobRequestFrameRate", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_HUMAN_ACTOR_JOB_REQUEST_FRAME_RATE_VALUES!r}")
