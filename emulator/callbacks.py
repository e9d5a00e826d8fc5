"""Event callbacks: POST each event a task has become due for, once, retrying with backoff.

Task states are computed when read, so nothing happens at the moment a task
finishes. A sweeper instead asks each service's event source, every
`callback_sweep_seconds`, which events are due; each is claimed in the store
under a key naming the task and the event (INSERT OR IGNORE), so that of all the
workers sharing a SQLite file exactly one delivers it. The delivery record keeps
every attempt, the next attempt's time and a lease: any worker may take a due
attempt over, by compare-and-swap on the record's Version, so a delivery
survives a restart or a dead worker.

Attempts run on a small thread pool with a timeout: a slow or dead receiver
never holds up a request, and no failure of a receiver escapes the sweeper.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
import orjson

from emulator.context import Context

log = logging.getLogger("emulator")
KIND = "callback.delivery"
PENDING, DELIVERED, FAILED, SKIPPED = "pending", "delivered", "failed", "skipped"
MAX_BACKOFF_SECONDS = 300.0


@dataclass(frozen=True)
class Notice:
    """An event that has become due."""

    key: str  # unique per task and event: the same event is never delivered twice
    source: str  # the EventSource that signs it
    url: str  # where it goes; empty when nothing is registered (recorded as skipped)
    event: dict[str, Any]  # the body, unsigned
    about: dict[str, Any] = field(default_factory=dict)  # shown with the delivery


class EventSource(Protocol):
    name: str

    def due(self, now: float, known: Callable[[str], bool]) -> Iterable[Notice]:
        """Events due at `now` whose key `known` does not know yet."""
        ...

    def signed(self, delivery: Mapping[str, Any], now: float) -> dict[str, Any]:
        """The body to POST for an attempt at `now` (signed with the key set now)."""
        ...


def backoff(attempts: int, base: float) -> float:
    """Seconds to wait after the `attempts`-th failure: base, 2*base, 4*base, ..."""
    return float(min(MAX_BACKOFF_SECONDS, base * 2 ** (attempts - 1)))


class CallbackDelivery:
    def __init__(
        self,
        context: Context,
        sources: list[EventSource],
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.context = context
        self.sources = {source.name: source for source in sources}
        config = context.config
        self.http = httpx.Client(timeout=config.callback_timeout_seconds, transport=transport)
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="callback")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ---- the sweeper ----
    def start(self) -> None:
        """Sweep in a background thread until stop()."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="callback-sweeper", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        # Attempts in flight end within their timeout; the ones not started are dropped
        # (they stay pending in the store, for the next start).
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.http.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.sweep()
            except Exception:  # a bug of ours must not end the deliveries for good
                log.exception("callback sweep failed")
            self._stop.wait(self.context.config.callback_sweep_seconds)

    def sweep(self) -> list[Future[None]]:
        """Claim the events that are due and start the attempts that are due."""
        now = self.context.clock.now()
        for source in self.sources.values():
            for notice in source.due(now, self.known):
                self._claim(notice, now)
        return [self.pool.submit(self._attempt, record) for record in self._lease_due(now)]

    def sweep_and_wait(self, timeout: float | None = None) -> None:
        """One sweep with its attempts finished (for tests and tools: deterministic)."""
        wait(self.sweep(), timeout=timeout)

    # ---- records ----
    def known(self, key: str) -> bool:
        return self.context.store.get(KIND, key) is not None

    def deliveries(self) -> list[Mapping[str, Any]]:
        return list(self.context.store.scan(KIND))

    def _claim(self, notice: Notice, now: float) -> None:
        record = {
            "Id": notice.key,
            "Source": notice.source,
            **notice.about,
            "Url": notice.url,
            "Status": PENDING if notice.url else SKIPPED,
            "Reason": "" if notice.url else "no callback URL was registered when it was due",
            "Event": notice.event,
            "Created": now,
            "Attempts": [],
            "NextAttemptAt": now,
            "LeaseUntil": 0.0,
            "Version": 0,
        }
        if self.context.store.claim(KIND, notice.key, now, record) and not notice.url:
            log.info("callback %s skipped: no callback URL registered", notice.key)

    def _lease_due(self, now: float) -> list[dict[str, Any]]:
        """The due attempts this process has won the lease of. Leases are in real time
        (an attempt in flight takes real seconds, whatever the admin clock does)."""
        leased = []
        wall = self.context.clock.wall()
        lease = self.context.config.callback_timeout_seconds + 5.0
        for shared in self.context.store.pending(KIND, now):  # indexed: the due ones only
            if not (
                shared["Status"] == PENDING
                and shared["NextAttemptAt"] <= now
                and shared["LeaseUntil"] <= wall
            ):
                continue
            record = dict(shared)
            record.update(LeaseUntil=wall + lease, Version=shared["Version"] + 1)
            if self.context.store.put_if(KIND, record["Id"], record, "Version", shared["Version"]):
                leased.append(record)
        return leased

    def _attempt(self, record: dict[str, Any]) -> None:
        try:
            self._deliver(record)
        except Exception:
            log.exception("callback %s: attempt failed unexpectedly", record["Id"])

    def _deliver(self, record: dict[str, Any]) -> None:
        config = self.context.config
        source = self.sources[record["Source"]]
        at = self.context.clock.now()
        body = orjson.dumps(source.signed(record, at))
        started = time.perf_counter()
        status: int | None = None
        error = ""
        try:
            reply = self.http.post(
                record["Url"], content=body, headers={"Content-Type": "application/json"}
            )
            status = reply.status_code
            if status != 200:
                error = f"HTTP {status}: {reply.text[:200]}"
        except httpx.HTTPError as failure:
            error = f"{type(failure).__name__}: {failure}"
        attempt = {
            "At": at,
            "HttpStatus": status,
            "Error": error,
            "ElapsedMs": round((time.perf_counter() - started) * 1000, 1),
        }
        done = dict(record, Attempts=[*record["Attempts"], attempt], LeaseUntil=0.0)
        done["Version"] = record["Version"] + 1
        count = len(done["Attempts"])
        if not error:
            done["Status"] = DELIVERED
        elif count >= config.callback_max_attempts:
            done["Status"] = FAILED
        else:
            done["NextAttemptAt"] = at + backoff(count, config.callback_backoff_seconds)
        log.info(
            "callback %s attempt %d to %s: %s",
            record["Id"],
            count,
            record["Url"],
            "delivered" if not error else f"{error} ({done['Status']})",
        )
        if not self.context.store.put_if(KIND, record["Id"], done, "Version", record["Version"]):
            log.warning(
                "callback %s: the lease was lost; the attempt is not recorded", record["Id"]
            )
