"""MetaStudio v1 operations on top of the Huawei protocol (parameters arrive typed and
validated, with the spec's defaults filled in)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache, partial
from typing import Any
from urllib.parse import quote

import orjson

from emulator.protocols.errors import ApiError
from emulator.protocols.huaweicloud import (
    INVALID_PARAMETER,
    NOT_FOUND,
    HuaweiContext,
    HuaweiHandler,
)
from emulator.services.metastudio.backend import (
    AVATAR_VIDEO,
    DEFAULT_WINDOW_SECONDS,
    FILTER_JOB_TYPES,
    PHOTO_VIDEO,
    JobFilter,
    JobView,
    MetaStudioBackend,
    estimated_duration,
)

MEDIA_HOST = "https://metastudio-emulator.local"
FAILURE = {
    "error_code": "MSS.10000004",
    "error_msg": "Video production failed (injected by the emulator)",
}


_RFC3339: dict[int, str] = {}  # the same job times are formatted on every listing


def rfc3339(seconds: float) -> str:
    whole = int(seconds)
    text = _RFC3339.get(whole)
    if text is None:
        if len(_RFC3339) >= 65536:
            _RFC3339.clear()
        text = _RFC3339[whole] = datetime.fromtimestamp(whole, tz=UTC).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
    return text


def _instant(query: dict[str, Any], name: str) -> float | None:
    value = query.get(name)
    if value is None:
        return None
    try:
        # The format check passed; Python still refuses a few RFC 3339 forms (e.g. "t"/"z").
        return datetime.fromisoformat(str(value).upper()).timestamp()
    except ValueError as error:
        raise ApiError(INVALID_PARAMETER, f"Invalid parameter: {name}: {error}", 400) from None


@lru_cache(maxsize=1024)
def _quoted(segment: str) -> str:
    return quote(segment, safe="")


def render(view: JobView) -> dict[str, Any]:
    """A job as DigitalHumanVideo."""
    job, state = view.job, view.state
    asset: dict[str, Any] = {"asset_id": job["asset_id"], "asset_name": job["asset_name"]}
    if state == "SUCCEED":  # nothing to show before the video exists
        base = f"{MEDIA_HOST}/{_quoted(job['project_id'])}/{job['asset_id']}"
        asset["cover_url"] = f"{base}/cover.png"
        if job["job_type"] == PHOTO_VIDEO:  # 2D avatar videos have no preview
            asset["preview_video_url"] = f"{base}/preview.mp4"
    rendered: dict[str, Any] = {
        "job_id": job["job_id"],
        "state": state,
        "job_type": job["job_type"],
        "create_time": rfc3339(view.created),
        "lastupdate_time": rfc3339(view.updated),
    }
    started, ended = view.started, view.ended
    if started is not None:
        rendered["start_time"] = rfc3339(started)
    if ended is not None:
        rendered["end_time"] = rfc3339(ended)
        duration = float(job["duration"])
        # Whole seconds print as integers, as on the API page's example (`duration: 60`).
        rendered["duration"] = int(duration) if duration.is_integer() else duration
    rendered["output_asset_config"] = asset
    rendered["error_info"] = dict(FAILURE) if state == "FAILED" else None
    return rendered


def listed(view: JobView) -> orjson.Fragment | dict[str, Any]:
    """A job as a listing shows it, already encoded: the backend keeps it for later
    listings of the same record in the same state, and the reply takes it in as it is."""
    rendered = render(view)
    try:
        return orjson.Fragment(orjson.dumps(rendered))
    except TypeError:  # nothing a job holds should get here; the reply's encoder decides
        return rendered


@dataclass(frozen=True)
class JobKind:
    """One kind of job and the body fields its create call keeps for its show call."""

    job_type: str  # as jobs carry it
    script_fields: tuple[str, ...]  # shown with show_script=true
    detail_fields: tuple[str, ...]  # always shown


AVATAR = JobKind(
    AVATAR_VIDEO,
    ("voice_config", "video_config", "shoot_scripts", "background_music_config"),
    ("model_asset_id",),
)
PHOTO = JobKind(PHOTO_VIDEO, ("human_image", "voice_config", "video_config", "shoot_scripts"), ())


class MetaStudioActions:
    def __init__(self, backend: MetaStudioBackend) -> None:
        self.backend = backend

    def handlers(self) -> dict[str, HuaweiHandler]:
        return {
            "ListDigitalHumanVideo": self.list_digital_human_video,
            "Create2DDigitalHumanVideo": partial(self.create, AVATAR),
            "Show2DDigitalHumanVideo": partial(self.show, AVATAR),
            "Cancel2DDigitalHumanVideo": partial(self.cancel, AVATAR),
            "CreatePhotoDigitalHumanVideo": partial(self.create, PHOTO),
            "ShowPhotoDigitalHumanVideo": partial(self.show, PHOTO),
            "CancelPhotoDigitalHumanVideo": partial(self.cancel, PHOTO),
        }

    def create(self, kind: JobKind, call: HuaweiContext) -> tuple[int, dict[str, Any] | None]:
        body: dict[str, Any] = call.body  # validated against the operation's schema
        names = (*kind.script_fields, *kind.detail_fields)
        kept = {name: body[name] for name in names if name in body}
        job = self.backend.create_job(
            call.project_id or "",
            job_type=kind.job_type,
            asset_name=(body.get("output_asset_config") or {}).get("asset_name"),
            script_id=body.get("script_id"),
            duration=estimated_duration(body.get("voice_config"), body.get("shoot_scripts")),
            script=kept,
        )
        return 200, {"job_id": job["job_id"]}

    def show(self, kind: JobKind, call: HuaweiContext) -> tuple[int, dict[str, Any] | None]:
        job_id = call.path_params["job_id"]
        job = self.backend.find(call.project_id or "", job_id, kind.job_type)
        if job is None:
            raise ApiError(NOT_FOUND, f"Not Found: no job {job_id}", 404)
        shown = render(self.backend.show(job))
        if job.get("script_id") is not None:
            shown["script_id"] = job["script_id"]
        script = self.backend.script(job_id)
        names = (*kind.detail_fields, *(kind.script_fields if call.query["show_script"] else ()))
        shown.update({name: script[name] for name in names if name in script})
        return 200, shown

    def cancel(self, kind: JobKind, call: HuaweiContext) -> tuple[int, dict[str, Any] | None]:
        job_id = call.path_params["job_id"]
        job = self.backend.find(call.project_id or "", job_id, kind.job_type)
        if job is None:  # the page lists no 404 for a cancel
            raise ApiError(INVALID_PARAMETER, f"Invalid parameter: job_id: no job {job_id}", 400)
        try:
            self.backend.cancel(job)
        except ValueError as refused:
            message = f"Invalid parameter: job_id: {refused}"
            raise ApiError(INVALID_PARAMETER, message, 400) from None
        return 200, None

    def list_digital_human_video(self, call: HuaweiContext) -> tuple[int, dict[str, Any] | None]:
        query = call.query
        since, until = _instant(query, "create_since"), _instant(query, "create_until")
        if since is None and until is None:
            since = self.backend.context.clock.now() - DEFAULT_WINDOW_SECONDS
        job_type = query.get("job_type")
        job_ids = query.get("job_ids")
        where = JobFilter(
            project_id=call.project_id or "",
            states=frozenset(query["state"].split(",")) if "state" in query else None,
            job_type=FILTER_JOB_TYPES[job_type] if job_type is not None else None,
            job_ids=frozenset(job_ids) if job_ids is not None else None,
            job_id=query.get("job_id"),
            asset_name=query.get("asset_name"),
            script_id=query.get("script_id"),
            fuzzy=frozenset(query.get("fuzzy_query_field", ())),
            since=since,
            until=until,
        )
        count, page = self.backend.list_jobs(
            where,
            sort_key=query.get("sort_key", "create_time"),
            descending=query["sort_dir"] == "desc",
            offset=query["offset"],
            limit=query["limit"],
            present=listed,
        )
        return 200, {"count": count, "jobs": page}
