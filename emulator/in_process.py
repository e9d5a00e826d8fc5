"""The emulator inside the caller's process, without a socket: an httpx transport that
hands each request to the emulator's ASGI app, and a receiver the emulator delivers event
callbacks to in the same way.

    emulator = InProcessEmulator(progression="immediate")
    client = TiwClient(SECRET_ID, SECRET_KEY, transport=emulator.transport())

One `EmulatorTransport` serves both httpx interfaces: a synchronous client's calls run the
app on a loop of the transport's own (a background thread, so they work from inside an
asyncio test too), an asynchronous client's on the caller's loop. Every byte of the request
(method, path, query, headers, body) reaches the app as it would over HTTP: signatures,
validation, limits and the admin API's guard are the same.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from emulator.config import (
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    CallbackTargets,
    Config,
    Progression,
)

if TYPE_CHECKING:  # imported when an emulator is made: the pytest plugin imports this module
    from emulator.app import Emulator

T = TypeVar("T")
# The address in-process requests claim to come from and go to (no socket is opened): a
# loopback one, so that the admin API's guard (emulator/admin_access.py) lets them in.
CLIENT = ("127.0.0.1", 50000)
SERVER = ("127.0.0.1", 8080)
ENDPOINT = "http://127.0.0.1:8080"
# The host of the callback URLs an in-process receiver hands out (never resolved).
CALLBACK_HOST = "callbacks.in-process.test"


class _Loop:
    """An asyncio loop in a daemon thread, started on first use."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=self._loop.run_forever, name=self.name, daemon=True
                )
                self._thread.start()
            loop = self._loop
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

    def close(self) -> None:
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            if not loop.is_running():
                loop.close()


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply's body as a stream not yet read (as a reply over HTTP comes), so that a
    caller reading it in pieces (`aiter_raw`, streamed `send`) gets it."""

    def __init__(self, content: bytes) -> None:
        self.content = content

    def __iter__(self) -> Iterator[bytes]:
        yield self.content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.content


async def exchange(app: Emulator, request: httpx.Request) -> httpx.Response:
    """One HTTP exchange through the app's ASGI interface."""
    body = request.read()
    raw_path = request.url.raw_path
    path, _, query = raw_path.partition(b"?")
    scope: MutableMapping[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": request.url.scheme,
        "path": httpx.URL(path.decode("ascii")).path,
        "raw_path": path,
        "query_string": query,
        "headers": [(name.lower(), value) for name, value in request.headers.raw],
        "client": CLIENT,
        "server": SERVER,
    }
    pending = [{"type": "http.request", "body": body, "more_body": False}]
    status, headers, chunks = 500, [], []

    async def receive() -> MutableMapping[str, Any]:
        return pending.pop() if pending else {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status, headers = int(message["status"]), list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return httpx.Response(status, headers=headers, stream=_Body(b"".join(chunks)), request=request)


class EmulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Requests of an httpx client (sync or async) into an emulator in this process."""

    def __init__(self, app: Emulator) -> None:
        self.app = app
        self._loop = _Loop("emulator-transport")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._loop.run(exchange(self.app, request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await exchange(self.app, request)

    def close(self) -> None:
        self._loop.close()

    async def aclose(self) -> None:
        self._loop.close()


@dataclass
class Callback:
    """One event callback as the receiver got it."""

    url: str
    headers: dict[str, str]  # names lower-cased
    body: bytes

    @property
    def path(self) -> str:
        return httpx.URL(self.url).path

    def json(self) -> Any:
        return httpx.Response(200, content=self.body).json()


@dataclass
class CallbackReceiver(httpx.AsyncBaseTransport):
    """Where an in-process emulator POSTs event callbacks: every one is kept, and answered
    with the next status of `script` (200 once it is used up) or by `handler`."""

    script: list[int] = field(default_factory=list)
    handler: Callable[[Callback], int] | None = None
    received: list[Callback] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def url(self, path: str = "/callback") -> str:
        """A callback URL to register: it reaches this receiver and nothing else."""
        return f"http://{CALLBACK_HOST}{path if path.startswith('/') else '/' + path}"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        callback = Callback(
            str(request.url), {k.lower(): v for k, v in request.headers.items()}, body
        )
        with self.changed:
            if self.handler is not None:
                status = self.handler(callback)
            else:
                status = self.script.pop(0) if self.script else 200
            self.received.append(callback)
            self.changed.notify_all()
        reply = b'{"error_code": 0}' if status == 200 else b"refused by the test's receiver"
        return httpx.Response(status, stream=_Body(reply))

    def clear(self) -> None:
        """Forget what came and the statuses still to answer."""
        with self.changed:
            self.received.clear()
            self.script.clear()

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Callback]:
        """The first `count` callbacks once they have come (or what came by the timeout)."""
        with self.changed:
            self.changed.wait_for(lambda: len(self.received) >= count, timeout)
            return list(self.received)


class InProcessEmulator:
    """An in-memory emulator in this process (Config's settings as keywords), with event
    callbacks delivered to `callbacks`, a receiver in this process. Use it as a context
    manager (or call `close()`): callback delivery sweeps in the background meanwhile."""

    def __init__(self, config: Config | None = None, **settings: Any) -> None:
        if config is None:
            if "progression" in settings:
                settings["progression"] = Progression(settings["progression"])
            config = Config(**settings)
        elif settings:
            raise TypeError("pass either a Config or settings, not both")
        # Delivered in-process, never over the network, whatever the URL says.
        config.callback_targets = CallbackTargets.LOOPBACK
        self.config = config
        self.callbacks = CallbackReceiver()
        from emulator.app import Emulator  # the whole emulator: only once one is asked for

        self.app = Emulator(config, callback_transport=self.callbacks)
        self._transport = EmulatorTransport(self.app)
        self._started = False

    @property
    def endpoint(self) -> str:
        return ENDPOINT

    @property
    def sdk_app_id(self) -> int:
        return DEFAULT_SDK_APP_ID

    @property
    def huawei_project(self) -> str:
        return DEFAULT_HUAWEI_PROJECT

    def transport(self) -> EmulatorTransport:
        """The transport to give an httpx client or a generated client (`transport=`)."""
        self.start()
        return self._transport

    def client(self) -> httpx.Client:
        """A plain httpx client into the emulator (its admin API included)."""
        return httpx.Client(transport=self.transport(), base_url=ENDPOINT)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.app.callbacks.start()

    def close(self) -> None:
        if self._started:
            self.app.callbacks.stop()
        self._transport.close()
        self.app.store.close()

    def __enter__(self) -> InProcessEmulator:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
