"""The benchmarks' own setup runs to its end: state_scaling seeds a store through the
backends and claims the events its recordings went through (once, a deadlock between the
seeding transaction and the delivery's store threads hung `make bench` there)."""

from __future__ import annotations

import threading
from pathlib import Path

from benchmarks import state_scaling
from emulator.config import Config
from emulator.in_process import InProcessEmulator
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


def test_every_state_scaling_call_is_answered_by_a_seeded_emulator(tmp_path: Path) -> None:
    """Each measured call, once, on a small seeded store, as the benchmark's emulators are
    started (its AK bound to no project: the calls use two)."""
    data = tmp_path / "seeded.sqlite"
    state_scaling.seed(data, 3)
    config = Config(data=data, progression=state_scaling.CONFIG["progression"])
    config.huawei_projects = {}
    with InProcessEmulator(config) as emulator, emulator.client() as client:
        for operation in state_scaling.OPERATIONS:
            operation.run(client)  # raises on any refusal
