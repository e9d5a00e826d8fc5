"""ListDigitalHumanVideo keeps each job as it presented it, keyed by the stored record and the
state at the moment of listing: a job written by another worker, or moved on by the clock,
is presented afresh, and what is kept is bounded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

import emulator.services.metastudio.backend as backend_module
from emulator.config import DEFAULT_HUAWEI_PROJECT, Progression
from emulator.services.metastudio.actions import listed
from emulator.services.metastudio.backend import JobFilter, JobView, MetaStudioBackend
from tests.emulator.inprocess import context_on, frozen

T0 = 1_700_000_000.0
PROJECT = DEFAULT_HUAWEI_PROJECT


def backend_on(
    path: Path | None, progression: Progression, wall: Callable[[], float] = lambda: T0
) -> MetaStudioBackend:
    return MetaStudioBackend(context_on(path, progression, wall))


class Counting:
    """`listed`, counting the jobs it is asked to present."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, view: JobView) -> Any:
        self.calls += 1
        return listed(view)


def page(
    backend: MetaStudioBackend,
    present: Callable[[JobView], Any] = listed,
    offset: int = 0,
    limit: int = 10,
) -> tuple[int, list[dict[str, Any]]]:
    where = JobFilter(project_id=PROJECT, since=T0 - 3600)
    count, jobs = backend.list_jobs(where, "create_time", False, offset, limit, present)
    return count, orjson.loads(orjson.dumps(jobs))


def test_a_job_another_worker_wrote_is_presented_afresh(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    first = backend_on(path, Progression.MANUAL)
    second = backend_on(path, Progression.MANUAL)
    job_id = first.create_job(PROJECT, asset_name="before", state="SUCCEED")["job_id"]
    present = Counting()
    assert page(first, present) == page(first, present)
    assert present.calls == 1  # the second listing reused the first's
    (shown,) = page(first, present)[1]
    assert shown["output_asset_config"]["asset_name"] == "before"

    def rename(job: dict[str, Any]) -> bool:
        job["asset_name"] = "after"
        return True

    second.jobs.update(job_id, rename)  # the state stays: only the record tells
    (shown,) = page(first, present)[1]
    assert shown["output_asset_config"]["asset_name"] == "after"
    assert present.calls == 2
    second.pin(PROJECT, job_id, "FAILED")
    (shown,) = page(first, present)[1]
    assert (shown["state"], shown["error_info"]["error_code"]) == ("FAILED", "MSS.10000004")
    assert page(first) == page(backend_on(path, Progression.MANUAL))  # as a fresh worker sees it


def test_a_job_the_clock_moves_on_is_presented_in_its_new_state(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    now = [T0]
    lister = backend_on(path, Progression.TIME, lambda: now[0])
    lister.create_job(PROJECT, asset_name="timed")
    seen: list[tuple[float, str]] = []
    for moment in (T0, T0 + 1, T0 + 4.9, T0 + 5, T0 + 7, T0 + 9.99, T0 + 10, T0 + 60):
        now[0] = moment
        for _ in range(2):  # the first listing in a state writes when it was entered
            count, (shown,) = page(lister)
            seen.append((moment, shown["state"]))
            fresh = backend_on(path, Progression.TIME, frozen(moment))
            assert (count, [shown]) == page(fresh), moment
    states = dict(seen)
    assert [states[t] for t in (T0, T0 + 4.9, T0 + 5, T0 + 9.99, T0 + 10, T0 + 60)] == [
        "WAITING",
        "WAITING",
        "PROCESSING",
        "PROCESSING",
        "SUCCEED",
        "SUCCEED",
    ]
    now[0] = T0 + 61
    (shown,) = page(lister)[1]
    assert (shown["start_time"], shown["end_time"]) == (
        "2023-11-14T22:13:25Z",
        "2023-11-14T22:13:30Z",
    )


def test_what_is_kept_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backend_module, "PRESENTED_KEPT", 5)
    backend = backend_on(None, Progression.MANUAL)
    for index in range(30):
        backend.create_job(
            PROJECT, asset_name=f"video-{index}", state="SUCCEED", created=T0 + index
        )
    names = []
    for offset in range(0, 30, 10):
        count, jobs = page(backend, offset=offset)
        assert count == 30
        names += [job["output_asset_config"]["asset_name"] for job in jobs]
        assert len(backend._presented) <= 5
    assert names == [f"video-{index}" for index in range(30)]
    monkeypatch.setattr(backend_module, "PRESENTED_KEPT", 1000)
    long_name = "x" * backend_module.PRESENTED_RECORD_CHARS
    backend.create_job(PROJECT, asset_name=long_name, state="SUCCEED", created=T0 + 100)
    present = Counting()
    for _ in range(3):
        assert page(backend, present, offset=30)[1][0]["output_asset_config"]["asset_name"] == (
            long_name
        )
    assert present.calls == 3  # too long a record to keep
