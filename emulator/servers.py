"""The HTTP servers that carry the emulator: uvicorn (the default) or granian (`--server`).

granian serves the ASGI app (emulator/app.py `Emulator`) through its Rust HTTP (hyper).
uvicorn runs the sockets and workers for the emulator's own HTTP/1 protocol
(emulator/http_protocol.py: httptools, each request handed to the emulator without an ASGI
cycle). benchmarks/emulator_vs_prism.py measures them side by side; uvicorn with that
protocol serves the most requests per second in one process, so it is the default.
granian's own interface, RSGI, is not used: it drops header values that are not visible
ASCII (a latin-1 value a client signed) and hands over the path percent-decoded. Each
server bounds slow clients:

- granian: one deadline, HEADER_READ_SECONDS, from a connection's opening (or the end of
  its previous reply) to the last byte of a request's headers, so it is also the idle
  keep-alive timeout. HTTP/1 only: in granian's automatic mode a connection that sends
  nothing waits, unbounded, for the bytes that tell HTTP/1 from HTTP/2. The app bounds the
  body (Emulator.body_read_seconds).
- uvicorn: the protocol bounds the headers (HEADER_READ_SECONDS), the body
  (Emulator.body_read_seconds) and an idle connection (KEEP_ALIVE_SECONDS).

Several workers (`--workers`) are processes sharing the listening socket and the SQLite
file.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from typing import Any

import uvicorn
from granian.constants import HTTPModes, Interfaces, Loops, RuntimeModes
from granian.http import HTTP1Settings
from granian.log import LogLevels
from granian.server import MPServer
from uvicorn.supervisors import Multiprocess

from emulator.app import Emulator, announce_ready
from emulator.config import Config, HttpServer
from emulator.http_protocol import HEADER_READ_SECONDS, KEEP_ALIVE_SECONDS, EmulatorProtocol

APP_FACTORY = "emulator.app:from_environment"  # settings from EMULATOR_CONFIG_JSON
# A worker takes seconds to import on a busy machine; uvicorn's default health check (5 s)
# had the supervisor kill workers as hung before they answered its first ping.
WORKER_START_SECONDS = 60
# granian's own lines (its warnings, an app's uncaught error) go to stderr with the
# emulator's: stdout stays the application's (granian writes to stdout by default).
GRANIAN_LOGGING: dict[str, Any] = {
    "handlers": {
        handler: {
            "formatter": formatter,
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
        }
        for handler, formatter in (("console", "generic"), ("access", "access"))
    }
}


def serve(config: Config) -> None:
    """Run the configured server until it is told to stop (SIGINT, SIGTERM)."""
    if config.server is HttpServer.GRANIAN:
        granian_server(config).serve()
    elif config.workers > 1:
        settings = uvicorn_settings(config)
        Multiprocess(settings, sockets=[settings.bind_socket()]).run()
    else:
        uvicorn.Server(uvicorn_settings(config)).run()


def granian_server(config: Config) -> MPServer:
    """granian's settings for the emulator's workers (their app comes from the environment)."""
    # Workers are processes (MPServer), as in every CPython build with the GIL.
    return MPServer(
        APP_FACTORY,
        factory=True,
        address=config.host,
        port=config.port,
        workers=config.workers,
        # One Python thread per worker runs the app; hyper's on a thread of its own.
        runtime_mode=RuntimeModes.st,
        loop=Loops.uvloop if importlib.util.find_spec("uvloop") else Loops.asyncio,
        **granian_settings(),
        # A worker that died is started again, as uvicorn's supervisor does.
        respawn_failed_workers=config.workers > 1,
    )


def granian_settings(
    header_read_seconds: float = HEADER_READ_SECONDS, lifespan: bool = True
) -> dict[str, Any]:
    """How granian speaks to clients and where it logs (shared with the tests' granian in a
    thread, which may leave out the lifespan: no callback sweeper, no ready line)."""
    return {
        "interface": Interfaces.ASGI if lifespan else Interfaces.ASGINL,
        "http": HTTPModes.http1,
        "http1_settings": HTTP1Settings(header_read_timeout=round(header_read_seconds * 1000)),
        "websockets": False,
        "log_level": LogLevels.warning,
        "log_dictconfig": GRANIAN_LOGGING,
    }


# How uvicorn carries the Emulator, in a worker or in a thread: through the emulator's own
# protocol, which also bounds slow and idle clients. Nothing sits in front of the emulator,
# so no X-Forwarded-* to trust (and no middleware to pass on every request), and it speaks
# no WebSocket.
EMULATOR_HTTP: dict[str, Any] = {
    "http": EmulatorProtocol,
    "ws": "none",
    "proxy_headers": False,
    "timeout_keep_alive": KEEP_ALIVE_SECONDS,
}


def uvicorn_settings(config: Config) -> uvicorn.Config:
    """uvicorn's settings for the emulator's workers (their app comes from the environment)."""
    return uvicorn.Config(
        APP_FACTORY,
        factory=True,
        host=config.host,
        port=config.port,
        workers=config.workers,
        access_log=False,
        log_level="warning",
        **EMULATOR_HTTP,
        timeout_worker_healthcheck=WORKER_START_SECONDS,
        # Called in each worker once it listens: the ready line, printed by one of them.
        callback_notify=announce_ready,
    )


class ServerThread:
    """uvicorn serving an app in a thread of this process on a loopback port, its lifespan
    off (whoever made the app runs its callback delivery): the in-process emulator's local
    port (emulator/pytest_plugin.py), and the tests' servers. An Emulator is served by its
    own protocol, as `serve` has it."""

    def __init__(self, app: Any, port: int, start_seconds: float = 10, **settings: Any) -> None:
        if isinstance(app, Emulator):
            settings = {**EMULATOR_HTTP, **settings}
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", **settings
        )
        self.port, self.start_seconds = port, start_seconds
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, name="videoapi-emulator", daemon=True
        )

    def start(self) -> None:
        """Once it listens; RuntimeError when it stops or takes over `start_seconds`."""
        self._thread.start()
        deadline = time.monotonic() + self.start_seconds
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the emulator's server on port {self.port} did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(5)
