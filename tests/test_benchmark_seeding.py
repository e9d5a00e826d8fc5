"""The benchmarks' own setup runs to its end: state_scaling seeds a store through the
backends and claims the events its recordings went through (once, a deadlock between the
seeding transaction and the delivery's store threads hung `make bench` there)."""

from __future__ import annotations

import threading
from pathlib import Path

from benchmarks import state_scaling
from emulator.store import Store


def test_state_scaling_seeds_and_settles_its_events(tmp_path: Path) -> None:
    data = tmp_path / "seeded.sqlite"
    seeding = threading.Thread(target=state_scaling.seed, args=(data, 3), daemon=True)
    seeding.start()
    seeding.join(60)
    assert not seeding.is_alive(), "seeding did not finish (the delivery sweep waits on a lock)"
    store = Store(data)
    try:
        recordings = list(store.tasks("tiw.recording"))
        unsettled = list(store.tasks("tiw.recording", unsettled=True))
        deliveries = store.scan("callback.delivery")
    finally:
        store.close()
    assert len(recordings) == 3
    assert unsettled == []  # every event they went through has been claimed
    assert deliveries and {d["Status"] for d in deliveries} == {"skipped"}
