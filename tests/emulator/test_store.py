"""The store: never stale across connections, copies to callers, atomic check-then-write,
indexed task questions (no full scan in any hot query plan), reset wipes everything."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

import pytest

from emulator import store as store_module
from emulator.clock import Clock
from emulator.config import Config, Progression
from emulator.context import Context
from emulator.services.vclm.backend import VclmBackend
from emulator.store import (
    COUNT_BUSY,
    COUNT_CALLS,
    COUNT_HELD,
    GET_RESOURCE,
    GET_TASK,
    NAMED_AFTER,
    PENDING,
    STATE_SLOTS,
    UNSETTLED_AFTER,
    Store,
    TaskQuery,
    TaskRow,
    resources_where,
)

INF = float("inf")


def row(owner: str, created: float, busy_until: float = INF, **more: object) -> TaskRow:
    fields: dict[str, object] = {
        "owner": owner,
        "created": created,
        "state": "WAITING",
        "entered": created,
        "steps": ((created + 5, "PROCESSING"), (created + 10, "SUCCEED")),
        "busy_until": busy_until,
    }
    fields.update(more)
    return TaskRow(**fields)  # type: ignore[arg-type]


def test_a_second_connection_sees_every_committed_write(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    first, second = Store(path), Store(path)
    try:
        assert second.get("job", "a") is None
        assert second.scan("job") == []
        assert second.setting("clock", "0") == "0"
        first.put("job", "a", 1.0, {"state": "WAITING"})
        first.set_setting("clock", "5")
        first.put_task("task", "t", row("p", 1.0), {"n": 1})
        assert second.get("job", "a") == {"state": "WAITING"}
        assert second.scan("job") == [{"state": "WAITING"}]
        assert second.setting("clock", "0") == "5"
        assert second.get_task("task", "t") == {"n": 1}
        first.put("job", "a", 1.0, {"state": "SUCCEED"})
        first.put("job", "b", 0.5, {"state": "WAITING"})
        assert second.get("job", "a") == {"state": "SUCCEED"}
        assert [job["state"] for job in second.scan("job")] == ["WAITING", "SUCCEED"]
        second.delete_all()
        assert first.get("job", "a") is None
        assert first.get_task("task", "t") is None
        assert first.setting("clock", "0") == "0"
    finally:
        first.close()
        second.close()


def test_get_hands_out_a_copy() -> None:
    store = Store()
    store.put("job", "a", 1.0, {"entered": {"WAITING": 1.0}, "polls": 0})
    job = store.get("job", "a")
    assert job is not None
    job["polls"] = 7
    job["entered"]["SUCCEED"] = 2.0
    assert store.get("job", "a") == {"entered": {"WAITING": 1.0}, "polls": 0}


def test_what_cannot_be_stored_is_refused_and_nothing_changes() -> None:
    store = Store()
    store.put("job", "a", 1.0, {"n": 1})
    with pytest.raises(ValueError, match="cannot store"):
        store.put("job", "a", 1.0, {"n": 2**70})
    assert store.get("job", "a") == {"n": 1}


@pytest.mark.parametrize("where", ["memory", "file"])
def test_cached_reads_follow_every_write_and_undo(tmp_path: Path, where: str) -> None:
    store = Store(tmp_path / "state.sqlite" if where == "file" else None)
    try:
        store.put_task("task", "t", row("p", 1.0), {"n": 1})
        store.put("job", "a", 1.0, {"n": 1})
        assert store.get_task("task", "t") == {"n": 1}  # read (and kept) once ...
        assert store.get("job", "a") == {"n": 1}
        assert store.setting("clock", "0") == "0"
        store.put_task("task", "t", row("p", 1.0), {"n": 2})  # ... then written
        store.put("job", "a", 1.0, {"n": 2})
        store.set_setting("clock", "5")
        assert store.get_task("task", "t") == {"n": 2}
        assert store.get("job", "a") == {"n": 2}
        assert store.setting("clock", "0") == "5"
        assert store.put_if("job", "a", {"n": 3}, "n", 2)
        assert store.increment("clock") == 6
        assert store.get("job", "a") == {"n": 3}
        assert store.setting("clock", "0") == "6"
        # What a rolled-back block wrote and read back is forgotten with it.
        with pytest.raises(RuntimeError), store.atomic():
            store.put_task("task", "t", row("p", 1.0), {"n": 9})
            store.put("job", "b", 1.0, {"n": 9})
            assert store.get_task("task", "t") == {"n": 9}
            assert store.get("job", "b") == {"n": 9}
            raise RuntimeError
        assert store.get_task("task", "t") == {"n": 2}
        assert store.get("job", "b") is None
        store.delete_all()
        assert store.get_task("task", "t") is None
        assert store.setting("clock", "0") == "0"
    finally:
        store.close()


def test_cached_reads_are_dropped_when_another_connection_commits(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    first, second = Store(path), Store(path)
    try:
        first.put_task("task", "t", row("p", 1.0), {"n": 1})
        assert second.get_task("task", "t") == {"n": 1}
        assert second.get("job", "a") is None
        assert second.setting("clock", "0") == "0"
        for n in range(2, 5):  # each time after the second has read (and kept) the row
            first.put_task("task", "t", row("p", 1.0), {"n": n})
            first.put("job", "a", 1.0, {"n": n})
            first.set_setting("clock", str(n))
            assert second.get_task("task", "t") == {"n": n}
            assert second.get("job", "a") == {"n": n}
            assert second.setting("clock", "0") == str(n)
        with second.atomic():  # a check-then-write sees the other's last commit too
            first_wrote = second.get_task("task", "t")
        assert first_wrote == {"n": 4}
    finally:
        first.close()
        second.close()


def test_the_read_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "CACHED_READS", 50)
    store = Store()
    store.put("job", "a", 1.0, {"n": 1})
    for index in range(1000):  # unknown keys are read (and kept as missing) too
        assert store.get("job", f"missing-{index}") is None
        assert store.setting(f"missing-{index}", "x") == "x"
        assert len(store._reads) <= 50
    assert store.get("job", "a") == {"n": 1}
    monkeypatch.setattr(store_module, "CACHED_READ_CHARS", 1000)
    monkeypatch.setattr(store_module, "CACHED_TEXT_CHARS", 300)
    for index in range(40):  # whatever the texts hold
        store.put_task("task", f"t{index}", row("p", 1.0), {"text": "x" * 10 * index})
    for index in range(40):
        assert store.get_task("task", f"t{index}") == {"text": "x" * 10 * index}
        assert sum(len(text) for text in store._reads.values() if text) <= 1000
    assert all(len(text) <= 300 for text in store._reads.values() if text)


def test_an_atomic_block_is_rolled_back_on_error_and_others_wait_for_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state.sqlite"
    first, second = Store(path), Store(path)
    try:
        with pytest.raises(RuntimeError), first.atomic():
            first.put("job", "a", 1.0, {"n": 1})
            raise RuntimeError
        assert second.get("job", "a") is None
        order: list[str] = []
        inside = threading.Event()

        def other() -> None:
            inside.wait()
            with second.atomic():
                order.append(f"second read {second.increment('n')}")

        thread = threading.Thread(target=other)
        thread.start()
        with first.atomic():
            inside.set()
            thread.join(0.3)  # the second connection must wait for this block
            order.append(f"first read {first.increment('n')}")
        thread.join(10)
        assert order == ["first read 1", "second read 2"]
    finally:
        first.close()
        second.close()


def test_busy_tasks_are_counted_by_owner_holder_and_time() -> None:
    store = Store()
    store.put_task("rec", "a", row("app1", 0.0, busy_until=10.0, holder="u1"), {})
    store.put_task("rec", "b", row("app1", 0.0, busy_until=INF, holder="u2"), {})
    store.put_task("rec", "c", row("app2", 0.0, busy_until=INF, holder="u1"), {})
    assert store.count_busy("rec", "app1", 5.0) == 2
    assert store.count_busy("rec", "app1", 10.0) == 1  # `a` stops being busy at 10
    assert store.count_busy("rec", "app1", 5.0, holder="u1") == 1
    assert store.count_busy("rec", "app1", 10.0, holder="u1") == 0
    assert store.count_busy("other", "app1", 5.0) == 0


def test_listing_filters_sorts_and_pages_by_state_at_now() -> None:
    store = Store()
    for index in range(6):
        name = f"video-{5 - index}"
        store.put_task("job", f"j{index}", row("p", float(index), name=name), {"i": index})
    store.put_task("job", "other", row("q", 0.0), {"i": -1})
    # At 12 the jobs created at 0, 1 and 2 have SUCCEEDed; 3..5 are PROCESSING.
    count, page = store.list_tasks("job", TaskQuery("p", now=12.0, limit=2, offset=1))
    assert count == 6
    assert [(task["i"], state) for task, state in page] == [(1, "SUCCEED"), (2, "SUCCEED")]
    query = TaskQuery("p", now=12.0, states=frozenset({"PROCESSING"}), order="name")
    count, page = store.list_tasks("job", query)
    assert count == 3 and [task["i"] for task, _ in page] == [5, 4, 3]
    query = TaskQuery("p", now=12.0, contains={"name": "VIDEO-1"}, descending=True)
    assert [task["i"] for task, _ in store.list_tasks("job", query)[1]] == [4]
    query = TaskQuery("p", now=12.0, created_from=2.0, created_before=4.0)
    assert store.list_tasks("job", query)[0] == 2


@pytest.mark.parametrize("others", [0, 1, STATE_SLOTS, STATE_SLOTS + 5])
def test_a_listing_filters_on_few_or_many_states_alike(others: int) -> None:
    store = Store()
    for index in range(6):
        store.put_task("job", f"j{index}", row("p", float(index)), {"i": index})
    # At 12 the jobs created at 0, 1 and 2 have SUCCEEDed; 3..5 are PROCESSING.
    states = frozenset({"SUCCEED", *(f"UNKNOWN_{n}" for n in range(others))})
    count, page = store.list_tasks("job", TaskQuery("p", now=12.0, states=states, limit=2))
    assert count == 3 and [(task["i"], state) for task, state in page] == [
        (0, "SUCCEED"),
        (1, "SUCCEED"),
    ]
    both = frozenset({"SUCCEED", "PROCESSING", *(f"UNKNOWN_{n}" for n in range(others))})
    assert store.list_tasks("job", TaskQuery("p", now=12.0, states=both))[0] == 6


def test_a_settled_task_is_left_out_until_it_is_written_again() -> None:
    store = Store()
    for key in ("a", "b"):
        store.put_task("rec", key, row("app", 1.0), {"id": key, "at": 1795764025.5699348})
    unsettled = list(store.tasks("rec", unsettled=True))
    assert store.settle("rec", "a", unsettled[0])
    assert [task["id"] for task in store.tasks("rec", unsettled=True)] == ["b"]
    assert [task["id"] for task in store.tasks("rec")] == ["a", "b"]
    store.put_task("rec", "a", row("app", 1.0), {"id": "a", "at": 2.0})
    assert not store.settle("rec", "a", unsettled[0])  # written since it was read
    assert [task["id"] for task in store.tasks("rec", unsettled=True)] == ["a", "b"]


def test_pending_resources_are_found_by_status_and_time() -> None:
    store = Store()
    for key, status, at in (("a", "pending", 3.0), ("b", "delivered", 1.0), ("c", "pending", 1.0)):
        store.put("delivery", key, 0.0, {"Id": key, "Status": status, "NextAttemptAt": at})
    assert [d["Id"] for d in store.pending("delivery", 5.0)] == ["c", "a"]
    assert [d["Id"] for d in store.pending("delivery", 2.0)] == ["c"]
    assert store.pending("other", 5.0) == []


def test_the_rate_window_is_shared_by_every_connection(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    first, second = Store(path), Store(path)
    try:
        taken = [store.take_slot("tiw/A", 100.0, 1.0, 3) for store in (first, second) * 2]
        assert taken == [True, True, True, False]
        assert second.take_slot("tiw/A", 101.0, 1.0, 3)  # the window has moved on
    finally:
        first.close()
        second.close()


def plan(store: Store, sql: str, params: Mapping[str, object]) -> list[str]:
    lines = store.explain(sql, params)
    assert lines, sql
    return lines


def full_scans(lines: list[str]) -> list[str]:
    """Steps that read a whole table or index (SCAN), not a range of an index (SEARCH);
    json_each's table-valued function is a list given in the query, not stored state."""
    return [line for line in lines if line.startswith("SCAN") and "json_each" not in line]


@pytest.mark.parametrize("stored", [0, 300])
def test_hot_queries_search_an_index_and_never_scan(stored: int) -> None:
    store = Store()
    for index in range(stored):
        store.put_task("job", f"j{index}", row(f"p{index % 7}", float(index)), {})
    task = {"kind": "job", "id": "j1"}
    busy = {"kind": "job", "owner": "p1", "now": 5.0}
    plans = {
        "get task": plan(store, GET_TASK, task),
        "get resource": plan(store, GET_RESOURCE, task),
        "count busy": plan(store, COUNT_BUSY, busy),
        "count held": plan(store, COUNT_HELD, {**busy, "holder": "u1"}),
        "rate window": plan(store, COUNT_CALLS, {"key": "tiw/A", "since": 1.0}),
        "unsettled": plan(store, UNSETTLED_AFTER, {**task, "created": 0.0, "limit": 5}),
        "deliveries due": plan(store, PENDING, {"kind": "d", "now": 5.0, "limit": 5}),
        "named": plan(store, NAMED_AFTER, {**task, "name": "x", "created": 0.0, "limit": 5}),
        **{
            f"resources by {name}": plan(store, *resources_where("d", {name: "x"}))
            for name in ("EventType", "TaskId", "Status")
        },
    }
    queries = {
        "list": TaskQuery("p1", now=5.0),
        "list desc": TaskQuery("p1", now=5.0, descending=True),
        "list window": TaskQuery("p1", now=5.0, created_from=1.0, created_before=9.0),
        "list states": TaskQuery("p1", now=5.0, states=frozenset({"WAITING"})),
        "list by name": TaskQuery("p1", now=5.0, order="name", equal={"name": "x"}),
        "list by update": TaskQuery("p1", now=5.0, order="updated", job_type="T"),
        "list ids": TaskQuery("p1", now=5.0, ids=frozenset({"j1", "j2"})),
    }
    for name, query in queries.items():
        count, page, params = query.sql("job")
        plans[f"{name} count"] = plan(store, count, params)
        plans[f"{name} page"] = plan(store, page, params)
    for name, lines in plans.items():
        assert not full_scans(lines), (name, lines)
        assert any("USING" in line and "INDEX" in line for line in lines), (name, lines)


def vclm_on(path: Path, progression: Progression) -> VclmBackend:
    store = Store(path)
    return VclmBackend(Context(Config(data=path, progression=progression), store, Clock(store)))


def test_a_file_is_indexed_again_for_another_progression_or_an_older_layout(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state.sqlite"
    manual = vclm_on(path, Progression.MANUAL)
    job_id = manual.submit_job({"VideoUrl": "https://example.com/a.mp4", "StyleId": "x"}, "me")
    now = manual.context.clock.now()
    assert manual.jobs.count_busy("me", now) == 1  # JobInit until the admin API moves it
    # A file written before tasks had a table of their own: the job as a plain document.
    legacy = dict(manual.jobs.get(job_id) or {}, JobId="legacy")
    manual.context.store.put("vclm.stylization_job", "legacy", now, legacy)
    manual.context.store.set_setting("tasks.basis.vclm.stylization_job", "")
    manual.context.store.close()
    again = vclm_on(path, Progression.MANUAL)
    assert again.jobs.get("legacy") is not None
    assert again.jobs.count_busy("me", now) == 2
    again.context.store.close()
    immediate = vclm_on(path, Progression.IMMEDIATE)  # every job has ended at once
    assert immediate.jobs.count_busy("me", now) == 0
    immediate.context.store.close()


def test_the_tasks_of_a_name_are_read_oldest_first_across_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(store_module, "BATCH", 3)
    store = Store()
    for index in range(20):
        name = "wanted" if index % 3 == 0 else f"other{index}"
        store.put_task("job", f"j{index:02}", row("p", float(100 - index), name=name), {"n": index})
    store.put_task("job", "unnamed", row("p", 0.0), {"n": -1})
    store.put_task("other kind", "k", row("p", 0.0, name="wanted"), {"n": -2})
    found = [task["n"] for task in store.tasks("job", name="wanted")]
    assert found == sorted(range(0, 20, 3), reverse=True)  # the latest index is the oldest
    assert list(store.tasks("job", name="nobody")) == []
    with pytest.raises(ValueError):
        list(store.tasks("job", unsettled=True, name="wanted"))


def test_resources_are_found_by_their_documents_fields() -> None:
    store = Store()
    for index in range(12):
        record = {
            "Id": f"d{index:02}",
            "EventType": "Finished" if index % 2 else "Started",
            "TaskId": f"t{index % 3}",
            "Status": "pending" if index % 4 else "delivered",
        }
        store.put("delivery", record["Id"], float(100 - index), record)
    store.put("other kind", "x", 0.0, {"Id": "x", "EventType": "Finished", "TaskId": "t1"})

    def ids(**where: str) -> list[str]:
        return [record["Id"] for record in store.scan("delivery", where=where)]

    assert ids() == [f"d{index:02}" for index in reversed(range(12))]  # oldest first
    assert ids(EventType="Finished") == ["d11", "d09", "d07", "d05", "d03", "d01"]
    assert ids(TaskId="t1") == ["d10", "d07", "d04", "d01"]
    assert ids(EventType="Finished", TaskId="t1") == ["d07", "d01"]
    assert ids(Status="delivered", TaskId="t0") == ["d00"]  # 0 and 8 are delivered; 8 is t2
    assert ids(EventType="nothing") == []
    with pytest.raises(ValueError, match="only EventType, TaskId, Status"):
        store.scan("delivery", where={"Url": "x"})
