# Copied from clouds/retry.py of videoapi-specs; do not edit here.
"""Calls with one deadline over every attempt, retried with exponential backoff and full jitter.

Standalone (standard library, httpx and the error family) so it can be copied into a
generated package. The retrying transport only retries: it answers with the last reply
or raises httpx's own exception, like any transport. The package's errors are raised at
the call site (`send`, `asend`, and the cloud's reply checks). Each cloud supplies the
rule of which replies or failures are worth another attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from typing import Any, TypeVar

import httpx

from .errors import DeadlineExceeded, NetworkError

_ClientT = TypeVar("_ClientT", httpx.Client, httpx.AsyncClient)
# (request, reply or None after a transport error, whether the request went out) -> retry?
RetryRule = Callable[[httpx.Request, httpx.Response | None, bool], bool]
RequestIdOf = Callable[[httpx.Response], str | None]
# Request extensions this runtime reads: the call's deadline (time.monotonic()) and, once
# an attempt was answered, the request ID of that answer.
DEADLINE = "videoapi.deadline"
LAST_REQUEST_ID = "videoapi.last_request_id"
# Failures that happen before a byte of the request went out: safe to retry for any call.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
DEFAULT_TIMEOUT = 10.0


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


def attempt_timeout(remaining: float) -> dict[str, float]:
    """httpx's per-request timeout extension for an attempt that may take `remaining` s."""
    return {"connect": remaining, "read": remaining, "write": remaining, "pool": remaining}


class _Attempts:
    """The bookkeeping both transports share: deadline, attempt count, when to stop."""

    def __init__(
        self,
        request: httpx.Request,
        timeout: float,
        backoff: Backoff,
        clock: Callable[[], float],
    ) -> None:
        self.request, self.backoff, self.clock = request, backoff, clock
        given = request.extensions.get(DEADLINE)
        self.deadline = float(clock() + timeout if given is None else given)
        self.attempt = 0

    def start(self) -> None:
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            raise httpx.TimeoutException("the call's deadline passed", request=self.request)
        self.request.extensions["timeout"] = attempt_timeout(remaining)

    def next_delay(self) -> float | None:
        """The wait before another attempt, or None when no attempt fits."""
        if self.attempt + 1 >= self.backoff.max_attempts:
            return None
        delay = self.backoff.delay(self.attempt)
        if self.clock() + delay >= self.deadline:
            return None
        self.attempt += 1
        return delay


class RetryingTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        retry: RetryRule,
        backoff: Backoff = DEFAULT_BACKOFF,
        timeout: float = DEFAULT_TIMEOUT,
        request_id: RequestIdOf = lambda response: None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner, self.retry, self.backoff, self.timeout = inner, retry, backoff, timeout
        self.request_id, self.sleep, self.clock = request_id, sleep, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.timeout, self.backoff, self.clock)
        while True:
            attempts.start()
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                sent = not isinstance(error, NOT_SENT)
                delay = attempts.next_delay() if self.retry(request, None, sent) else None
                if delay is None:
                    raise
                self.sleep(delay)
                continue
            response.read()
            delay = attempts.next_delay() if self.retry(request, response, True) else None
            if delay is None:
                return response
            request.extensions[LAST_REQUEST_ID] = self.request_id(response)
            response.close()
            self.sleep(delay)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        retry: RetryRule,
        backoff: Backoff = DEFAULT_BACKOFF,
        timeout: float = DEFAULT_TIMEOUT,
        request_id: RequestIdOf = lambda response: None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner, self.retry, self.backoff, self.timeout = inner, retry, backoff, timeout
        self.request_id, self.sleep, self.clock = request_id, sleep, clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.timeout, self.backoff, self.clock)
        while True:
            attempts.start()
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                sent = not isinstance(error, NOT_SENT)
                delay = attempts.next_delay() if self.retry(request, None, sent) else None
                if delay is None:
                    raise
                await self.sleep(delay)
                continue
            await response.aread()
            delay = attempts.next_delay() if self.retry(request, response, True) else None
            if delay is None:
                return response
            request.extensions[LAST_REQUEST_ID] = self.request_id(response)
            await response.aclose()
            await self.sleep(delay)

    async def aclose(self) -> None:
        await self.inner.aclose()


class _NoCookies(CookieJar):
    """A jar that keeps nothing: these APIs never use cookies."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


def base_url(endpoint: str) -> str:
    """`host[:port]` (as the official SDKs take it, meaning HTTPS) or a full URL."""
    return endpoint if "://" in endpoint else f"https://{endpoint}"


def retrying_clients(
    *,
    endpoint: str,
    auth: httpx.Auth,
    timeout: float,
    retry: RetryRule,
    backoff: Backoff = DEFAULT_BACKOFF,
    request_id: RequestIdOf = lambda response: None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A sync and an async httpx client sharing auth, the call deadline and retry rules."""
    sync_client = httpx.Client(
        base_url=base_url(endpoint),
        auth=auth,
        timeout=timeout,
        cookies=_NoCookies(),
        transport=RetryingTransport(
            transport or httpx.HTTPTransport(socket_options=NO_DELAY),
            retry=retry,
            backoff=backoff,
            timeout=timeout,
            request_id=request_id,
        ),
    )
    async_client = httpx.AsyncClient(
        base_url=base_url(endpoint),
        auth=auth,
        timeout=timeout,
        cookies=_NoCookies(),
        transport=AsyncRetryingTransport(
            async_transport or httpx.AsyncHTTPTransport(socket_options=NO_DELAY),
            retry=retry,
            backoff=backoff,
            timeout=timeout,
            request_id=request_id,
        ),
    )
    return sync_client, async_client


def with_deadline(kwargs: Mapping[str, Any], timeout: float | None) -> dict[str, Any]:
    """Request arguments whose call must end within `timeout` s (all attempts included)."""
    if timeout is None:
        return dict(kwargs)
    extensions = {**kwargs.get("extensions", {}), DEADLINE: time.monotonic() + timeout}
    return {**kwargs, "extensions": extensions, "timeout": timeout}


def _transport_error(error: httpx.TransportError) -> NetworkError:
    request_id = None
    with contextlib.suppress(RuntimeError):  # RuntimeError: the exception carries no request
        request_id = error.request.extensions.get(LAST_REQUEST_ID)
    if isinstance(error, httpx.TimeoutException):
        return DeadlineExceeded(f"the call's deadline passed ({error or type(error).__name__})", request_id)
    return NetworkError(f"{type(error).__name__}: {error}", request_id)


def send(http: httpx.Client, kwargs: Mapping[str, Any], timeout: float | None = None) -> httpx.Response:
    """Send a request; httpx's failures become the package's NetworkError/DeadlineExceeded."""
    try:
        return http.request(**with_deadline(kwargs, timeout))
    except httpx.TransportError as error:
        raise _transport_error(error) from error


async def asend(http: httpx.AsyncClient, kwargs: Mapping[str, Any], timeout: float | None = None) -> httpx.Response:
    """`send` for the asyncio client."""
    try:
        return await http.request(**with_deadline(kwargs, timeout))
    except httpx.TransportError as error:
        raise _transport_error(error) from error
