"""A loopback HTTP server standing in for an application's callback URL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# A loopback address where nothing listens (the discard port), for the host of a callback
# URL a test registers without receiving on it: an attempt to deliver there stays on loopback.
NO_RECEIVER = "127.0.0.1:9"


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    port: int
    # Statuses to answer, in order; once used up, 200.
    script: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def url(self, path: str = "/callback") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Received]:
        """The first `count` requests, once they have come (or what came by the timeout)."""
        with self.changed:
            self.changed.wait_for(lambda: len(self.received) >= count, timeout)
            return list(self.received)


@contextmanager
def receiver(script: list[int] | None = None) -> Iterator[Receiver]:
    state: list[Receiver] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            target = state[0]
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with target.changed:
                status = target.script.pop(0) if target.script else 200
                headers = {k.lower(): v for k, v in self.headers.items()}
                target.received.append(Received(self.path, headers, body))
                target.changed.notify_all()
            reply = b'{"error_code": 0}' if status == 200 else b"busy"
            self.send_response(status)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.append(Receiver(server.server_address[1], list(script or [])))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
