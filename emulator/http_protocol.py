"""The emulator's HTTP/1 under uvicorn: uvicorn runs the sockets, the workers and the
graceful shutdown; this protocol parses each connection with httptools (as uvicorn's own
does) and hands a request, once its body is in, straight to the Emulator (`answer`), which
replies at once. There is no ASGI cycle in between (no scope, no task, no receive and send
per request): on this app that cycle cost more than the emulator's own work, and the
emulator answers synchronously anyway. granian and the in-process transport still speak
ASGI to the same app (emulator/app.py).

Every connection has one deadline at a time, by where it is in a request:
- waiting for a request's headers (from the connection's opening, or the request's first
  byte): HEADER_READ_SECONDS, then it is closed (slowloris);
- waiting for the body: the emulator's body_read_seconds, then the cloud's error and close;
- idle between requests: uvicorn's timeout_keep_alive (KEEP_ALIVE_SECONDS in
  emulator/servers.py), then it is closed.
The deadline is kept as a time and checked by one timer per connection, moved only when it
would fire late, so a request costs no timer of its own. Headers beyond MAX_HEAD_BYTES are
refused (431), a body beyond the configured size gets the cloud's error (and the rest of it
is read and dropped), and a client that stops reading replies stops being read.

Replies are queued and written once the event loop has handled everything its last poll
found ready, each connection's in one write: while the emulator answers the next ready
connection, the client of the previous one would otherwise be woken for each reply alone.
On a loaded emulator that cut the kernel's time per request by two thirds (README, "How
fast it is"); a reply waits at most for the other requests of the same turn.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from emulator.app import Emulator
from emulator.http import Reply

log = logging.getLogger("emulator")

HEADER_READ_SECONDS = 10.0  # from a connection's first byte (or a request's) to its last header
KEEP_ALIVE_SECONDS = 5  # an idle connection between requests
# A request line and headers together; a Huawei IAM token, the largest header a client of
# these APIs sends, is under 20 KiB.
MAX_HEAD_BYTES = 256 * 1024
CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


class Phase(enum.Enum):
    HEAD = "waiting for a request's headers"
    BODY = "waiting for a request's body"
    IDLE = "idle between requests"


class EmulatorProtocol(HttpToolsProtocol):
    """One client connection to the emulator (uvicorn makes one per connection)."""

    header_read_seconds = HEADER_READ_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not isinstance(self.app, Emulator):
            raise TypeError(f"EmulatorProtocol serves the Emulator, not {type(self.app)!r}")
        self.emulator: Emulator = self.app
        self.phase = Phase.HEAD
        self.served = 0  # requests answered on this connection
        self.stopping = False  # the server is shutting down: close after the reply
        # The request being read.
        self.fields: dict[str, str] = {}
        self.method = self.path = self.query = ""
        self.body: list[bytes] = []
        self.size = 0
        self.head_bytes = 0  # of the head being read, at most (see data_received)
        self.begun = 0  # requests begun on this connection
        self.body_bytes = 0  # read since the head, at least (framing and trailers included)
        self.refused = False  # answered before its body was in: the rest is dropped
        self.keep_alive = True
        # Replies not yet written (see the module's docstring), and whether to close once
        # they are: no request read after that is answered.
        self.outgoing: list[bytes] = []
        self.hanging_up = False
        # The one deadline (loop time), and the timer that checks it.
        self.deadline_phase: tuple[Phase, int] | None = None
        self.deadline = 0.0
        self.timer: asyncio.TimerHandle | None = None
        self.timer_at = 0.0

    # ---- the connection ----
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        self.outgoing = []
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.hanging_up:
            return  # what a client sends after its last answered request is dropped
        begun, in_body = self.begun, self.phase is Phase.BODY
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # Answered as a plain request (the emulator speaks no other protocol); what the
            # client sends after it is not HTTP/1 any more.
            self._hang_up()
            return
        except httptools.HttpParserCallbackError as error:
            # Raised by this protocol's own callbacks: a bug of the emulator, not bad bytes.
            log.error("the emulator's HTTP protocol failed", exc_info=error.__context__)
            self._refuse_and_close(500, "Internal Server Error")
            return
        except httptools.HttpParserError:
            self.logger.warning("Invalid HTTP request received.")
            self._flush()  # the replies to the requests before it come first
            self.send_400_response("Invalid HTTP request received.")
            return
        if self.hanging_up:
            return
        if self.phase is Phase.HEAD:  # the read ends inside a request's head
            # At most all of this read is that head (httptools holds it meanwhile).
            self.head_bytes = len(data) + (self.head_bytes if self.begun == begun else 0)
            if self.head_bytes > MAX_HEAD_BYTES:
                self._refuse_and_close(431, "Request header fields too large.")
                return
        elif self.phase is Phase.BODY:  # the read ends inside a request's body
            # At most all of this read is that body, framing and trailers included.
            same = in_body and self.begun == begun
            self.body_bytes = len(data) + (self.body_bytes if same else 0)
            if self.body_bytes - self.size <= self.size + MAX_HEAD_BYTES:
                self._watch()
                return
            # Chunk framing and trailers (which httptools holds) beyond the body they carry.
            if self.refused:
                self._hang_up()
            else:
                self._refuse_and_close(400, "Chunk framing or trailers too large.")
            return
        self._watch()

    def eof_received(self) -> None:
        """The client has sent its last byte: the replies queued go out now, before the
        transport closes the connection (asyncio's default, once its buffer is written)."""
        self._flush()

    def shutdown(self) -> None:
        """The server is stopping: close once the replies are out, unless a request's body is
        on its way (then once it is answered)."""
        if self.phase is Phase.BODY:
            self.stopping = True
        else:
            self._hang_up()

    def pause_writing(self) -> None:
        """The client is not reading its replies: stop reading its requests."""
        super().pause_writing()
        self.flow.pause_reading()

    def resume_writing(self) -> None:
        super().resume_writing()
        self.flow.resume_reading()

    # ---- httptools' callbacks, for one request ----
    def on_message_begin(self) -> None:
        self.begun += 1
        self.phase = Phase.HEAD
        self.url = b""
        self.fields = {}
        self.body = []
        self.size = 0
        self.refused = False

    def on_header(self, name: bytes, value: bytes) -> None:
        if self.phase is Phase.BODY:
            return  # a trailer of a chunked body: not a header the request was signed with
        key, text = name.decode("latin-1").lower(), value.decode("latin-1")
        fields = self.fields
        # A repeated header is one value, its lines joined by commas (RFC 9110 5.3), as
        # emulator/http.py header_fields has it for ASGI.
        fields[key] = f"{fields[key]}, {text}" if key in fields else text

    def on_headers_complete(self) -> None:
        if self.hanging_up:
            return
        parser, fields = self.parser, self.fields
        self.phase = Phase.BODY
        try:
            url = httptools.parse_url(self.url)
        except httptools.HttpParserInvalidURLError:
            self._refuse_and_close(400, "Invalid request target.")
            return
        self.method = parser.get_method().decode("ascii")
        self.path = url.path.decode("latin-1")
        self.query = url.query.decode("latin-1") if url.query else ""
        self.keep_alive = parser.should_keep_alive() and parser.get_http_version() != "1.0"
        declared = fields.get("content-length", "")
        if (
            declared.isascii()
            and declared.isdigit()
            and int(declared) > self.emulator.config.max_body_bytes
        ):
            self._refuse(self.emulator.too_large(self.path, fields))
        elif fields.get("expect", "").lower() == "100-continue":
            self._write(CONTINUE)

    def on_body(self, body: bytes) -> None:
        if self.refused or self.hanging_up:
            return
        self.size += len(body)
        if self.size > self.emulator.config.max_body_bytes:
            self._refuse(self.emulator.too_large(self.path, self.fields))
            return
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.phase = Phase.IDLE
        if self.hanging_up:
            return
        if self.refused:
            if not self.keep_alive or self.stopping:
                self._hang_up()
            return
        try:
            reply = self.emulator.answer(
                self.method, self.path, self.query, self.fields, b"".join(self.body)
            )
            self._send(reply, close=not self.keep_alive or self.stopping)
        except Exception:
            log.exception("%s %s: the emulator failed", self.method, self.path)
            self._refuse_and_close(500, "Internal Server Error")

    # ---- replies ----
    def _send(self, reply: Reply, close: bool) -> None:
        fields = []
        for name, value in reply.headers:
            if "\n" in value or "\r" in value or "\n" in name or "\r" in name:
                raise ValueError(f"a reply header would break the response: {name!r}")
            fields.append(f"{name}: {value}\r\n")
        body = reply.body
        self.served += 1
        self.server_state.total_requests += 1
        self._write(
            b"".join(
                [
                    STATUS_LINE[reply.status],
                    _server_fields(self.server_state.default_headers),
                    f"content-length: {len(body)}\r\n{''.join(fields)}".encode("latin-1"),
                    b"connection: close\r\n\r\n" if close else b"\r\n",
                    b"" if self.method == "HEAD" else body,
                ]
            )
        )
        if close:
            self._hang_up()

    def _refuse(self, reply: Reply) -> None:
        """Answer the request before its body is in; the rest of the body is dropped."""
        self.refused = True
        self._send(reply, close=not self.keep_alive or self.stopping)

    def _refuse_and_close(self, status: int, message: str) -> None:
        self._write(
            b"".join(
                [
                    STATUS_LINE[status],
                    b"content-type: text/plain; charset=utf-8\r\n",
                    f"content-length: {len(message)}\r\n".encode(),
                    b"connection: close\r\n\r\n",
                    message.encode(),
                ]
            )
        )
        self._hang_up()

    # ---- writing: once per turn of the event loop ----
    def _write(self, data: bytes) -> None:
        if not self.outgoing:
            self.loop.call_soon(self._flush)
        self.outgoing.append(data)

    def _flush(self) -> None:
        outgoing, self.outgoing = self.outgoing, []
        if self.transport.is_closing():
            return
        if outgoing:
            self.transport.write(b"".join(outgoing))
        if self.hanging_up:
            self.transport.close()

    def _hang_up(self) -> None:
        """Close the connection once the replies queued for it are written."""
        self.hanging_up = True
        if not self.outgoing:
            self.transport.close()

    # ---- the deadline ----
    def _watch(self) -> None:
        """Start the deadline of the connection's phase, if the phase (or the request) is
        new since the last look."""
        now = (self.phase, self.served)
        if now == self.deadline_phase:
            return
        self.deadline_phase = now
        if self.phase is Phase.HEAD:
            seconds = self.header_read_seconds
        elif self.phase is Phase.BODY:
            seconds = self.emulator.body_read_seconds
        else:
            seconds = self.timeout_keep_alive  # uvicorn's setting
        self.deadline = self.loop.time() + seconds
        if self.timer is None or self.deadline < self.timer_at:
            self._arm()

    def _arm(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.timer_at = self.deadline
        self.timer = self.loop.call_at(self.deadline, self._check)

    def _check(self) -> None:
        self.timer = None
        if self.transport.is_closing() or self.hanging_up:
            return
        if self.loop.time() < self.deadline:
            self._arm()
            return
        if self.phase is Phase.BODY:
            log.warning(
                "%s %s: the body took over %g s",
                self.method,
                self.path,
                self.emulator.body_read_seconds,
            )
            if not self.refused:
                self._send(self.emulator.too_slow(self.path, self.fields), close=True)
        elif self.phase is Phase.HEAD:
            log.warning(
                "%s: closed, its request headers took over %g s",
                f"{self.client[0]}:{self.client[1]}" if self.client else "a client",
                self.header_read_seconds,
            )
        self._hang_up()


# uvicorn's default headers (a list it replaces once a second), and their lines as bytes.
_server_lines: tuple[object, bytes] = (None, b"")


def _server_fields(default_headers: list[tuple[bytes, bytes]]) -> bytes:
    """uvicorn's own header lines (Server, and Date, renewed once a second in a new list),
    written out once per list rather than once per reply."""
    global _server_lines
    kept = _server_lines
    if kept[0] is not default_headers:
        lines = b"".join(name + b": " + value + b"\r\n" for name, value in default_headers)
        kept = _server_lines = (default_headers, lines)
    return kept[1]
