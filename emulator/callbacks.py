"""Event callbacks: POST each event a task has become due for, exactly once, retrying with backoff.

Task states are computed when read, so nothing happens at the moment a task
finishes. Every `callback_sweep_seconds` the delivery loop asks each service's
event source which events are due; each is claimed in the store under a key
naming the task and the event (INSERT OR IGNORE), so there is one delivery
record per event, whatever the number of workers sharing a SQLite file.

An attempt takes the record's lease when it starts, by compare-and-swap on the
record's Version (so of all the workers exactly one makes it), and records itself
at once as "in flight" with the worker making it. While the POST runs the lease is
renewed, so no other worker takes a live attempt over; the result then replaces the
in-flight entry under the same lease. A worker that dies mid-attempt stops renewing:
once its lease has expired (and only then) another worker marks that attempt
"abandoned" (its outcome is unknown) and makes the next one. A result is never
dropped: if the lease was lost all the same (a stalled process), the result is
merged into the record as it now stands.

Attempts run on an asyncio loop of their own (a background thread, httpx's
AsyncClient) with a total deadline of `callback_timeout_seconds`. Receivers are
kept apart: at most PER_RECEIVER attempts run at once per receiver (scheme, host
and port), and an attempt is started, lease and all, only when its receiver has
room, so a hanging receiver holds its own connections and never another
receiver's turn. Any exception of a URL or the network ends as a recorded failed
attempt; a URL that can never be delivered to (malformed, the admin API, or not
loopback under `--callback-targets loopback`: emulator/callback_urls.py) ends the
delivery as failed without retries, never connected to.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable, Coroutine, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx
import orjson

from emulator import callback_urls
from emulator.callback_urls import CallbackUrlError, Refused
from emulator.context import Context

log = logging.getLogger("emulator")
T = TypeVar("T")
KIND = "callback.delivery"
PENDING, DELIVERED, FAILED, SKIPPED = "pending", "delivered", "failed", "skipped"
# What became of one attempt (its Outcome).
IN_FLIGHT, SUCCEEDED, UNSUCCESSFUL, REFUSED, ABANDONED = (
    "in-flight",
    "delivered",
    "failed",
    "refused",
    "abandoned",
)
MAX_BACKOFF_SECONDS = 300.0
PER_RECEIVER = 4  # attempts at once to one receiver, per worker
MAX_IN_FLIGHT = 256  # attempts at once, per worker
LEASE_MARGIN_SECONDS = 2.0
USER_AGENT = "videoapi-emulator-callbacks/1"
STOP_GRACE_SECONDS = 1.0  # how long stop() lets attempts in flight finish


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


def receiver_of(url: str) -> str:
    """The receiver a URL names (scheme, host and port): the unit kept apart from others."""
    try:
        parsed = httpx.URL(url)
        return f"{parsed.scheme}://{parsed.host}:{parsed.port or ''}"
    except Exception:  # a malformed URL is refused by its attempt, whatever receiver it is
        return "malformed"


@dataclass
class Result:
    """What one attempt came to."""

    outcome: str  # SUCCEEDED, UNSUCCESSFUL or REFUSED
    status: int | None = None
    error: str = ""
    elapsed_ms: float = 0.0


class CallbackDelivery:
    def __init__(
        self,
        context: Context,
        sources: list[EventSource],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.context = context
        # Given (emulator/in_process.py), every POST goes to it, the URL as registered,
        # no name resolved and no connection made; else to the network, checked.
        self.transport = transport
        self.sources = {source.name: source for source in sources}
        config = context.config
        self.timeout = float(config.callback_timeout_seconds)
        # Renewed every third of it; it outlives an attempt that is never renewed.
        self.lease_seconds = min(self.timeout, 10.0) + LEASE_MARGIN_SECONDS
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._loop_lock = threading.Lock()
        self._http: httpx.AsyncClient | None = None
        self._sweeping: asyncio.Task[None] | None = None
        self._in_flight: dict[str, asyncio.Task[None]] = {}
        self._busy: dict[str, int] = {}
        self._store_threads: ThreadPoolExecutor | None = None

    # ---- the loop ----
    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._loop_lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                ready = threading.Event()

                def run() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()

                # Name lookups take the loop's default threads, as many as may hang at
                # once (PER_RECEIVER per receiver); store calls have threads of their own.
                loop.set_default_executor(
                    ThreadPoolExecutor(MAX_IN_FLIGHT, thread_name_prefix="callback-lookup")
                )
                self._store_threads = ThreadPoolExecutor(2, thread_name_prefix="callback-store")
                self._thread = threading.Thread(target=run, name="callback-delivery", daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    def _call(self, coroutine: Coroutine[Any, Any, Any]) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coroutine, self._ensure_loop())

    def start(self) -> None:
        """Sweep in the background until stop()."""
        self._call(self._start_sweeping()).result()

    async def _start_sweeping(self) -> None:
        if self._sweeping is None or self._sweeping.done():
            self._sweeping = asyncio.create_task(self._run())

    def stop(self) -> None:
        """Stop sweeping; attempts in flight get STOP_GRACE_SECONDS to finish, then are
        cut short and recorded as abandoned (their events stay pending, for the next start
        or another worker)."""
        with self._loop_lock:
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(STOP_GRACE_SECONDS + 10)
        except Exception:
            log.exception("callback delivery did not stop cleanly")
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        with self._loop_lock:
            store_threads, self._store_threads = self._store_threads, None
            self._loop = self._thread = None
        if store_threads is not None:  # store calls end before the store may be closed
            store_threads.shutdown(wait=True)
        if not loop.is_running():
            loop.close()

    async def _shutdown(self) -> None:
        if self._sweeping is not None:
            self._sweeping.cancel()
            await asyncio.gather(self._sweeping, return_exceptions=True)
            self._sweeping = None
        attempts = list(self._in_flight.values())
        if attempts:
            _, late = await asyncio.wait(attempts, timeout=STOP_GRACE_SECONDS)
            for attempt in late:
                attempt.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def _run(self) -> None:
        while True:
            try:
                await self._sweep()
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug of ours must not end the deliveries for good
                log.exception("callback sweep failed")
            await asyncio.sleep(self.context.config.callback_sweep_seconds)

    def sweep_and_wait(self, timeout: float | None = None) -> None:
        """One sweep with the attempts it started finished (for tests and tools)."""
        self._call(self._sweep_and_wait()).result(timeout)

    async def _sweep_and_wait(self) -> None:
        started = await self._sweep()
        await asyncio.gather(*started, return_exceptions=True)

    async def _sweep(self) -> list[asyncio.Task[None]]:
        """Claim the events that are due and start the attempts that are due and have room."""
        due = await self._in_store(self._claim_and_list_due)
        started = []
        for key, url in due:
            if key in self._in_flight:
                continue  # never a second attempt of an event in flight here
            if len(self._in_flight) >= MAX_IN_FLIGHT:
                break
            receiver = receiver_of(url)
            if self._busy.get(receiver, 0) >= PER_RECEIVER:
                continue  # its turn comes when one of that receiver's attempts ends
            self._busy[receiver] = self._busy.get(receiver, 0) + 1
            task = asyncio.create_task(self._attempt(key, receiver), name=f"callback {key}")
            self._in_flight[key] = task
            started.append(task)
        return started

    async def _in_store(self, call: Callable[..., T], *args: Any) -> T:
        """Run a store call in this delivery's own threads: never behind a name lookup
        that hangs (those take the loop's default threads), never blocking the loop."""
        loop = asyncio.get_running_loop()
        assert self._store_threads is not None  # made with the loop
        return await loop.run_in_executor(self._store_threads, functools.partial(call, *args))

    # ---- records ----
    def known(self, key: str) -> bool:
        return self.context.store.get(KIND, key) is not None

    def deliveries(self) -> list[Mapping[str, Any]]:
        return list(self.context.store.scan(KIND))

    def _claim_and_list_due(self) -> list[tuple[str, str]]:
        """Claim the newly due events; the (key, URL) of each record with an attempt due."""
        now = self.context.clock.now()
        for source in self.sources.values():
            for notice in source.due(now, self.known):
                self._claim(notice, now)
        wall = self.context.clock.wall()
        due = [  # the store's index finds the pending records that are due, soonest first
            record
            for record in self.context.store.pending(KIND, now)
            if record["LeaseUntil"] <= wall
        ]
        return [(record["Id"], record["Url"]) for record in due]

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
            "LeaseHolder": "",
            "Version": 0,
        }
        if self.context.store.claim(KIND, notice.key, now, record) and not notice.url:
            log.info("callback %s skipped: no callback URL registered", notice.key)

    def _take_lease(self, key: str) -> dict[str, Any] | None:
        """The record with this worker's lease and its attempt recorded as in flight; None
        when the attempt is not (or no longer) due or another worker came first."""
        store, clock, config = self.context.store, self.context.clock, self.context.config
        current = store.get(KIND, key)
        now, wall = clock.now(), clock.wall()
        if current is None or not (
            current["Status"] == PENDING
            and current["NextAttemptAt"] <= now
            and current["LeaseUntil"] <= wall
        ):
            return None
        attempts = [dict(attempt) for attempt in current["Attempts"]]
        record = dict(current, Attempts=attempts, Version=current["Version"] + 1)
        abandoned = bool(attempts) and attempts[-1].get("Outcome") == IN_FLIGHT
        if abandoned:
            attempts[-1].update(
                Outcome=ABANDONED,
                Error=f"abandoned: {attempts[-1].get('Worker')} stopped renewing its lease "
                "before recording a result (the worker died?); outcome unknown",
            )
        if len(attempts) >= config.callback_max_attempts:
            record.update(Status=FAILED, LeaseUntil=0.0, LeaseHolder="")
            if store.put_if(KIND, key, record, "Version", current["Version"]):
                log.warning("callback %s: attempt %d abandoned; failed", key, len(attempts))
            return None
        attempts.append(
            {
                "At": now,
                "Worker": self.worker,
                "Outcome": IN_FLIGHT,
                "HttpStatus": None,
                "Error": "",
                "ElapsedMs": 0.0,
            }
        )
        record.update(LeaseUntil=wall + self.lease_seconds, LeaseHolder=self.worker)
        if not store.put_if(KIND, key, record, "Version", current["Version"]):
            return None
        if abandoned:
            log.warning("callback %s: attempt %d abandoned by its worker", key, len(attempts) - 1)
        return record

    def _renew(self, held: dict[str, Any]) -> dict[str, Any] | None:
        """The record with the lease extended; None when it is no longer this worker's."""
        renewed = dict(
            held,
            LeaseUntil=self.context.clock.wall() + self.lease_seconds,
            Version=held["Version"] + 1,
        )
        if self.context.store.put_if(KIND, held["Id"], renewed, "Version", held["Version"]):
            return renewed
        return None

    def _record(self, held: dict[str, Any], result: Result) -> None:
        """Write the attempt's result: under the lease, or merged into the record as another
        worker left it if the lease was lost; never dropped."""
        store = self.context.store
        key = held["Id"]
        started = held["Attempts"][-1]
        done = self._settled(held, started, result, holder=True)
        if store.put_if(KIND, key, done, "Version", held["Version"]):
            self._log(done, result)
            return
        for _ in range(20):
            current = store.get(KIND, key)
            if current is None:
                log.info("callback %s: the record is gone (reset?); attempt not recorded", key)
                return
            merged = self._settled(current, started, result, holder=False)
            if store.put_if(KIND, key, merged, "Version", current["Version"]):
                log.warning(
                    "callback %s: the lease was lost during the attempt; its result is "
                    "recorded with the record as it now stands",
                    key,
                )
                self._log(merged, result)
                return
        log.error("callback %s: could not record the attempt's result", key)

    def _settled(
        self, record: Mapping[str, Any], started: Mapping[str, Any], result: Result, holder: bool
    ) -> dict[str, Any]:
        """The record with the attempt `started` replaced by its result; as its lease holder
        also the delivery's new status and next attempt."""
        config = self.context.config
        entry = dict(
            started,
            Outcome=result.outcome,
            HttpStatus=result.status,
            Error=result.error,
            ElapsedMs=result.elapsed_ms,
        )
        attempts = [dict(attempt) for attempt in record["Attempts"]]
        mine = [
            i
            for i, attempt in enumerate(attempts)
            if attempt.get("Worker") == started["Worker"] and attempt.get("At") == started["At"]
        ]
        if mine:
            attempts[mine[-1]] = entry
        else:
            attempts.append(entry)
        done = dict(record, Attempts=attempts, Version=record["Version"] + 1)
        if result.outcome == SUCCEEDED and done["Status"] == PENDING:
            done["Status"] = DELIVERED  # it reached the receiver, whoever holds the lease now
        if not holder:
            return done
        done.update(LeaseUntil=0.0, LeaseHolder="")
        if done["Status"] != PENDING:
            return done
        if result.outcome == REFUSED or len(attempts) >= config.callback_max_attempts:
            done["Status"] = FAILED
        else:
            done["NextAttemptAt"] = started["At"] + backoff(
                len(attempts), config.callback_backoff_seconds
            )
        return done

    def _log(self, record: Mapping[str, Any], result: Result) -> None:
        shown = record["Url"] if len(record["Url"]) <= 200 else record["Url"][:200] + "..."
        log.info(
            "callback %s attempt %d to %s: %s",
            record["Id"],
            len(record["Attempts"]),
            shown,
            "delivered" if result.outcome == SUCCEEDED else f"{result.error} ({record['Status']})",
        )

    # ---- one attempt ----
    async def _attempt(self, key: str, receiver: str) -> None:
        try:
            held = await self._in_store(self._take_lease, key)
            if held is not None:
                await self._attempt_held(held)
        except Exception:  # never reached by a receiver's failure (those are results)
            log.exception("callback %s: the attempt could not be made or recorded", key)
        finally:
            self._in_flight.pop(key, None)
            self._busy[receiver] -= 1
            if not self._busy[receiver]:
                del self._busy[receiver]

    async def _attempt_held(self, held: dict[str, Any]) -> None:
        lease = asyncio.Lock()  # renewals and the result never write at the same time
        holding = [held]  # the record as this worker last wrote it
        done = asyncio.Event()

        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease_seconds / 3)
                async with lease:
                    if done.is_set():
                        return
                    try:
                        renewed = await self._in_store(self._renew, holding[0])
                    except Exception:  # the store failed: the lease lapses, the result merges
                        log.exception("callback %s: the lease could not be renewed", held["Id"])
                        return
                    if renewed is None:
                        log.warning("callback %s: the lease was taken over", held["Id"])
                        return
                    holding[0] = renewed

        renewing = asyncio.create_task(renew())
        started = time.perf_counter()
        try:
            result = await self._post(held)
        except asyncio.CancelledError:  # stop() cut it short
            result = Result(ABANDONED, error="abandoned: the emulator stopped during the attempt")
        result.elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
        async with lease:
            done.set()
            renewing.cancel()
            await self._in_store(self._record, holding[0], result)

    async def _post(self, held: Mapping[str, Any]) -> Result:
        """POST the event; whatever happens is the result (never an exception)."""
        try:
            async with asyncio.timeout(self.timeout):
                target = await self._destination(held["Url"])
                body = await self._in_store(self._body, held)
                reply = await self._send(target, body)
                try:  # of a refusal's body, only the start is kept (and read)
                    head = b"" if reply.status_code == 200 else await _start_of(reply)
                finally:
                    await reply.aclose()
        except Refused as refusal:
            return Result(REFUSED, error=str(refusal))
        except CallbackUrlError as error:
            return Result(REFUSED, error=f"refused: {error}")
        except TimeoutError:
            return Result(
                UNSUCCESSFUL, error=f"Timeout: no complete answer within {self.timeout:g} s"
            )
        except Exception as failure:  # the network, a name, the body: all recorded
            text = str(failure)[:200] or "no detail"
            return Result(UNSUCCESSFUL, error=f"{type(failure).__name__}: {text}")
        if reply.status_code == 200:
            return Result(SUCCEEDED, status=200)
        return Result(
            UNSUCCESSFUL,
            status=reply.status_code,
            error=f"HTTP {reply.status_code}: {head.decode('utf-8', 'replace')}",
        )

    async def _destination(self, url: str) -> callback_urls.Destination:
        if self.transport is not None:
            return callback_urls.Destination([callback_urls.parse(url)])
        return await callback_urls.destination(url, self.context.config)

    async def _send(self, target: callback_urls.Destination, body: bytes) -> httpx.Response:
        """POST to the first of the target's addresses that accepts a connection."""
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT, **target.headers}
        for index, url in enumerate(target.urls):
            request = self._client().build_request(
                "POST", url, content=body, headers=headers, extensions=target.extensions
            )
            try:
                return await self._client().send(request, stream=True)
            except httpx.ConnectError:
                if index == len(target.urls) - 1:
                    raise
        raise AssertionError("a destination has at least one address")

    def _body(self, held: Mapping[str, Any]) -> bytes:
        source = self.sources[held["Source"]]
        return orjson.dumps(source.signed(held, held["Attempts"][-1]["At"]))

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(
                timeout=self.timeout,
                # No shared cap: each receiver is bounded by PER_RECEIVER instead.
                limits=httpx.Limits(max_connections=None, max_keepalive_connections=32),
                follow_redirects=False,
                trust_env=False,  # no proxy: the checked address is the one connected to
                transport=self.transport,
            )
        return self._http


async def _start_of(reply: httpx.Response, limit: int = 200) -> bytes:
    """At most the first `limit` bytes of a reply's body."""
    head = b""
    async for chunk in reply.aiter_raw():
        head += chunk
        if len(head) >= limit:
            break
    return head[:limit]
