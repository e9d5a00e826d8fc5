"""The store's read cache: never stale across connections, never shared with callers."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulator import store as store_module
from emulator.store import Store


def test_a_second_connection_sees_every_committed_write(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    first, second = Store(path), Store(path)
    try:
        assert second.get("job", "a") is None  # cached as missing
        assert second.scan("job") == []
        assert second.setting("clock", "0") == "0"
        first.put("job", "a", 1.0, {"state": "WAITING"})
        first.set_setting("clock", "5")
        assert second.get("job", "a") == {"state": "WAITING"}
        assert [dict(job) for job in second.scan("job")] == [{"state": "WAITING"}]
        assert second.setting("clock", "0") == "5"
        first.put("job", "a", 1.0, {"state": "SUCCEED"})
        first.put("job", "b", 0.5, {"state": "WAITING"})
        assert second.get("job", "a") == {"state": "SUCCEED"}
        assert [job["state"] for job in second.scan("job")] == ["WAITING", "SUCCEED"]
        second.delete_all()
        assert first.get("job", "a") is None
        assert first.setting("clock", "0") == "0"
    finally:
        first.close()
        second.close()


def test_own_writes_are_read_back_at_once() -> None:
    store = Store()
    store.put("job", "a", 2.0, {"n": 1})
    assert [job["n"] for job in store.scan("job")] == [1]
    store.put("job", "b", 1.0, {"n": 2})
    assert [job["n"] for job in store.scan("job")] == [2, 1]  # oldest first
    store.put("job", "a", 2.0, {"n": 3})
    assert store.get("job", "a") == {"n": 3}
    store.set_setting("k", "v")
    assert store.setting("k", "") == "v"


def test_get_hands_out_a_copy() -> None:
    store = Store()
    store.put("job", "a", 1.0, {"entered": {"WAITING": 1.0}, "polls": 0})
    job = store.get("job", "a")
    assert job is not None
    job["polls"] = 7
    job["entered"]["SUCCEED"] = 2.0
    assert store.get("job", "a") == {"entered": {"WAITING": 1.0}, "polls": 0}


def test_unknown_ids_do_not_pile_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "CACHED_DOCUMENTS", 10)
    store = Store()
    store.put("job", "real", 1.0, {"n": 1})
    for index in range(100):
        assert store.get("job", f"missing-{index}") is None
    assert len(store._documents) <= 10
    assert store.get("job", "real") == {"n": 1}


def test_what_cannot_be_stored_is_refused_and_nothing_changes() -> None:
    store = Store()
    store.put("job", "a", 1.0, {"n": 1})
    with pytest.raises(ValueError, match="cannot store"):
        store.put("job", "a", 1.0, {"n": 2**70})
    assert store.get("job", "a") == {"n": 1}
