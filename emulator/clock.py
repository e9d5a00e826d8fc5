"""The emulator's clock: real time, shifted by an offset the admin API can advance.

The offset lives in the store, so every worker process sees the same time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from emulator.store import Store

OFFSET_KEY = "clock.offset"


class Clock:
    def __init__(self, store: Store, wall: Callable[[], float] = time.time) -> None:
        self.store, self.wall = store, wall

    def now(self) -> float:
        return self.wall() + float(self.store.setting(OFFSET_KEY, "0"))

    def advance(self, seconds: float) -> float:
        offset = float(self.store.setting(OFFSET_KEY, "0")) + seconds
        self.store.set_setting(OFFSET_KEY, repr(offset))
        return self.now()
