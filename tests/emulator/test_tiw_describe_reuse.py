"""DescribeOnlineRecord keeps each output it gave, keyed by the recording as stored and the
state the clock puts it in: a recording another worker writes, or a state the clock moves on,
is described afresh; an output that depends on the clock is never kept; what is kept is
bounded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import emulator.services.tiw.backend as backend_module
from emulator.config import DEFAULT_SDK_APP_ID, Progression
from emulator.services.tiw.backend import TiwBackend, recording_record
from emulator.services.tiw.outputs import ENDED, reads_the_clock, recording_output
from tests.emulator.inprocess import context_on, frozen

T0 = 1_700_000_000.0
APP = DEFAULT_SDK_APP_ID


def backend_on(
    path: Path | None, progression: Progression, wall: Callable[[], float] = lambda: T0
) -> TiwBackend:
    return TiwBackend(context_on(path, progression, wall))


def seeded(backend: TiwBackend, state: str | None = None, **spec: Any) -> str:
    body = {"SdkAppId": APP, "RoomId": 880528, "Users": ["alice", "bob"], **spec}
    return str(backend.add_recording(body, state)["TaskId"])


def test_a_recording_another_worker_wrote_is_described_afresh(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    first = backend_on(path, Progression.MANUAL)
    second = backend_on(path, Progression.MANUAL)
    task_id = seeded(first, "FINISHED")
    described = first.describe_recording(APP, task_id)
    assert first.describe_recording(APP, task_id) == described
    assert len(first._described) == 1  # kept
    assert {video["UserId"] for video in described["VideoInfos"]} == {"", "alice", "bob"}

    def add_carol(task: dict[str, Any]) -> bool:
        task["Users"].append("carol")
        return True

    second.recordings.update(task_id, add_carol)  # the state stays: only the record tells
    again = first.describe_recording(APP, task_id)
    assert {video["UserId"] for video in again["VideoInfos"]} == {"", "alice", "bob", "carol"}
    second.recordings.pin(task_id, "STOPPED")
    assert first.describe_recording(APP, task_id)["Status"] == "STOPPED"
    fresh = backend_on(path, Progression.MANUAL)
    assert first.describe_recording(APP, task_id) == fresh.describe_recording(APP, task_id)


def test_a_recording_the_clock_moves_on_is_described_in_its_new_state(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    now = [T0]
    describer = backend_on(path, Progression.TIME, lambda: now[0])
    task_id = seeded(describer, DurationSeconds=30)
    statuses = []
    for moment in (T0, T0 + 4.9, T0 + 5, T0 + 9.9, T0 + 10, T0 + 14.9, T0 + 15, T0 + 600):
        now[0] = moment
        for _ in range(2):
            described = describer.describe_recording(APP, task_id)
            fresh = backend_on(path, Progression.TIME, frozen(moment))
            assert described == fresh.describe_recording(APP, task_id), moment
        statuses.append(described["Status"])
    assert statuses == [
        "PREPARED",
        "PREPARED",
        "RECORDING",
        "RECORDING",
        "STOPPED",
        "STOPPED",
        "FINISHED",
        "FINISHED",
    ]
    assert described["TotalTime"] == 30_000 and len(described["VideoInfos"]) == 3


def test_a_running_recording_is_described_at_the_moment(tmp_path: Path) -> None:
    now = [T0]
    backend = backend_on(None, Progression.MANUAL, lambda: now[0])
    params = {"SdkAppId": APP, "RoomId": 7, "Users": ["alice"]}
    task_id = backend.start_recording(params)
    backend.recordings.pin(task_id, "FINISHED")  # ended, but never stopped: times run on
    totals = []
    for moment in (T0 + 10, T0 + 20):
        now[0] = moment
        totals.append(backend.describe_recording(APP, task_id)["TotalTime"])
    assert totals == [10_000, 20_000]
    assert backend._described == {}


def test_reads_the_clock_says_when_the_output_depends_on_it() -> None:
    base = recording_record("t", {"SdkAppId": APP, "RoomId": 1, "Users": ["a"]})
    base["_created"] = T0
    tasks = {
        "seeded": {**base, "DurationSeconds": 60},
        "seeded, paused and resumed": {**base, "DurationSeconds": 60, "Pauses": [[T0 + 5, T0 + 9]]},
        "seeded, still paused": {**base, "DurationSeconds": 60, "Pauses": [[T0 + 5, None]]},
        "started": dict(base),
        "started, paused": {**base, "Pauses": [[T0 + 5, None]]},
        "stopped": {**base, "StoppedAt": T0 + 30, "Pauses": [[T0 + 5, T0 + 9]]},
        "stopped while paused": {**base, "StoppedAt": T0 + 30, "Pauses": [[T0 + 5, None]]},
    }
    reading = set()
    for name, task in tasks.items():
        for state in ("PREPARED", "RECORDING", "PAUSED", *ENDED):
            outputs = [recording_output(task, state, T0 + later) for later in (40, 90)]
            if reads_the_clock(task, state):
                reading.add(name)
            else:
                assert outputs[0] == outputs[1], (name, state)
    assert reading == {"seeded, still paused", "started", "started, paused"}


def test_what_is_kept_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backend_module, "DESCRIBED_KEPT", 4)
    backend = backend_on(None, Progression.MANUAL)
    task_ids = [seeded(backend, "FINISHED", RoomId=room) for room in range(20)]
    for task_id in task_ids * 2:
        assert backend.describe_recording(APP, task_id)["TaskId"] == task_id
        assert len(backend._described) <= 4
    for users in (1000, backend_module.DESCRIBED_FILES):  # too long a record, too many files
        crowd = [f"user-{index:05d}" for index in range(users)]
        task_id = seeded(backend, "FINISHED", Users=crowd)
        backend._described.clear()
        for _ in range(2):
            assert len(backend.describe_recording(APP, task_id)["VideoInfos"]) == users + 1
        assert backend._described == {}
    task_id = seeded(backend, "FINISHED", GroupId="g" * backend_module.DESCRIBED_RECORD_BYTES)
    for _ in range(2):
        assert backend.describe_recording(APP, task_id)["GroupId"].startswith("ggg")
    assert backend._described == {}
