"""The emulator as one ASGI application: one port for every cloud and service.

`/_emulator/` is the admin API; every other request goes to the first cloud protocol
that claims its path (Tencent Cloud API 3.0 claims `/`, Huawei Cloud every other path).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Mapping,
    MutableMapping,
)
from typing import Any

import httpx

from emulator.admin import Admin
from emulator.admin_access import AdminAccess
from emulator.callbacks import CallbackDelivery
from emulator.clock import Clock
from emulator.config import CONFIG_ENV, RUN_ENV, Config, HttpServer, config_from_json
from emulator.context import Context
from emulator.http import Reply, Request, header_fields, json_reply
from emulator.protocols.huaweicloud import HuaweiCloudProtocol
from emulator.protocols.tencentcloud import TencentCloudProtocol
from emulator.rate_limit import RateLimiter
from emulator.request_log import RequestLog
from emulator.services import metastudio, tiw, vclm
from emulator.store import Store

FIXTURES_KEY = "fixtures.loaded"
READY_KEY = "ready.announced"  # the run whose ready line was printed
log = logging.getLogger("emulator")
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


ADMIN_PREFIX = "/_emulator/"
# How long a request's body may take to arrive, from the end of its headers (the server
# bounds the headers themselves: emulator/http_protocol.py, emulator/servers.py).
BODY_READ_SECONDS = 30.0


class BodyTooLarge(Exception):
    pass


class BodyTooSlow(Exception):
    pass


class ClientGone(Exception):
    pass


class Emulator:
    body_read_seconds = BODY_READ_SECONDS

    def __init__(
        self,
        config: Config,
        request_log: RequestLog | None = None,
        callback_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config
        self.request_log = request_log
        self.store = Store(config.data)
        self.context = Context(config, self.store, Clock(self.store))
        # One set of windows for both clouds, keyed by (service, operation), in the store.
        self.limiter = RateLimiter(self.store)
        # Asked in this order which one a path is for; Huawei takes every path but `/`.
        self.protocols: list[TencentCloudProtocol | HuaweiCloudProtocol] = [
            TencentCloudProtocol(
                [tiw.tencent_service(self.context), vclm.tencent_service(self.context)],
                config,
                self.context.clock,
                self.limiter,
            ),
            HuaweiCloudProtocol(
                [metastudio.huawei_service(self.context)], config, self.context.clock, self.limiter
            ),
        ]
        self.admin = Admin(
            self.context, [tiw.admin_routes, vclm.admin_routes, metastudio.admin_routes]
        )
        self.admin_access = AdminAccess(config)
        # Started with the server (lifespan); tests may sweep by hand instead.
        # (callback_transport: deliveries in this process, emulator/in_process.py.)
        self.callbacks = CallbackDelivery(
            self.context, [tiw.event_source(self.context)], callback_transport
        )

    def served(self) -> list[tuple[str, str, str]]:
        """(cloud, service, version) of every API this emulator answers."""
        return [
            (protocol.cloud.name, service.name, service.version)
            for protocol in self.protocols
            for service in protocol.services.values()
        ]

    def ready_line(self) -> str:
        """What the emulator serves and how, in the line it prints once it is listening."""
        config = self.config
        host = f"[{config.host}]" if ":" in config.host else config.host
        services = ", ".join(" ".join(served) for served in self.served())
        if config.auth:
            tokens = len(config.huawei_tokens)
            auth = (
                f"on ({len(config.tencent_credentials)} Tencent, "
                f"{len(config.huawei_credentials)} Huawei credentials, "
                f"{tokens} Huawei token{'s' if tokens != 1 else ''})"
            )
        else:
            auth = "off (signatures not checked)"
        data = "in memory" if config.data is None else f"SQLite {config.data.resolve()}"
        rate_limit = "on (each operation's documented limit)" if config.rate_limit else "off"
        return (
            f"videoapi emulator ready on http://{host}:{config.port} — services: {services} "
            f"— auth: {auth} — data: {data} — rate limits: {rate_limit}"
        )

    def _protocol(self, path: str) -> TencentCloudProtocol | HuaweiCloudProtocol:
        """The first cloud protocol that claims the path (each says which paths are its)."""
        return next(protocol for protocol in self.protocols if protocol.claims(path))

    def handle(self, request: Request) -> Reply:
        if request.path.startswith(ADMIN_PREFIX):
            return self.admin.handle(request)
        return self._protocol(request.path).handle(request)

    def too_large(self, path: str, headers: Mapping[str, str]) -> Reply:
        """The reply to a body over the limit, in the language the request's headers ask."""
        limit = self.config.max_body_bytes
        if path.startswith(ADMIN_PREFIX):
            return json_reply(413, {"error": f"the body exceeds {limit} bytes"})
        return self._protocol(path).too_large(limit, headers)

    def too_slow(self, path: str, headers: Mapping[str, str]) -> Reply:
        """The reply to a body that did not arrive in time, as too_large answers."""
        if path.startswith(ADMIN_PREFIX):
            seconds = self.body_read_seconds
            return json_reply(408, {"error": f"the body took over {seconds:g} s"})
        return self._protocol(path).incomplete_body(self.body_read_seconds, headers)

    def serve(self, request: Request) -> Reply:
        """A request that came over HTTP: the admin API first asks who is calling."""
        if request.path.startswith(ADMIN_PREFIX):
            refusal = self.admin_access.refusal(request)
            if refusal is not None:
                return refusal
        return self.handle(request)

    def answer(
        self, method: str, path: str, raw_query: str, headers: dict[str, str], body: bytes
    ) -> Reply:
        """The reply to one whole request, as the emulator's own HTTP protocol hands it over
        (emulator/http_protocol.py), logged."""
        started = time.perf_counter()
        reply = self.serve(Request(method, path, raw_query, headers, body))
        self._logged(method, path, reply, started)
        return reply

    async def exchange(
        self,
        method: str,
        path: str,
        raw_query: str,
        headers: dict[str, str],
        chunks: AsyncIterable[bytes],
    ) -> Reply | None:
        """The reply to one request as a server hands it over (its body still arriving, a
        chunk at a time); None when the client left before its body was complete."""
        try:
            body = await self._body(chunks)
        except ClientGone:
            return None
        except BodyTooLarge:
            return self.too_large(path, headers)
        except BodyTooSlow:
            log.warning("%s %s: the body took over %g s", method, path, self.body_read_seconds)
            return self.too_slow(path, headers)
        return self.serve(Request(method, path, raw_query, headers, body))

    async def _body(self, chunks: AsyncIterable[bytes]) -> bytes:
        parts, size = [], 0
        try:
            async with asyncio.timeout(self.body_read_seconds):
                async for chunk in chunks:
                    size += len(chunk)
                    if size > self.config.max_body_bytes:
                        raise BodyTooLarge
                    parts.append(chunk)
        except TimeoutError:
            raise BodyTooSlow from None
        return b"".join(parts)

    def _logged(self, method: str, path: str, reply: Reply, started: float) -> None:
        if self.request_log is not None:
            milliseconds = (time.perf_counter() - started) * 1000
            self.request_log.record(
                method,
                path,
                reply.action,
                reply.status,
                len(reply.body),
                reply.outcome,
                milliseconds,
            )

    # ---- ASGI: under granian or uvicorn, and the in-process transport ----
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        started = time.perf_counter()
        method, raw_path = scope["method"], scope.get("raw_path", b"").decode("latin-1")
        reply = await self.exchange(
            method,
            raw_path.split("?", 1)[0] or scope["path"],
            scope.get("query_string", b"").decode("latin-1"),
            header_fields(scope["headers"]),
            _asgi_chunks(receive),
        )
        if reply is None:
            return
        await send(
            {
                "type": "http.response.start",
                "status": reply.status,
                "headers": [
                    (b"content-length", str(len(reply.body)).encode()),
                    *((k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers),
                ],
            }
        )
        await send({"type": "http.response.body", "body": reply.body})
        self._logged(method, scope["path"], reply, started)

    def shut_down(self) -> None:
        self.callbacks.stop()
        if self.request_log is not None:
            self.request_log.flush()
        self.store.close()

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self.callbacks.start()
                # granian starts its workers once it listens: each may say so now. (uvicorn
                # starts the app first, then listens, then calls announce_ready.)
                if self.config.server is HttpServer.GRANIAN:
                    announce(self)
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.shut_down()
                await send({"type": "lifespan.shutdown.complete"})
                return


def load_fixtures(emulator: Emulator) -> int:
    """Apply the fixtures file (a JSON list of admin calls) once per store."""
    path = emulator.config.fixtures
    if path is None or emulator.store.setting(FIXTURES_KEY, "") == str(path):
        return 0
    calls = json.loads(path.read_text(encoding="utf-8"))
    for call in calls:
        body = json.dumps(call.get("body", {})).encode()
        reply = emulator.admin.handle(
            Request(call.get("method", "POST"), call["path"], "", {}, body)
        )
        if reply.status >= 400:
            raise ValueError(f"fixture {call['path']} failed: {reply.body.decode()}")
    emulator.store.set_setting(FIXTURES_KEY, str(path))
    return len(calls)


# The app of this process, until announce_ready has announced it.
_unannounced: list[Emulator] = []


async def announce_ready() -> None:
    """uvicorn's callback_notify: called first once the server listens (and again every
    timeout_notify seconds). Logs the ready line once per start of the CLI: of several
    workers, the one that marks the run in the shared store first."""
    while _unannounced:
        announce(_unannounced.pop())


def announce(emulator: Emulator) -> None:
    """Log the ready line, unless another worker of this start of the CLI has."""
    run = os.environ.get(RUN_ENV, f"parent {os.getppid()}")
    if emulator.config.data is None or emulator.store.change_setting(READY_KEY, run):
        log.info("%s", emulator.ready_line())


async def _asgi_chunks(receive: Receive) -> AsyncIterator[bytes]:
    """An ASGI request's body, a chunk at a time."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        yield message.get("body", b"")
        if not message.get("more_body"):
            return


def from_environment() -> Emulator:
    """The app for the server's workers: settings come from EMULATOR_CONFIG_JSON (set by the
    CLI)."""
    # Each worker process logs too (errors, callback attempts), not only the parent.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    emulator = Emulator(config_from_json(os.environ[CONFIG_ENV]), RequestLog(sys.stderr))
    load_fixtures(emulator)
    _unannounced.append(emulator)
    return emulator
