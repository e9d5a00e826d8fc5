"""What every service backend shares: settings, state, time, and fresh IDs."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass

from emulator.clock import Clock
from emulator.config import Config
from emulator.store import Store

_ID_ALPHABET = string.ascii_lowercase + string.digits
COUNTER_KEY = "ids.counter"


@dataclass
class Context:
    config: Config
    store: Store
    clock: Clock

    def next_counter(self) -> int:
        """A number that grows across restarts and workers (seeds failure injection)."""
        return self.store.increment(COUNTER_KEY)

    @staticmethod
    def tencent_task_id() -> str:
        """IDs shaped like TIW's (20 lower-case letters and digits)."""
        return "".join(secrets.choice(_ID_ALPHABET) for _ in range(20))

    @staticmethod
    def hex_id() -> str:
        return secrets.token_hex(16)
