"""The pytest plugin of the videoapi-emulator distribution (entry point `pytest11`).

Fixtures:
- `videoapi_emulator`: an emulator for one test. Without a marker, the session's emulator,
  reset before the test; with `@pytest.mark.videoapi_emulator(progression="immediate", ...)`
  one of its own with those options, stopped after the test.
- `videoapi_emulator_session`: the session's emulator (the session's options).
- `videoapi_emulator_factory`: `factory(mode=..., **options)` starts more; all stop after
  the test.

Modes: `in-process` (the default: the emulator in the test's process, reached through an
httpx transport without a socket, a loopback port opened only when `endpoint` is asked
for, e.g. for an official SDK) or `subprocess` (`python -m emulator` on a free loopback
port). Pick it with `--videoapi-emulator-mode`, the ini option `videoapi_emulator_mode`, or
the marker's `mode`. Options: progression, step_seconds, speed, failure_rate, seed, data
(SQLite file), fixtures (a JSON list of admin calls), rate_limit, auth, credentials
(Tencent `(secret_id, secret_key)`), huawei_credentials (`(ak, sk)` or `(ak, sk, project)`).

Event callbacks go to loopback only (subprocess) or into the process (in-process): register
`emulator.callbacks.url("/path")` and read `emulator.callbacks.wait_for(n)`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlencode

import httpx
import pytest

from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_SDK_APP_ID,
    DEFAULT_TENCENT_CREDENTIALS,
    Config,
    Progression,
)
from emulator.in_process import Callback, EmulatorTransport, InProcessEmulator
from emulator.ports import free_port

if TYPE_CHECKING:
    # The servers (and with them the whole emulator) are imported only when a test asks
    # for an emulator: pytest loads this plugin in every run of a project that has it.
    from emulator.servers import ServerThread

MARKER = "videoapi_emulator"
IN_PROCESS, SUBPROCESS = "in-process", "subprocess"
MODES = (IN_PROCESS, SUBPROCESS)
START_SECONDS = 60.0  # a subprocess imports for seconds on a busy machine


class AdminError(RuntimeError):
    """The admin API refused a call (its status and `error`)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"admin API: HTTP {status}: {message}")
        self.status = status


@dataclass(frozen=True)
class EmulatorOptions:
    """How to start an emulator (None: the emulator's own default)."""

    mode: str = IN_PROCESS
    progression: str | None = None
    step_seconds: float | None = None
    speed: float | None = None
    failure_rate: float | None = None
    seed: int | None = None
    data: Path | None = None
    fixtures: Path | None = None
    rate_limit: bool = False
    auth: bool = True
    credentials: tuple[str, str] | None = None
    huawei_credentials: tuple[str, ...] | None = None

    @classmethod
    def of(cls, mode: str, settings: dict[str, Any]) -> EmulatorOptions:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(settings) - known)
        if unknown:
            raise pytest.UsageError(
                f"videoapi_emulator: unknown option(s) {', '.join(unknown)}; "
                f"known: {', '.join(sorted(known))}"
            )
        mode = settings.pop("mode", None) or mode
        if mode not in MODES:
            raise pytest.UsageError(f"videoapi_emulator: mode must be one of {MODES}, not {mode!r}")
        if settings.get("progression") is not None:
            settings["progression"] = Progression(settings["progression"]).value
        for name in ("data", "fixtures"):
            if settings.get(name) is not None:
                settings[name] = Path(settings[name])
        for name in ("credentials", "huawei_credentials"):
            if settings.get(name) is not None:
                settings[name] = tuple(settings[name])
        return cls(mode=mode, **settings)

    def config(self) -> Config:
        """The emulator's settings (for in-process mode)."""
        config = Config()
        for name in ("step_seconds", "speed", "failure_rate", "seed", "data", "fixtures"):
            if getattr(self, name) is not None:
                setattr(config, name, getattr(self, name))
        if self.progression is not None:
            config.progression = Progression(self.progression)
        config.rate_limit, config.auth = self.rate_limit, self.auth
        if self.credentials is not None:
            config.tencent_credentials = dict([self.credentials])
        if self.huawei_credentials is not None:
            ak, sk, *project = self.huawei_credentials
            config.huawei_credentials = {ak: sk}
            config.huawei_projects = {ak: project[0] if project else DEFAULT_HUAWEI_PROJECT}
        return config

    def flags(self) -> list[str]:
        """The same as `python -m emulator` flags (for subprocess mode)."""
        flags: list[str] = []
        for name in ("progression", "step_seconds", "speed", "failure_rate", "seed"):
            if getattr(self, name) is not None:
                flags += [f"--{name.replace('_', '-')}", str(getattr(self, name))]
        for name in ("data", "fixtures"):
            if getattr(self, name) is not None:
                flags += [f"--{name}", str(getattr(self, name))]
        if self.rate_limit:
            flags.append("--rate-limit")
        if not self.auth:
            flags.append("--no-auth")
        if self.credentials is not None:
            flags += ["--credentials", ":".join(self.credentials)]
        if self.huawei_credentials is not None:
            flags += ["--huawei-credentials", ":".join(self.huawei_credentials)]
        return flags


class Receiver(Protocol):
    """Where the emulator delivers event callbacks in the test."""

    received: list[Callback]
    script: list[int]

    def url(self, path: str = "/callback") -> str: ...

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Callback]: ...

    def clear(self) -> None: ...


class LoopbackReceiver:
    """A loopback HTTP server receiving event callbacks (subprocess mode)."""

    def __init__(self) -> None:
        self.received: list[Callback] = []
        self.script: list[int] = []
        self.changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                with receiver.changed:
                    status = receiver.script.pop(0) if receiver.script else 200
                    url = f"http://{self.headers.get('Host', '')}{self.path}"
                    receiver.received.append(Callback(url, headers, body))
                    receiver.changed.notify_all()
                reply = b'{"error_code": 0}' if status == 200 else b"refused by the test"
                self.send_response(status)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str = "/callback") -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}{path if path.startswith('/') else '/' + path}"

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Callback]:
        with self.changed:
            self.changed.wait_for(lambda: len(self.received) >= count, timeout)
            return list(self.received)

    def clear(self) -> None:
        with self.changed:
            self.received.clear()
            self.script.clear()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class Admin:
    """The admin API (emulator/admin.openapi.yaml): seed tasks, pin states, move the clock,
    read callback deliveries, reset. Each call raises AdminError when refused."""

    def __init__(self, http: httpx.Client, project: str, sdk_app_id: int) -> None:
        self.http = http
        self.project = project
        self.sdk_app_id = sdk_app_id

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """Any admin call: `path` under /_emulator (e.g. "/tiw/apps")."""
        reply = self.http.request(
            method, f"/_emulator{path}", json=body if body is not None or method != "GET" else None
        )
        if reply.status_code >= 400:
            try:
                message = str(reply.json().get("error", reply.text))
            except ValueError:
                message = reply.text
            raise AdminError(reply.status_code, message)
        return reply.json()

    # ---- the emulator ----
    def advance(self, seconds: float) -> float:
        """Move the emulator's clock forward; the new time (UNIX seconds)."""
        return float(self.call("POST", "/clock/advance", {"seconds": seconds})["now"])

    def now(self) -> float:
        return float(self.call("GET", "/state")["now"])

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/state")
        return result

    def callback_deliveries(self, **where: str) -> list[dict[str, Any]]:
        """The event callbacks, oldest first; only those with the given EventType, TaskId
        and Status, when named (e.g. `callback_deliveries(EventType="RecordFinished")`)."""
        path = "/callback-deliveries"
        if where:
            path += "?" + urlencode(where)
        deliveries: list[dict[str, Any]] = self.call("GET", path)["deliveries"]
        return deliveries

    def wait_for_delivery(
        self, event_type: str, status: str = "delivered", timeout: float = 20.0
    ) -> dict[str, Any]:
        """The first callback delivery of `event_type` once it has `status` (a receiver
        has the body before the emulator records the attempt); AssertionError at timeout."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.callback_deliveries(EventType=event_type)
            if found and found[0]["Status"] == status:
                return found[0]
            if time.monotonic() > deadline:
                raise AssertionError(f"no {status} {event_type} delivery in {timeout:g} s: {found}")
            time.sleep(0.05)

    def reset(self) -> None:
        """Forget every task, application and setting."""
        self.call("POST", "/reset", {})

    # ---- TIW ----
    def put_tiw_app(self, sdk_app_id: int, **fields: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.call("POST", "/tiw/apps", {"SdkAppId": sdk_app_id, **fields})
        return result

    def seed_tiw_recording(self, **fields: Any) -> str:
        """A recording task (fields of emulator/admin.openapi.yaml); its TaskId."""
        body = {"SdkAppId": self.sdk_app_id, "RoomId": 1, **fields}
        return str(self.call("POST", "/tiw/recording-tasks", body)["TaskId"])

    def pin_tiw_recording(self, task_id: str, state: str | None) -> dict[str, Any]:
        """Hold a recording task in a state (None: let it move again)."""
        result: dict[str, Any] = self.call(
            "POST", f"/tiw/recording-tasks/{task_id}/state", {"State": state}
        )
        return result

    def pin_tiw_video_generation(self, task_id: str, state: str | None) -> dict[str, Any]:
        result: dict[str, Any] = self.call(
            "POST", f"/tiw/video-generation-tasks/{task_id}/state", {"State": state}
        )
        return result

    # ---- VCLM ----
    def seed_vclm_stylization(self, **fields: Any) -> str:
        return str(self.call("POST", "/vclm/stylization-jobs", fields)["JobId"])

    def pin_vclm_stylization(self, job_id: str, state: str | None) -> dict[str, Any]:
        result: dict[str, Any] = self.call(
            "POST", f"/vclm/stylization-jobs/{job_id}/state", {"State": state}
        )
        return result

    def seed_vclm_job(self, kind: str, **fields: Any) -> str:
        """A job of one kind (TextToVideo, ImageToVideo, ...); its JobId."""
        return str(self.call("POST", f"/vclm/jobs/{kind}", fields)["JobId"])

    def pin_vclm_job(self, kind: str, job_id: str, state: str | None) -> dict[str, Any]:
        result: dict[str, Any] = self.call(
            "POST", f"/vclm/jobs/{kind}/{job_id}/state", {"State": state}
        )
        return result

    # ---- MetaStudio ----
    def seed_metastudio_job(self, project: str | None = None, **fields: Any) -> str:
        """A digital-human video job in the project (the bound one by default); its job_id."""
        path = f"/metastudio/{project or self.project}/jobs"
        return str(self.call("POST", path, fields)["job_id"])

    def pin_metastudio_job(
        self, job_id: str, state: str | None, project: str | None = None
    ) -> dict[str, Any]:
        path = f"/metastudio/{project or self.project}/jobs/{job_id}/state"
        result: dict[str, Any] = self.call("POST", path, {"state": state})
        return result


class VideoApiEmulator:
    """A running emulator as a test sees it: where it is, its credentials, its admin API
    and the receiver of its event callbacks."""

    def __init__(self, options: EmulatorOptions) -> None:
        self.options = options
        self.mode = options.mode
        self.tencent_credentials: tuple[str, str] = options.credentials or next(
            iter(DEFAULT_TENCENT_CREDENTIALS.items())
        )
        huawei = options.huawei_credentials or next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
        self.huawei_credentials: tuple[str, str] = (huawei[0], huawei[1])
        self.huawei_project = huawei[2] if len(huawei) > 2 else DEFAULT_HUAWEI_PROJECT
        self.sdk_app_id = DEFAULT_SDK_APP_ID
        self._in_process: InProcessEmulator | None = None
        self._server: ServerThread | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._endpoint: str | None = None
        self._lock = threading.Lock()
        self.callbacks: Receiver
        if self.mode == IN_PROCESS:
            self._in_process = InProcessEmulator(options.config())
            self._in_process.start()
            self.callbacks = self._in_process.callbacks
            http = httpx.Client(transport=self._in_process.transport(), base_url=_NOMINAL)
        else:
            self._loopback = LoopbackReceiver()
            self.callbacks = self._loopback
            self._endpoint = self._spawn()
            http = httpx.Client(base_url=self._endpoint, trust_env=False)
        self._http = http
        self.admin = Admin(http, self.huawei_project, self.sdk_app_id)

    # ---- how a client reaches it ----
    @property
    def endpoint(self) -> str:
        """An http://127.0.0.1:PORT URL (in-process: served from the first time it is asked
        for, on a thread, for clients that need a port, as the official SDKs)."""
        with self._lock:
            if self._endpoint is None:
                self._endpoint = self._serve_on_a_port()
            return self._endpoint

    def transport(self) -> EmulatorTransport | None:
        """In-process: the httpx transport into the emulator (sync and async); else None."""
        return None if self._in_process is None else self._in_process.transport()

    @property
    def client_settings(self) -> dict[str, Any]:
        """What a generated client needs to reach it: `TiwClient(id, key, **settings)`
        (the transport in-process, the endpoint otherwise)."""
        if self._in_process is not None:
            return {"transport": self._in_process.transport()}
        return {"endpoint": self.endpoint}

    # ---- life ----
    def _serve_on_a_port(self) -> str:
        assert self._in_process is not None
        from emulator.servers import ServerThread

        # Its lifespan is off: callback delivery already runs (InProcessEmulator).
        self._server = ServerThread(self._in_process.app, free_port(), START_SECONDS)
        self._server.start()
        return f"http://127.0.0.1:{self._server.port}"

    def _spawn(self) -> str:
        port = free_port()
        command = [
            sys.executable,
            "-m",
            "emulator",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--callback-targets",
            "loopback",
            *self.options.flags(),
        ]
        # Its log (a line per request) goes to a file, never a pipe nobody reads while it
        # runs (a full pipe would stall the emulator); shown when it fails to start.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self._process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=self._log, env=dict(os.environ)
        )
        endpoint = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_SECONDS
        with httpx.Client(base_url=endpoint, trust_env=False, timeout=2) as probe:
            while True:
                if self._process.poll() is not None:
                    self._log.seek(0)
                    error = self._log.read().decode("utf-8", "replace")
                    raise RuntimeError(f"the emulator exited at start:\n{error}")
                try:
                    if probe.get("/_emulator/state").status_code == 200:
                        return endpoint
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError(f"the emulator did not answer within {START_SECONDS} s")
                time.sleep(0.05)

    def reset(self) -> None:
        """Forget all state and every callback received (between tests)."""
        self.admin.reset()
        self.callbacks.clear()

    def close(self) -> None:
        self._http.close()
        if self._server is not None:
            self._server.stop()
        if self._in_process is not None:
            self._in_process.close()
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._log.close()
        if self.mode == SUBPROCESS:
            self._loopback.close()

    def __repr__(self) -> str:
        where = self._endpoint or "no port"
        return f"VideoApiEmulator(mode={self.mode!r}, {where})"


_NOMINAL = "http://127.0.0.1:8080"  # in-process: the host the admin client sends


# ---- pytest hooks and fixtures ----
def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("videoapi-emulator", "the local videoapi emulator")
    group.addoption(
        "--videoapi-emulator-mode",
        choices=MODES,
        default=None,
        help="how the videoapi_emulator fixtures run the emulator (default: in-process)",
    )
    parser.addini(
        "videoapi_emulator_mode",
        "how the videoapi_emulator fixtures run the emulator: in-process or subprocess",
        default=IN_PROCESS,
    )
    parser.addini(
        "videoapi_emulator_options",
        "JSON object of the session emulator's options (progression, seed, ...)",
        default="{}",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(mode=None, progression=None, failure_rate=None, seed=None, data=None, "
        "credentials=None, ...): a videoapi emulator of this test's own with these options",
    )


def _mode(config: pytest.Config) -> str:
    return str(config.getoption("--videoapi-emulator-mode") or config.getini(MARKER + "_mode"))


def _session_options(config: pytest.Config) -> EmulatorOptions:
    raw = config.getini(MARKER + "_options")
    try:
        settings = json.loads(str(raw))
    except ValueError as error:
        raise pytest.UsageError(f"videoapi_emulator_options is not JSON: {error}") from None
    return EmulatorOptions.of(_mode(config), dict(settings))


Factory = Callable[..., VideoApiEmulator]


@pytest.fixture
def videoapi_emulator_factory(request: pytest.FixtureRequest) -> Iterator[Factory]:
    """`factory(mode=None, **options)`: a new emulator, stopped after the test."""
    started: list[VideoApiEmulator] = []

    def factory(**settings: Any) -> VideoApiEmulator:
        emulator = VideoApiEmulator(EmulatorOptions.of(_mode(request.config), settings))
        started.append(emulator)
        return emulator

    yield factory
    for emulator in reversed(started):
        emulator.close()


@pytest.fixture(scope="session")
def videoapi_emulator_session(request: pytest.FixtureRequest) -> Iterator[VideoApiEmulator]:
    """One emulator for the session, with the session's options."""
    emulator = VideoApiEmulator(_session_options(request.config))
    yield emulator
    emulator.close()


@pytest.fixture
def videoapi_emulator(
    request: pytest.FixtureRequest, videoapi_emulator_factory: Factory
) -> VideoApiEmulator:
    """The session's emulator reset for this test; with the marker, one of its own."""
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword options only")
        return videoapi_emulator_factory(**marker.kwargs)
    session: VideoApiEmulator = request.getfixturevalue("videoapi_emulator_session")
    session.reset()
    return session
