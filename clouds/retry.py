"""Retries with exponential backoff and full jitter, as an httpx transport.

Standalone (standard library and httpx only) so it can be copied into a
generated package. Each cloud supplies the two rules: which replies or failures
are worth another attempt, and which reply is an error to raise.
"""

from __future__ import annotations

import asyncio
import random
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

import httpx

_ClientT = TypeVar("_ClientT", httpx.Client, httpx.AsyncClient)
RetryRule = Callable[[httpx.Request, httpx.Response | None], bool]
ErrorRule = Callable[[httpx.Request, httpx.Response], None]


@dataclass(frozen=True)
class Backoff:
    """Delay before attempt n+1: uniform in [0, min(cap, base * 2**n)] (full jitter)."""

    max_attempts: int = 4
    base: float = 0.2
    cap: float = 5.0
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def delay(self, attempt: int) -> float:
        return float(self.jitter() * min(self.cap, self.base * 2**attempt))


DEFAULT_BACKOFF = Backoff()
# httpcore writes a request's headers and body in two sends; without TCP_NODELAY
# the second can wait for the peer's delayed ACK.
NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


class RetryingTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        retry: RetryRule,
        raise_error: ErrorRule,
        backoff: Backoff = DEFAULT_BACKOFF,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner, self.retry, self.raise_error = inner, retry, raise_error
        self.backoff, self.sleep = backoff, sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in range(self.backoff.max_attempts):
            last = attempt == self.backoff.max_attempts - 1
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError:
                if last or not self.retry(request, None):
                    raise
                self.sleep(self.backoff.delay(attempt))
                continue
            response.read()
            if last or not self.retry(request, response):
                self.raise_error(request, response)
                return response
            response.close()
            self.sleep(self.backoff.delay(attempt))
        raise AssertionError("unreachable: the last attempt always returns or raises")

    def close(self) -> None:
        self.inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        retry: RetryRule,
        raise_error: ErrorRule,
        backoff: Backoff = DEFAULT_BACKOFF,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.inner, self.retry, self.raise_error = inner, retry, raise_error
        self.backoff, self.sleep = backoff, sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in range(self.backoff.max_attempts):
            last = attempt == self.backoff.max_attempts - 1
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError:
                if last or not self.retry(request, None):
                    raise
                await self.sleep(self.backoff.delay(attempt))
                continue
            await response.aread()
            if last or not self.retry(request, response):
                self.raise_error(request, response)
                return response
            await response.aclose()
            await self.sleep(self.backoff.delay(attempt))
        raise AssertionError("unreachable: the last attempt always returns or raises")

    async def aclose(self) -> None:
        await self.inner.aclose()


class _NoCookies(httpx.Cookies):
    """A jar that keeps nothing: these APIs never use cookies, and httpx's cookie
    extraction is about a sixth of the cost of a call (benchmarks/client_overhead.py)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def _without_cookies(client: _ClientT) -> _ClientT:
    # httpx has no public switch for this; its version is pinned below 0.29 by the package.
    client._cookies = _NoCookies()
    return client


def base_url(endpoint: str) -> str:
    """`host[:port]` (as the official SDKs take it, meaning HTTPS) or a full URL."""
    return endpoint if "://" in endpoint else f"https://{endpoint}"


def retrying_clients(
    *,
    endpoint: str,
    auth: httpx.Auth,
    timeout: float,
    retry: RetryRule,
    raise_error: ErrorRule,
    backoff: Backoff = DEFAULT_BACKOFF,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A sync and an async httpx client sharing auth, timeout and retry rules."""
    sync_client = httpx.Client(
        base_url=base_url(endpoint),
        auth=auth,
        timeout=timeout,
        transport=RetryingTransport(
            transport or httpx.HTTPTransport(socket_options=NO_DELAY),
            retry=retry,
            raise_error=raise_error,
            backoff=backoff,
        ),
    )
    async_client = httpx.AsyncClient(
        base_url=base_url(endpoint),
        auth=auth,
        timeout=timeout,
        transport=AsyncRetryingTransport(
            async_transport or httpx.AsyncHTTPTransport(socket_options=NO_DELAY),
            retry=retry,
            raise_error=raise_error,
            backoff=backoff,
        ),
    )
    return _without_cookies(sync_client), _without_cookies(async_client)
