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
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx

from emulator.admin import Admin
from emulator.admin_access import AdminAccess
from emulator.callbacks import CallbackDelivery
from emulator.clock import Clock
from emulator.config import CONFIG_ENV, RUN_ENV, Config, config_from_json
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
# How long a request's body may take to arrive, from the end of its headers (the server's
# protocol, emulator/slow_clients.py, bounds the headers themselves).
BODY_READ_SECONDS = 30.0


class BodyTooLarge(Exception):
    pass


class BodyTooSlow(Exception):
    pass


class ClientGone(Exception):
    pass


class Emulator:
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

    def too_large(self, scope: Scope) -> Reply:
        """The reply to a body over the limit, in the language the request's headers ask."""
        path, limit = scope["path"], self.config.max_body_bytes
        if path.startswith(ADMIN_PREFIX):
            return json_reply(413, {"error": f"the body exceeds {limit} bytes"})
        return self._protocol(path).too_large(limit, header_fields(scope["headers"]))

    def too_slow(self, scope: Scope) -> Reply:
        """The reply to a body that did not arrive in time, as too_large answers."""
        path = scope["path"]
        if path.startswith(ADMIN_PREFIX):
            return json_reply(408, {"error": f"the body took over {BODY_READ_SECONDS:g} s"})
        headers = header_fields(scope["headers"])
        return self._protocol(path).incomplete_body(BODY_READ_SECONDS, headers)

    def serve(self, request: Request) -> Reply:
        """A request that came over HTTP: the admin API first asks who is calling."""
        if request.path.startswith(ADMIN_PREFIX):
            refusal = self.admin_access.refusal(request)
            if refusal is not None:
                return refusal
        return self.handle(request)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        started = time.perf_counter()
        try:
            body = await self._body(receive)
        except ClientGone:
            return
        except BodyTooLarge:
            reply = self.too_large(scope)
        except BodyTooSlow:
            log.warning(
                "%s %s: the body took over %g s", scope["method"], scope["path"], BODY_READ_SECONDS
            )
            reply = self.too_slow(scope)
        else:
            # A repeated header is one value, its lines joined by commas (RFC 9110 5.3), so
            # that a repeated Authorization or X-TC-Timestamp cannot pass as its last line.
            headers: dict[str, str] = {}
            for k, v in scope["headers"]:
                name, value = k.decode("latin-1").lower(), v.decode("latin-1")
                headers[name] = f"{headers[name]}, {value}" if name in headers else value
            request = Request(
                method=scope["method"],
                path=scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0] or scope["path"],
                raw_query=scope.get("query_string", b"").decode("latin-1"),
                headers=headers,
                body=body,
            )
            reply = self.serve(request)
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
        if self.request_log is not None:
            self.request_log.record(
                scope["method"],
                scope["path"],
                reply.action,
                reply.status,
                len(reply.body),
                reply.outcome,
                (time.perf_counter() - started) * 1000,
            )

    async def _body(self, receive: Receive) -> bytes:
        chunks, size = [], 0
        deadline = time.monotonic() + BODY_READ_SECONDS
        while True:
            try:
                message = await asyncio.wait_for(receive(), deadline - time.monotonic())
            except TimeoutError:
                raise BodyTooSlow from None
            if message["type"] == "http.disconnect":
                raise ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.config.max_body_bytes:
                raise BodyTooLarge
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self.callbacks.start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.callbacks.stop()
                if self.request_log is not None:
                    self.request_log.flush()
                self.store.close()
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
        emulator = _unannounced.pop()
        run = os.environ.get(RUN_ENV, f"parent {os.getppid()}")
        if emulator.config.data is None or emulator.store.change_setting(READY_KEY, run):
            log.info("%s", emulator.ready_line())


def from_environment() -> Emulator:
    """The app for uvicorn workers: settings come from EMULATOR_CONFIG_JSON (set by the CLI)."""
    # Each worker process logs too (errors, callback attempts), not only the parent.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    emulator = Emulator(config_from_json(os.environ[CONFIG_ENV]), RequestLog(sys.stderr))
    load_fixtures(emulator)
    _unannounced.append(emulator)
    return emulator
