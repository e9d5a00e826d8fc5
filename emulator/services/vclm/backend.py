"""VCLM stylization jobs: JobInit, JobRunning, JobSuccess (or a failure state)."""

from __future__ import annotations

from typing import Any

from emulator.context import Context
from emulator.lifecycle import Lifecycle
from emulator.protocols.errors import ApiError
from emulator.tasks import Tasks

STYLIZATION = Lifecycle(
    ("JobInit", "JobRunning", "JobSuccess"), failed="JobFailed", other=("JobModerationFailed",)
)
# The labels the service sends in StatusMsg.
STATUS_MESSAGES = {
    "JobInit": "初始化中",
    "JobModerationFailed": "审核失败",
    "JobRunning": "处理中",
    "JobFailed": "处理失败",
    "JobSuccess": "处理完成",
}
MEDIA_HOST = "https://vclm-emulator.local"


class VclmBackend:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.jobs = Tasks(context, "vclm.stylization_job", STYLIZATION)

    def add_job(self, spec: dict[str, Any], state: str | None = None) -> dict[str, Any]:
        job_id = str(spec.get("JobId") or self.context.hex_id())
        if self.jobs.get(job_id) is not None:
            raise ValueError(f"stylization job {job_id} exists already")
        record = {
            "JobId": job_id,
            "StyleId": spec.get("StyleId", "2d_anime"),
            "VideoUrl": spec.get("VideoUrl", "https://example.com/input.mp4"),
            "StyleStrength": spec.get("StyleStrength", "medium"),
        }
        return self.jobs.create(job_id, record, state)

    def describe_job(self, job_id: str) -> dict[str, Any]:
        job = self.jobs.get(job_id)
        if job is None:
            raise ApiError("FailedOperation.TaskNotExist", f"The job `{job_id}` does not exist.")
        state = self.jobs.observe(job_id, job)
        return {
            "JobId": job_id,
            "StatusCode": state,
            "StatusMsg": STATUS_MESSAGES[state],
            # Empty until the job succeeds, as in the documented example.
            "ResultVideoUrl": f"{MEDIA_HOST}/{job_id}/result.mp4" if state == "JobSuccess" else "",
        }
