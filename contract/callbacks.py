"""Event callbacks of a contract run, kept on loopback.

The specs' examples and schemathesis' generated values register callback URLs
anywhere (the vendors' examples name example.com). In a run against the emulator,
the harness starts a loopback receiver; every callback URL the fixtures seed or a
request sets is sent to it instead, path and query kept (`to_receiver`), so events
are delivered and nothing leaves the machine. The emulator is started with
`--callback-targets loopback` as well, and after the run its delivery records are
read: any of them for a URL beyond loopback fails the run (`beyond_loopback`).
"""

from __future__ import annotations

import ipaddress
import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# How the harness tells the schemathesis process (contract/hooks.py) where the receiver is.
RECEIVER_ENV = "CONTRACT_CALLBACK_RECEIVER"
# The request fields that register a callback URL: TIW's Set*Callback, MetaStudio's
# callback_config.
CALLBACK_FIELDS = frozenset({"Callback", "callback_url"})
SCHEMES = ("http://", "https://")


def to_receiver(url: str, receiver: str) -> str:
    """`url` with its scheme and authority replaced by the receiver's (path, query and
    fragment kept); a value that is not an http(s) URL is returned as it is."""
    if not url.startswith(SCHEMES):
        return url
    rest = url.split("://", 1)[1]
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    tail = rest[cut:]
    return receiver.rstrip("/") + (tail if tail.startswith("/") else "/" + tail)


def send_callbacks_to(value: Any, receiver: str) -> int:
    """Rewrite, in place, every callback URL field in a JSON value; how many were."""
    count = 0
    if isinstance(value, dict):
        for key, item in value.items():
            if key in CALLBACK_FIELDS and isinstance(item, str):
                value[key] = to_receiver(item, receiver)
                count += value[key] != item
            else:
                count += send_callbacks_to(item, receiver)
    elif isinstance(value, list):
        for item in value:
            count += send_callbacks_to(item, receiver)
    return count


def fixtures_for(fixtures: Path, receiver: str, out: Path) -> Path:
    """A copy of the emulator's fixtures with their callback URLs sent to the receiver."""
    calls = json.loads(fixtures.read_text(encoding="utf-8"))
    send_callbacks_to(calls, receiver)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(calls, indent=2) + "\n", encoding="utf-8")
    return out


def is_loopback(url: str) -> bool:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if host == "localhost":
        return True
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def beyond_loopback(deliveries: Sequence[Mapping[str, Any]]) -> list[str]:
    """The URLs beyond loopback among the emulator's delivery records, whatever became of
    them (attempted, refused or still due): every URL a run registers goes to the receiver,
    so any other slipped past it."""
    urls = (record.get("Url") for record in deliveries)
    return sorted({url for url in urls if isinstance(url, str) and url and not is_loopback(url)})


@dataclass
class Receiver:
    url: str
    received: int = 0


@contextmanager
def callback_receiver() -> Iterator[Receiver]:
    """An HTTP server on a free loopback port that answers every POST with 200."""
    state: list[Receiver] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                state[0].received += 1
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.append(Receiver(f"http://127.0.0.1:{server.server_address[1]}"))
    thread = threading.Thread(target=server.serve_forever, name="callback-receiver", daemon=True)
    thread.start()
    try:
        yield state[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
