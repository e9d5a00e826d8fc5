"""MetaStudio state and rules: digital human video production jobs (no HTTP here)."""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson

from emulator.config import Config, Progression
from emulator.context import Context
from emulator.lifecycle import Lifecycle
from emulator.store import TaskQuery
from emulator.tasks import Facets, Tasks

KIND = "metastudio.job"
# What a job was made from (voice, output settings, scenes, photo): kept apart from the job
# record, which every listing reads, and read only by the show calls.
SCRIPT_KIND = "metastudio.job_script"
JOBS = Lifecycle(("WAITING", "PROCESSING", "SUCCEED"), failed="FAILED", other=("CANCELED", "BLOCK"))
AVATAR_VIDEO = "2D_DIGITAL_HUMAN_VIDEO"
PHOTO_VIDEO = "DIGITAL_HUMAN_PHOTO_VIDEO"
# The list filter spells the photo type differently from the jobs it returns.
FILTER_JOB_TYPES = {AVATAR_VIDEO: AVATAR_VIDEO, "PHOTO_DIGITAL_HUMAN_VIDEO": PHOTO_VIDEO}
DEFAULT_WINDOW_SECONDS = 30 * 24 * 3600  # "only jobs created in the last month"
FUZZY_FIELDS = ("asset_name", "script_id", "job_id")
MATCHED_COLUMNS = {"asset_name": "name", "script_id": "script_id", "job_id": "id"}
# The store's orders; each breaks ties by creation time, then job_id.
SORT_ORDERS = {"create_time": "created", "update_time": "updated", "asset_order": "name"}
DEFAULT_DURATION = 60.0
MAX_DURATION = float(2**31 - 1)
# "100 is a normal speaking rate, about 250 characters a minute" (VoiceConfig.speed).
CHARACTERS_PER_MINUTE = 250
SSML_TAG = re.compile(r"<[^>]*>")
# How many listed jobs are kept as a listing presents them (per process), and the longest
# record kept so: what is kept is bounded whatever the records hold.
PRESENTED_KEPT = 1024
PRESENTED_RECORD_CHARS = 4096
_MISSING: Any = object()
Presented = TypeVar("Presented")


def stored_job_type(job_type: str) -> str:
    """Either spelling of a job type as jobs carry it."""
    stored = FILTER_JOB_TYPES.get(job_type, job_type)
    if stored not in (AVATAR_VIDEO, PHOTO_VIDEO):
        raise ValueError(f"job_type must be one of {', '.join(FILTER_JOB_TYPES)}")
    return stored


def estimated_duration(voice: Mapping[str, Any] | None, scenes: list[Any] | None) -> float:
    """How long the video will be: each TEXT scene at the voice's speaking rate, each AUDIO
    scene as long as its audio; DEFAULT_DURATION when the scenes say nothing."""
    speed = float((voice or {}).get("speed") or 100) / 100
    seconds = 0.0
    for item in scenes or []:
        scene = item.get("shoot_script") or {}
        if scene.get("script_type") == "AUDIO":
            seconds += float(scene.get("audio_duration") or 0)
            continue
        text = SSML_TAG.sub("", str((scene.get("text_config") or {}).get("text", "")))
        seconds += len(text.strip()) * 60 / (CHARACTERS_PER_MINUTE * speed)
    # The reply documents durations up to 2**31 - 1 s; nothing longer can be produced.
    return min(round(seconds, 1), MAX_DURATION) if seconds > 0 else DEFAULT_DURATION


def reached(state: str) -> tuple[str, ...]:
    """The states a job has passed through to be in `state` (itself included)."""
    path = JOBS.states
    if state in path:
        return path[: path.index(state) + 1]
    if state == JOBS.failed:
        return (*path[:-1], state)
    return (state,)  # pinned states: nothing is known about how the job got there


def entry_time(job: Mapping[str, Any], state: str, now: float, config: Config) -> float:
    """When the job entered `state`: exact when time drives it, else when first seen."""
    created = float(job["_created"])
    path = JOBS.states
    start = path.index(job.get("_initial", path[0]))
    if state == JOBS.failed:
        index = len(path) - 1  # failing takes the place of the final step
    elif state in path:
        index = path.index(state)
    else:
        return now  # CANCELED and BLOCK come only from pinning
    if index <= start:
        return created
    if "_state" in job:
        return now
    if config.progression is Progression.IMMEDIATE:
        return created
    if config.progression is Progression.TIME:
        return created + (index - start) * config.step_seconds / config.speed
    return now


class JobView:
    """A job as one read sees it: its record (shared: not to be changed), its state, and
    (worked out when first asked for) when it entered each state."""

    __slots__ = ("_entered", "config", "job", "now", "state")

    def __init__(self, job: Mapping[str, Any], state: str, now: float, config: Config) -> None:
        self.job, self.state, self.now, self.config = job, state, now, config
        self._entered: dict[str, float] | None = None

    @property
    def entered(self) -> dict[str, float]:
        if self._entered is None:
            entered = dict(self.job.get("_entered", {}))  # stored as floats
            for step in reached(self.state):
                if step not in entered:
                    entered[step] = entry_time(self.job, step, self.now, self.config)
            self._entered = entered
        return self._entered

    @property
    def created(self) -> float:
        return float(self.job["_created"])

    @property
    def updated(self) -> float:
        return self.entered[self.state]

    @property
    def started(self) -> float | None:
        return None if self.state == "WAITING" else self.entered.get("PROCESSING")

    @property
    def ended(self) -> float | None:
        return self.entered[self.state] if self.state in ("SUCCEED", "FAILED") else None


@dataclass(frozen=True)
class JobFilter:
    project_id: str
    states: frozenset[str] | None = None
    job_type: str | None = None  # as stored
    job_ids: frozenset[str] | None = None
    job_id: str | None = None
    asset_name: str | None = None
    script_id: str | None = None
    fuzzy: frozenset[str] = field(default_factory=frozenset)  # fields matched as substrings
    since: float | None = None
    until: float | None = None

    def query(
        self, now: float, sort_key: str, descending: bool, offset: int, limit: int
    ) -> TaskQuery:
        """The filter as the store's indexed query. Creation times compare in whole seconds,
        as create_time shows them, so a job is inside a window that names its own
        create_time."""
        equal: dict[str, str] = {}
        contains: dict[str, str] = {}
        for name in FUZZY_FIELDS:
            wanted = getattr(self, name)
            if wanted is not None:
                (contains if name in self.fuzzy else equal)[MATCHED_COLUMNS[name]] = wanted
        return TaskQuery(
            owner=self.project_id,
            now=now,
            states=self.states,
            job_type=self.job_type,
            ids=self.job_ids,
            equal=equal,
            contains=contains,
            created_from=None if self.since is None else _whole(math.ceil, self.since),
            created_before=None if self.until is None else _whole(math.floor, self.until) + 1,
            order=SORT_ORDERS[sort_key],
            descending=descending,
            offset=offset,
            limit=limit,
        )


def _whole(rounding: Callable[[float], int], seconds: float) -> float:
    return float(rounding(seconds)) if math.isfinite(seconds) else seconds


def job_facets(job: Mapping[str, Any]) -> Facets:
    return Facets(
        owner=str(job["project_id"]),
        job_type=str(job["job_type"]),
        name=job.get("asset_name"),
        script_id=job.get("script_id"),
    )


class MetaStudioBackend:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.jobs = Tasks(context, KIND, JOBS, job_facets)
        # (present, stored record, state) -> what `present` gave for it (see list_jobs).
        self._presented: dict[tuple[Callable[[JobView], Any], str, str], Any] = {}

    def create_job(
        self,
        project_id: str,
        job_type: str = AVATAR_VIDEO,
        asset_name: str | None = None,
        script_id: str | None = None,
        duration: float = DEFAULT_DURATION,
        state: str | None = None,
        created: float | None = None,
        script: Mapping[str, Any] | None = None,
        job_id: str | None = None,
    ) -> dict[str, Any]:
        """A new job (`script`: what it is made from, for the show calls; `job_id`: a chosen
        ID, for fixtures that must name their jobs)."""
        if duration < 0:
            raise ValueError("duration must not be negative")
        chosen = job_id is not None
        if job_id is None:
            job_id = str(uuid.uuid4())
        elif not job_id or "/" in job_id:
            raise ValueError("job_id must be a non-empty string without '/'")
        at = self.context.clock.now() if created is None else float(created)
        record: dict[str, Any] = {
            "job_id": job_id,
            "project_id": project_id,
            "job_type": stored_job_type(job_type),
            "asset_id": self.context.hex_id(),
            "asset_name": asset_name if asset_name is not None else f"video-{job_id[:8]}",
            "script_id": script_id,
            "duration": float(duration),
            "_entered": {},
            "_created": at,
        }
        if state is not None:
            # Seeded in that state: it has been there since it was created.
            self._enter(record, state, at)
        with self.context.store.atomic():
            if chosen and self.jobs.get(job_id) is not None:
                raise ValueError(f"a job {job_id} exists already")
            job = self.jobs.create(job_id, record, state)
            if script:
                self.context.store.put(SCRIPT_KIND, job_id, at, script)
        return job

    def find(self, project_id: str, job_id: str, job_type: str) -> dict[str, Any] | None:
        """The project's job of that type (a copy), or None."""
        job = self.jobs.get(job_id)
        if job is None or job["project_id"] != project_id or job["job_type"] != job_type:
            return None
        return job

    def show(self, job: Mapping[str, Any]) -> JobView:
        """The job as a show call sees it; like a listing, the call moves it on in polls mode."""
        view = self._view(job, self.context.clock.now())
        self._seen(view)
        return view

    def script(self, job_id: str) -> dict[str, Any]:
        return self.context.store.get(SCRIPT_KIND, job_id) or {}

    def cancel(self, job: Mapping[str, Any]) -> JobView:
        """Cancel a WAITING job; ValueError names the state of any other. The check and the
        cancel are one transaction, so a job is canceled once whatever the workers."""
        with self.context.store.atomic():
            current = self.jobs.get(job["job_id"]) or dict(job)
            view = self._view(current, self.context.clock.now())
            if view.state != "WAITING":
                raise ValueError(f"the job is {view.state}; only a WAITING job can be canceled")
            canceled = self.pin(job["project_id"], job["job_id"], "CANCELED")
        assert canceled is not None  # found above
        return canceled

    def pin(self, project_id: str, job_id: str, state: str | None) -> JobView | None:
        """Fix a job's state (None lets it progress again); None when there is no such job."""
        if state is not None:
            self.jobs.check_state(state)
        now = self.context.clock.now()

        def fix(job: dict[str, Any]) -> bool:
            if job["project_id"] != project_id:
                return False
            if state is None:
                job.pop("_state", None)
            else:
                job["_state"] = state
                self._enter(job, state, now)
            return True

        job = self.jobs.update(job_id, fix)
        if job is None or job["project_id"] != project_id:
            return None
        return self._view(job, now)

    def list_jobs(
        self,
        where: JobFilter,
        sort_key: str,
        descending: bool,
        offset: int,
        limit: int,
        present: Callable[[JobView], Presented],
    ) -> tuple[int, list[Presented]]:
        """The total number of matching jobs and one page of them, in order, each as
        `present` gives it (the store filters, counts, sorts and pages, under its indexes).

        `present` must depend on nothing but the view's record and state, and give a value
        no one changes: it is kept, keyed by the record as stored and the state the store
        found at this moment, and handed out again by every later listing that finds the
        same record in the same state, whichever worker wrote it and whatever the clock says
        (a state that times moves on is a different key). A job whose view needed the clock
        (a state's time first seen now) or moved it on (polls mode) is not kept: the listing
        writes it anew, so the next one finds another record."""
        now, config = self.context.clock.now(), self.context.config
        query = where.query(now, sort_key, descending, offset, limit)
        count, rows = self.jobs.list_records(query)
        page = []
        for text, state in rows:
            key = (present, text, state)
            presented = self._presented.get(key, _MISSING)
            if presented is _MISSING:
                view = JobView(orjson.loads(text), state, now, config)
                settled = self._seen(view)
                presented = present(view)
                if settled and len(text) <= PRESENTED_RECORD_CHARS:
                    if len(self._presented) >= PRESENTED_KEPT:
                        self._presented.clear()
                    self._presented[key] = presented
            page.append(presented)
        return count, page

    def _view(self, job: Mapping[str, Any], now: float) -> JobView:
        return JobView(job, self.jobs.state(job, now), now, self.context.config)

    def _seen(self, view: JobView) -> bool:
        """A list call returned the job: keep the state times it showed, and (in polls
        mode) move the job on, as the describe calls of the real service are polled. True
        when there was nothing to do: every time shown was stored, and the job stays."""
        changed = view.job.get("_entered") != view.entered
        if not changed and not self.jobs.moves_when_observed(view.job, view.state):
            return True
        entered = dict(view.entered)

        def note(job: dict[str, Any]) -> bool:
            known = dict(job.get("_entered") or {})
            merged = {**entered, **known}  # the first time a state was seen stays
            moves = self.jobs.moves_when_observed(job, self.jobs.state(job, view.now))
            if merged == known and not moves:
                return False
            job["_entered"] = merged
            if moves:
                job["_polls"] = int(job["_polls"]) + 1
            return True

        self.jobs.update(view.job["job_id"], note)
        return False

    def _enter(self, job: dict[str, Any], state: str, at: float) -> None:
        entered = job.setdefault("_entered", {})
        for step in reached(state):
            entered.setdefault(step, at)
