"""VCLM stylization jobs: JobInit, JobRunning, JobSuccess (or JobFailed / JobModerationFailed)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from emulator.context import Context
from emulator.http import clip
from emulator.lifecycle import Lifecycle
from emulator.messages import CHINESE, label, text
from emulator.protocols.errors import ApiError
from emulator.tasks import Facets, Tasks

STYLIZATION = Lifecycle(
    ("JobInit", "JobRunning", "JobSuccess"),
    failed="JobFailed",
    failures=("JobModerationFailed",),
)
MEDIA_HOST = "https://vclm-emulator.local"
DEFAULT_STYLE_STRENGTH = "medium"
# "The job can be queried for 48 hours" (the SubmitVideoStylizationJob output's JobId).
JOB_LIFETIME_SECONDS = 48 * 3600
# RequestLimitExceeded.JobNumExceed is documented without a number; the emulator allows as
# many unfinished jobs per SecretId as TIW allows video generation tasks (an assumption).
MAX_UNFINISHED_JOBS = 5
VIDEO_SUFFIXES = (".mp4", ".mov")
KIND = "vclm.stylization_job"


class VclmBackend:
    def __init__(self, context: Context) -> None:
        self.context = context
        # A job counts against its owner's limit until it ends or can no longer be queried.
        self.jobs = Tasks(
            context,
            "vclm.stylization_job",
            STYLIZATION,
            owner_facets,
            lifetime=JOB_LIFETIME_SECONDS,
        )

    def add_job(self, spec: dict[str, Any], state: str | None = None) -> dict[str, Any]:
        job_id = str(spec.get("JobId") or self.context.hex_id())
        record = {
            "JobId": job_id,
            "StyleId": spec.get("StyleId", "2d_anime"),
            "VideoUrl": spec.get("VideoUrl", "https://example.com/input.mp4"),
            "StyleStrength": spec.get("StyleStrength", DEFAULT_STYLE_STRENGTH),
        }
        with self.context.store.atomic():
            if self.jobs.get(job_id) is not None:
                raise ValueError(f"stylization job {job_id} exists already")
            return self.jobs.create(job_id, record, state)

    def submit_job(self, params: dict[str, Any], owner: str | None) -> str:
        """A new job for valid parameters (the schema has checked their shape)."""
        check_video_url(str(params["VideoUrl"]))
        job_id = self.context.hex_id()
        record = {
            "JobId": job_id,
            "StyleId": params["StyleId"],
            "VideoUrl": params["VideoUrl"],
            "StyleStrength": params.get("StyleStrength", DEFAULT_STYLE_STRENGTH),
            "Owner": owner,
        }
        with self.context.store.atomic():  # the check holds until the job is stored
            unfinished = self.jobs.count_busy(owner or "", self.context.clock.now())
            if unfinished >= MAX_UNFINISHED_JOBS:
                raise ApiError(
                    "RequestLimitExceeded.JobNumExceed",
                    text("vclm.job_limit", limit=MAX_UNFINISHED_JOBS),
                )
            self.jobs.create(job_id, record)
        return job_id

    def describe_job(self, job_id: str) -> dict[str, Any]:
        job = self.jobs.get(job_id)
        if job is None or expired(job, self.context.clock.now()):
            raise ApiError(
                "FailedOperation.TaskNotExist", text("vclm.job_not_found", job_id=clip(job_id))
            )
        state = self.jobs.observe(job_id, job)
        return {
            "JobId": job_id,
            "StatusCode": state,
            # The documented (Chinese) label; the action gives it in the caller's language.
            "StatusMsg": label(f"vclm.{state}", CHINESE),
            # Empty until the job succeeds, as in the documented example.
            "ResultVideoUrl": f"{MEDIA_HOST}/{job_id}/result.mp4" if state == "JobSuccess" else "",
        }


def owner_facets(job: Mapping[str, Any]) -> Facets:
    return Facets(owner=str(job.get("Owner") or ""))


def expired(job: Mapping[str, Any], now: float) -> bool:
    return now - float(job["_created"]) > JOB_LIFETIME_SECONDS


def check_video_url(url: str) -> None:
    """What can be told of the input video without downloading it: an http(s) URL whose
    file name, if it has an extension, is an mp4 or mov file."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiError("InvalidParameterValue.UrlIllegal", text("vclm.video_url", url=clip(url)))
    suffix = PurePosixPath(parts.path).suffix.lower()
    if suffix and suffix not in VIDEO_SUFFIXES:
        raise ApiError(
            "InvalidParameterValue.InvalidVideoFormat",
            text("vclm.video_format", suffix=clip(suffix)),
        )
