"""Video generation jobs of every kind in job_kinds.py: submit, describe, seed, pin.

One backend for all kinds; what differs is the row of the table. A job's state
comes from its record, the clock and the progression mode (emulator/lifecycle.py),
so it is the same in every worker. A failing job (failure injection) ends in FAIL
with one of its kind's failure reasons.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from emulator.context import Context
from emulator.http import clip
from emulator.messages import localized, text
from emulator.protocols.errors import ApiError
from emulator.services.vclm.job_kinds import PORTRAIT_MESSAGES, JobKind
from emulator.tasks import Facets, Tasks

MEDIA_HOST = "https://vclm-emulator.local"
RESULT_URL_SECONDS = 24 * 3600  # "valid for 24 hours"
DEFAULT_DURATION = "5"  # the Kling actions' documented default
CREDITS_PER_SECOND = 1.0  # what the emulator charges: an assumption, no rate is documented


def job_facets(job: Mapping[str, Any]) -> Facets:
    """A job is its submitter's; a Kling job is also found by its ExternalTaskId."""
    external = job["Params"].get("ExternalTaskId")
    return Facets(owner=str(job.get("Owner") or ""), name=str(external) if external else None)


class GenerationJobs:
    def __init__(self, context: Context, kind: JobKind) -> None:
        self.context, self.kind = context, kind
        self.tasks = Tasks(context, kind.store_kind, kind.lifecycle, job_facets)

    def submit(self, params: Mapping[str, Any], owner: str | None) -> dict[str, Any]:
        for group in self.kind.one_of:
            if not any(params.get(name) not in (None, "") for name in group):
                # InvalidParameter, not MissingParameter: each field is optional on its own.
                raise ApiError("InvalidParameter", text("vclm.one_of", names=", ".join(group)))
        job_id = self._new_id()
        record = {"JobId": job_id, "Owner": owner, "Params": dict(params)}
        self.tasks.create(job_id, record)
        output: dict[str, Any] = {"JobId": job_id}
        if self.kind.family == "kling" and params.get("ExternalTaskId"):
            output["ExternalTaskId"] = params["ExternalTaskId"]
        return output

    def add(self, fields: Mapping[str, Any], state: str | None = None) -> dict[str, Any]:
        """A job seeded through the admin API (any fields of the submit request)."""
        job_id = str(fields.get("JobId") or self._new_id())
        if self.tasks.get(job_id) is not None:
            raise ValueError(f"{self.kind.name} job {job_id} exists already")
        params = {key: value for key, value in fields.items() if key not in ("JobId", "State")}
        return self.tasks.create(job_id, {"JobId": job_id, "Owner": None, "Params": params}, state)

    def describe(self, params: Mapping[str, Any], language: str | None = None) -> dict[str, Any]:
        """The job's reply; its messages (ErrorMessage, StatusMsg) in `language`."""
        job_id, job = self._find(params)
        state = self.tasks.observe(job_id, job)
        return self._reply(job_id, job, state, language)

    def _find(self, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        job_id = params.get("JobId")
        external = params.get("ExternalTaskId")
        now = self.context.clock.now()
        if job_id:
            job = self.tasks.get(str(job_id))
            if job is not None and not self._expired(job, now):
                return str(job_id), job
            raise ApiError(
                self.kind.not_found_code, text("vclm.job_not_found", job_id=clip(str(job_id)))
            )
        if external and self.kind.family == "kling":
            # The ExternalTaskId is the job's name (facets): the oldest live job of that name.
            for candidate in self.tasks.named(str(external)):
                if not self._expired(candidate, now):
                    return str(candidate["JobId"]), candidate
            raise ApiError(
                self.kind.not_found_code,
                text("vclm.external_not_found", external=clip(str(external))),
            )
        raise ApiError(self.kind.not_found_code, text("vclm.no_job_named"))

    def _expired(self, job: Mapping[str, Any], now: float) -> bool:
        return now - float(job["_created"]) > self.kind.lifetime_seconds

    def _new_id(self) -> str:
        # The service's job IDs are decimal numbers (tccli's examples); 19 digits.
        return str(int(self.context.hex_id()[:15], 16)).rjust(19, "1")[:19]

    def _reply(
        self, job_id: str, job: Mapping[str, Any], state: str, language: str | None
    ) -> dict[str, Any]:
        kind, params = self.kind, job["Params"]
        done = state == kind.lifecycle.states[-1]
        failed = state == kind.lifecycle.failed
        code, message = self._failure(job_id) if failed else ("", "")
        reply: dict[str, Any] = {
            kind.status_field: state,
            "ErrorCode": code,
            "ErrorMessage": localized(message, language),
            "ResultVideoUrl": self._result_url(job_id) if done else "",
        }
        duration = str(params.get("Duration") or DEFAULT_DURATION)
        if kind.family == "kling":
            reply["VideoId"] = f"{job_id}0" if done else ""
            reply["Duration"] = duration if done else ""
            reply["FinalUnitDeduction"] = duration if done else ""
            if kind.describe_action in ("DescribeTextToVideoJob", "DescribeImageToVideoJob"):
                reply["ExternalTaskId"] = str(params.get("ExternalTaskId", ""))
        elif kind.family == "vidu":
            reply["Credits"] = float(duration) * CREDITS_PER_SECOND if done else 0.0
            reply["Payload"] = str(params.get("Payload", ""))
        elif kind.family == "portrait":
            reply["JobId"] = job_id
            reply["StatusMsg"] = localized(PORTRAIT_MESSAGES[state], language)
        return reply

    def _failure(self, job_id: str) -> tuple[str, str]:
        digest = int(hashlib.sha256(job_id.encode()).hexdigest(), 16)
        return self.kind.failures[digest % len(self.kind.failures)]

    def _result_url(self, job_id: str) -> str:
        expires = int(self.context.clock.now()) + RESULT_URL_SECONDS
        return f"{MEDIA_HOST}/{self.kind.name}/{job_id}/result.mp4?expires={expires}"
