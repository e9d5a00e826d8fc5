"""Waiters and paginators for a generated service client, sync and asyncio.

Standalone (standard library and the error family) so it can be copied into a
generated package. The generated client supplies the facts from the spec's
`x-videoapi-waiter` (which output field holds the job's status, which values end
it well or badly) and `x-videoapi-paginator` (the paging parameters and the item list).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from clouds.client_errors import JobFailed, WaitTimedOut

T = TypeVar("T")
Item = TypeVar("Item")


@dataclass(frozen=True)
class Polling:
    """How a waiter polls: first after `interval` s, then each wait `factor` times longer
    up to `max_interval`, each jittered to between half and all of it; never past `timeout`."""

    timeout: float = 600.0
    interval: float = 2.0
    max_interval: float = 30.0
    factor: float = 1.5
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def delays(self) -> Iterator[float]:
        delay = self.interval
        while True:
            yield delay * (0.5 + self.jitter() / 2)
            delay = min(self.max_interval, delay * self.factor)


@dataclass(frozen=True)
class Waiter:
    """A job's states as the spec names them."""

    name: str
    status: Callable[[Any], object]
    success: Collection[object]
    failure: Collection[object]

    def outcome(self, output: Any) -> bool:
        """True when `output` is final and good; raises JobFailed when final and bad."""
        status = self.status(output)
        if status in self.success:
            return True
        if status in self.failure:
            raise JobFailed(f"{self.name}: the job ended in {status!r}", status=status, last=output)
        return False

    def timed_out(self, polling: Polling, output: Any) -> WaitTimedOut:
        status = self.status(output)
        return WaitTimedOut(
            f"{self.name}: still {status!r} after {polling.timeout} s", status=status, last=output
        )


def wait(
    waiter: Waiter,
    poll: Callable[[], T],
    polling: Polling,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Poll until the job is final: its last output, or JobFailed / WaitTimedOut."""
    deadline = clock() + polling.timeout
    for delay in polling.delays():
        output = poll()
        if waiter.outcome(output):
            return output
        remaining = deadline - clock()
        if remaining <= 0:
            raise waiter.timed_out(polling, output)
        sleep(min(delay, remaining))
    raise AssertionError("unreachable: delays() never ends")


async def await_(
    waiter: Waiter,
    poll: Callable[[], Awaitable[T]],
    polling: Polling,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """`wait` for the asyncio client."""
    deadline = clock() + polling.timeout
    for delay in polling.delays():
        output = await poll()
        if waiter.outcome(output):
            return output
        remaining = deadline - clock()
        if remaining <= 0:
            raise waiter.timed_out(polling, output)
        await sleep(min(delay, remaining))
    raise AssertionError("unreachable: delays() never ends")


def paginate(
    fetch: Callable[[int, int], T],
    items: Callable[[T], Sequence[Item]],
    total: Callable[[T], int | None],
    *,
    offset: int,
    limit: int,
) -> Iterator[Item]:
    """Every item, page by page (`fetch(offset, limit)`), fetched only as they are consumed."""
    while True:
        page = fetch(offset, limit)
        found = items(page)
        yield from found
        offset += len(found)
        count = total(page)
        if len(found) < limit or (count is not None and offset >= count):
            return


async def apaginate(
    fetch: Callable[[int, int], Awaitable[T]],
    items: Callable[[T], Sequence[Item]],
    total: Callable[[T], int | None],
    *,
    offset: int,
    limit: int,
) -> AsyncIterator[Item]:
    """`paginate` for the asyncio client."""
    while True:
        page = await fetch(offset, limit)
        found = items(page)
        for item in found:
            yield item
        offset += len(found)
        count = total(page)
        if len(found) < limit or (count is not None and offset >= count):
            return
