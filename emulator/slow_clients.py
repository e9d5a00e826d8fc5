"""uvicorn's HTTP protocol with a deadline on request headers, so that slow clients cannot
hold connections open (slowloris). (granian has the deadline built in: emulator/servers.py.)

uvicorn times out idle keep-alive connections (`timeout_keep_alive`) but not a client
that sends its headers a byte at a time: the ASGI app only sees a request once its
headers are complete, so the deadline lives in the protocol. The app bounds the body
(BODY_READ_SECONDS in emulator/app.py).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("emulator")

HEADER_READ_SECONDS = 10.0  # from a connection's first byte (or a request's) to its last header
KEEP_ALIVE_SECONDS = 5  # an idle connection between requests


class HeaderDeadlineProtocol(HttpToolsProtocol):
    """httptools' protocol, closing a connection whose request headers take longer than
    `header_read_seconds` (from the connection, or from the start of the next request)."""

    header_read_seconds = HEADER_READ_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def _arm(self) -> None:
        if self._header_deadline is None:
            self._header_deadline = self.loop.call_later(self.header_read_seconds, self._expire)

    def _disarm(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _expire(self) -> None:
        self._header_deadline = None
        if not self.transport.is_closing():
            log.warning(
                "%s: closed, its request headers took over %g s",
                f"{self.client[0]}:{self.client[1]}" if self.client else "a client",
                self.header_read_seconds,
            )
            self.transport.close()
