"""Each operation's documented rate limit (`x-videoapi-rate-limit` in its spec), enforced
with `--rate-limit` by both protocols: a sliding window per (service, operation).

The windows live in the store (emulator/store.py), so with `--workers N` sharing a
file every worker counts every worker's calls; in wall-clock time, as the clouds count.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from emulator.store import Store

EXTENSION = "x-videoapi-rate-limit"
WINDOW_SECONDS = {"second": 1.0, "minute": 60.0}  # the `per` values the house rules allow


@dataclass(frozen=True)
class RateLimit:
    """At most `requests` calls per `per` (second or minute)."""

    requests: int
    per: str

    @property
    def window_seconds(self) -> float:
        return WINDOW_SECONDS[self.per]

    @classmethod
    def of_operation(cls, operation: Mapping[str, Any]) -> RateLimit | None:
        """The limit an OpenAPI operation object declares; None when it declares none."""
        raw = operation.get(EXTENSION)
        if raw is None:
            return None
        fields = raw if isinstance(raw, Mapping) else {}
        requests, per = fields.get("requests"), fields.get("per")
        if type(requests) is not int or requests < 1 or per not in WINDOW_SECONDS:
            raise ValueError(
                f"{EXTENSION} must be {{requests: <positive int>, per: second|minute}}, not {raw}"
            )
        return cls(requests, per)

    def __str__(self) -> str:
        return f"{self.requests} request{'s' if self.requests != 1 else ''} per {self.per}"


@dataclass
class RateLimiter:
    """Sliding windows keyed by (service, operation), kept in `store` (a private in-memory
    one unless given); a refused call does not count."""

    store: Store = field(default_factory=Store)
    now: Callable[[], float] = time.time

    def allow(self, key: tuple[str, str], limit: RateLimit | None) -> bool:
        if limit is None:
            return True
        window = "/".join(key)
        return self.store.take_slot(window, self.now(), limit.window_seconds, limit.requests)
