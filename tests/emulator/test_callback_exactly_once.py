"""Event callbacks are delivered exactly once per event, every attempt recorded with its
result, one receiver never delaying another's, over several workers sharing a file; a
URL that cannot be delivered to ends as a recorded failed attempt; a URL is checked when
it is registered; callbacks never reach the admin API; `--callback-targets loopback`
never connects beyond loopback."""

from __future__ import annotations

import ipaddress
import json
import logging
import socket
import threading
import time
from collections import Counter
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from clouds.tencentcloud.tc3 import TC3Auth
from emulator.app import Emulator
from emulator.config import DEFAULT_SDK_APP_ID, CallbackTargets, Config, Progression
from emulator.services.tiw.backend import TiwBackend
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, emulator_process, serve
from tests.support.tiw_callers import CLIENTS, failure

APP = DEFAULT_SDK_APP_ID
EVENTS = ("OnlineRecordStarted", "OnlineRecordStopped", "OnlineRecordFinished")
FINAL = ("delivered", "failed")


# ---- receivers ----
class TimedReceiver:
    """A loopback receiver answering `status` after `delay` seconds; keeps each event with
    the time it arrived."""

    def __init__(self, delay: float = 0.0, status: int = 200) -> None:
        self.delay, self.status = delay, status
        self.arrivals: list[tuple[float, dict[str, Any]]] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.arrivals.append((time.time(), json.loads(body)))
                time.sleep(receiver.delay)
                self.send_response(receiver.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/callback"

    def keys(self) -> Counter[tuple[str, str]]:
        with self.lock:
            return Counter((e["EventData"]["TaskId"], e["EventType"]) for _, e in self.arrivals)

    def __enter__(self) -> TimedReceiver:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class HangingReceiver:
    """A loopback port that accepts connections and never answers; keeps when each came."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.listener.settimeout(0.1)
        self.accepted: list[float] = []
        self.connections: list[socket.socket] = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/callback"

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.accepted.append(time.time())
            self.connections.append(connection)

    def wait_for(self, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while len(self.accepted) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(self.accepted) >= count, f"{len(self.accepted)} connections, not {count}"

    def __enter__(self) -> HangingReceiver:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopping.set()
        self.thread.join(5)
        for connection in self.connections:
            connection.close()
        self.listener.close()


# ---- the emulator as a process ----
def tiw(port: int, action: str, **params: Any) -> dict[str, Any]:
    auth = TC3Auth(
        SECRET_ID, SECRET_KEY, service="tiw", version="2019-09-19", region="ap-singapore"
    )
    reply = httpx.post(
        f"http://127.0.0.1:{port}/", json=params, headers={"X-TC-Action": action}, auth=auth
    )
    inner: dict[str, Any] = reply.json()["Response"]
    return inner


def admin(port: int) -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{port}/_emulator", timeout=10)


def seed_finished(client: httpx.Client, app: int, count: int) -> list[str]:
    """Recordings already FINISHED: their three events are due at once."""
    task_ids = []
    for room in range(count):
        reply = client.post(
            "/tiw/recording-tasks", json={"SdkAppId": app, "RoomId": room + 1, "State": "FINISHED"}
        )
        assert reply.status_code == 201, reply.text
        task_ids.append(reply.json()["TaskId"])
    return task_ids


def listed(client: httpx.Client) -> list[dict[str, Any]]:
    deliveries: list[dict[str, Any]] = client.get("/callback-deliveries").json()["deliveries"]
    return deliveries


def wait_until_final(client: httpx.Client, count: int, timeout: float) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        records = listed(client)
        if len(records) >= count and all(r["Status"] in FINAL for r in records):
            return records
        if time.monotonic() > deadline:
            return records
        time.sleep(0.25)


def expected_keys(task_ids: list[str]) -> set[tuple[str, str]]:
    return {(task_id, event) for task_id in task_ids for event in EVENTS}


# ---- exactly once, attempt-accurate, receivers kept apart, two workers ----
def test_slow_hanging_failing_and_healthy_receivers_over_two_workers(tmp_path: Path) -> None:
    log = tmp_path / "emulator.log"
    flags = (
        "--data",
        str(tmp_path / "shared.sqlite"),
        "--workers",
        "2",
        "--callback-timeout",
        "5",
        "--callback-backoff",
        "0.5",
        "--callback-attempts",
        "2",
        "--callback-targets",
        "loopback",
    )
    apps = {"healthy": APP + 10, "slow": APP + 11, "hanging": APP + 12, "failing": APP + 13}
    with (
        TimedReceiver() as healthy,
        TimedReceiver(delay=3.0) as slow,
        TimedReceiver(status=500) as failing,
        HangingReceiver() as hanging,
        emulator_process("--progression", "manual", *flags, log=log) as (port, _),
        admin(port) as client,
    ):
        urls = {"healthy": healthy.url, "slow": slow.url, "hanging": hanging.url}
        urls["failing"] = failing.url
        for name, app in apps.items():
            client.post("/tiw/apps", json={"SdkAppId": app}).raise_for_status()
            reply = tiw(port, "SetOnlineRecordCallback", SdkAppId=app, Callback=urls[name])
            assert "Error" not in reply, reply
        tasks = {"hanging": seed_finished(client, apps["hanging"], 3)}
        tasks["slow"] = seed_finished(client, apps["slow"], 4)
        tasks["failing"] = seed_finished(client, apps["failing"], 2)
        # The hanging receiver holds 8 connections now (4 per worker; all 8 threads of
        # the old design's two pools).
        hanging.wait_for(8, timeout=10)
        due: dict[str, float] = {}
        tasks["healthy"] = []
        for _ in range(4):
            seeded_at = time.time()
            (task_id,) = seed_finished(client, apps["healthy"], 1)
            tasks["healthy"].append(task_id)
            due[task_id] = seeded_at
        records = wait_until_final(client, 39, timeout=45)
        time.sleep(1.5)  # three sweeps of each worker: time for a duplicate to show
        records = listed(client)
        arrivals = {name: list(r.arrivals) for name, r in (("healthy", healthy), ("slow", slow))}
        received = {"healthy": healthy.keys(), "slow": slow.keys(), "failing": failing.keys()}
        hanging_accepted = list(hanging.accepted)
    # The healthy receiver was not kept waiting behind the hanging one.
    delays = sorted(at - due[e["EventData"]["TaskId"]] for at, e in arrivals["healthy"])
    assert delays and max(delays) < 4.0, f"healthy events waited {delays} s after due"
    assert hanging_accepted[0] < max(at for at, _ in arrivals["healthy"])
    # Each event once to the receivers that answer 200, slow or not.
    for name in ("healthy", "slow"):
        assert set(received[name]) == expected_keys(tasks[name]), name
        assert set(received[name].values()) == {1}, f"{name}: {received[name]}"
    # The failing receiver got each event once per attempt, no more.
    assert set(received["failing"]) == expected_keys(tasks["failing"])
    assert set(received["failing"].values()) == {2}
    # Every attempt recorded, with its result.
    by_task = {task_id: name for name, ids in tasks.items() for task_id in ids}
    assert len(records) == 39
    for record in records:
        name = by_task[record["TaskId"]]
        attempts = record["Attempts"]
        if name in ("healthy", "slow"):
            assert record["Status"] == "delivered", record
            assert [(a["Outcome"], a["HttpStatus"]) for a in attempts] == [("delivered", 200)]
        elif name == "failing":
            assert record["Status"] == "failed", record
            assert [(a["Outcome"], a["HttpStatus"]) for a in attempts] == [("failed", 500)] * 2
            assert all(a["Error"].startswith("HTTP 500") for a in attempts)
        else:
            assert record["Status"] == "failed", record
            assert [(a["Outcome"], a["HttpStatus"]) for a in attempts] == [("failed", None)] * 2
            assert all("Timeout" in a["Error"] for a in attempts), attempts
        assert record["LeaseHolder"] == ""
    assert len(hanging_accepted) == 18  # 9 events, 2 attempts each: a connection per attempt
    # Both workers made attempts (the test shares the work between two processes).
    workers = {a["Worker"] for record in records for a in record["Attempts"]}
    assert len(workers) == 2, workers
    text = log.read_text()
    assert "lease was lost" not in text and "Traceback" not in text
    assert sum(" attempt " in line for line in text.splitlines()) == 12 + 12 + 12 + 18


def test_a_dead_workers_attempt_is_taken_over_only_after_its_lease_expired(
    tmp_path: Path,
) -> None:
    """Worker A freezes in the middle of its attempts (its loop stops: no renewal, no
    result, as when its process is killed); worker B, sweeping all along, makes the next
    attempts only once A's leases have expired, and records A's as abandoned."""
    config = Config(
        progression=Progression.IMMEDIATE,
        data=tmp_path / "state.sqlite",
        callback_sweep_seconds=0.05,
        callback_timeout_seconds=5.0,
    )
    dead, alive = Emulator(config), Emulator(config)
    with HangingReceiver() as hanging, TimedReceiver() as healthy:
        backend = TiwBackend(dead.context)
        backend.set_callback(APP, "recording", url=hanging.url)
        task_id = backend.add_recording({"SdkAppId": APP, "RoomId": 1})["TaskId"]
        dead.callbacks.lease_seconds = 1.5
        dead.callbacks.start()
        hanging.wait_for(3, timeout=10)
        loop = dead.callbacks._loop
        assert loop is not None
        loop.call_soon_threadsafe(loop.stop)  # frozen mid-attempt, leases held
        time.sleep(0.5)
        before = {record["Id"]: record for record in alive.callbacks.deliveries()}
        # The URL is the one the event was claimed with: point the record's receiver at
        # a healthy one through the store, as the same app would be reached after a fix.
        for record in before.values():
            alive.store.put_if(
                "callback.delivery",
                record["Id"],
                dict(record, Url=healthy.url, Version=record["Version"] + 1),
                "Version",
                record["Version"],
            )
        alive.callbacks.start()
        deadline = time.monotonic() + 15
        while len(healthy.arrivals) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        alive.callbacks.stop()
        after = {record["Id"]: record for record in alive.callbacks.deliveries()}
        arrivals = list(healthy.arrivals)
    alive.store.close()
    assert len(hanging.accepted) == 3
    assert all(record["Attempts"][-1]["Outcome"] == "in-flight" for record in before.values())
    assert sorted(e["EventType"] for _, e in arrivals) == sorted(EVENTS)
    for _, event in arrivals:
        key = f"tiw.recording:{task_id}:{event['EventType']}"
        lease_until = before[key]["LeaseUntil"]
        arrived = next(at for at, e in arrivals if e["EventType"] == event["EventType"])
        assert arrived >= lease_until, f"taken over {lease_until - arrived:.2f} s early"
    for record in after.values():
        first, second = record["Attempts"]
        assert record["Status"] == "delivered"
        assert first["Worker"] == dead.callbacks.worker != second["Worker"]
        assert first["Outcome"] == "abandoned" and "outcome unknown" in first["Error"]
        assert second["Outcome"] == "delivered" and second["Worker"] == alive.callbacks.worker


def test_a_lease_is_renewed_while_a_slow_attempt_runs(tmp_path: Path) -> None:
    """Leases far shorter than the receiver's answer: renewed, no other worker takes the
    attempt over, each event is delivered once."""
    config = Config(
        progression=Progression.IMMEDIATE,
        data=tmp_path / "state.sqlite",
        callback_sweep_seconds=0.05,
        callback_timeout_seconds=5.0,
    )
    workers = [Emulator(config), Emulator(config)]
    with TimedReceiver(delay=3.0) as slow:
        backend = TiwBackend(workers[0].context)
        backend.set_callback(APP, "recording", url=slow.url)
        task_ids = [backend.add_recording({"SdkAppId": APP, "RoomId": n})["TaskId"] for n in (1, 2)]
        for worker in workers:
            worker.callbacks.lease_seconds = 1.0  # renewed every third of a second
            worker.callbacks.start()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            records = workers[0].callbacks.deliveries()
            if len(records) == 6 and all(r["Status"] in FINAL for r in records):
                break
            time.sleep(0.1)
        time.sleep(0.5)
        received = slow.keys()
    for worker in workers:
        worker.callbacks.stop()
    records = workers[0].callbacks.deliveries()
    for worker in workers:
        worker.store.close()
    assert set(received) == expected_keys(task_ids)
    assert set(received.values()) == {1}, received
    assert [len(r["Attempts"]) for r in records] == [1] * 6
    assert {r["Status"] for r in records} == {"delivered"}


# ---- URLs that cannot be delivered to ----
@pytest.mark.parametrize("url", ["http://[::1", "x", "http://127.0.0.1:99999/cb", "ftp://h/"])
def test_a_malformed_url_planted_in_the_store_ends_as_a_failed_attempt(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with serve(Config(progression=Progression.IMMEDIATE)) as running:
        TiwBackend(running.emulator.context).set_callback(APP, "recording", url=url)
        running.seed("/tiw/recording-tasks", {"SdkAppId": APP, "RoomId": 1})
        with caplog.at_level(logging.INFO, logger="emulator"):
            for _ in range(3):
                running.emulator.callbacks.sweep_and_wait(10)
        records = running.emulator.callbacks.deliveries()
    assert len(records) == 3
    for record in records:
        assert record["Status"] == "failed", record
        (attempt,) = record["Attempts"]
        assert attempt["Outcome"] == "refused" and attempt["HttpStatus"] is None
        assert attempt["Error"].startswith("refused: ")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


@pytest.mark.parametrize("action", ["SetOnlineRecordCallback", "SetVideoGenerationTaskCallback"])
def test_a_url_is_checked_when_it_is_registered(emulator: Running, action: str) -> None:
    call = CLIENTS["official-sdk"](emulator)
    port = emulator.port
    bad = [
        "http://[::1",
        "http://[::1/callback",
        "http://127.0.0.1:99999/callback",
        "http://exa mple.com/callback",
        f"http://127.0.0.1:{port}/_emulator/reset",
        f"http://localhost:{port}/_emulator/reset",
        f"http://[::1]:{port}/_emulator/reset",
        f"http://127.0.0.1:{port}//_emulator/reset",
        f"http://127.0.0.1:{port}/x/../_emulator/reset",
        f"http://127.0.0.2:{port}/%5Femulator/reset",
        f"http://0.0.0.0:{port}/_emulator/reset",
        f"http://[::ffff:127.0.0.1]:{port}/_emulator/reset",
        f"http://emulator.example:{port}/_emulator/reset",  # the emulator's port
    ]
    describe = action.replace("Set", "Describe")
    call(action, SdkAppId=APP, Callback="http://127.0.0.1:9/fine")
    for url in bad:
        assert failure(call, action, SdkAppId=APP, Callback=url) == (
            "InvalidParameter.CallbackAddressFormatError"
        ), url
    assert call(describe, SdkAppId=APP)["Callback"] == "http://127.0.0.1:9/fine"
    for fine in ("", "https://hooks.example/_emulator/reset", "http://[::1]:9/callback"):
        call(action, SdkAppId=APP, Callback=fine)
        assert call(describe, SdkAppId=APP)["Callback"] == fine


def test_a_callback_never_reaches_the_admin_api() -> None:
    """URLs planted in the store (as the admin API or an older store may leave them) are
    refused again when an event is delivered; the state is untouched."""
    with serve(Config(progression=Progression.IMMEDIATE)) as running:
        backend = TiwBackend(running.emulator.context)
        urls = [
            f"http://127.0.0.1:{running.port}/_emulator/reset",
            f"http://localhost:{running.port}/_emulator/reset",
        ]
        for n, url in enumerate(urls):
            backend.put_app(APP + 20 + n)
            backend.set_callback(APP + 20 + n, "recording", url=url)
            running.seed("/tiw/recording-tasks", {"SdkAppId": APP + 20 + n, "RoomId": 1})
        requests_before = len(running.emulator.exchanges)
        running.emulator.callbacks.sweep_and_wait(10)
        records = running.emulator.callbacks.deliveries()
        state = running.admin.get("/state").json()["resources"]
        admin_calls = running.emulator.exchanges[requests_before:]
    assert len(state["tiw.recording"]) == 2
    assert [request.path for request, _ in admin_calls] == ["/_emulator/state"]
    assert len(records) == 6
    for record in records:
        assert record["Status"] == "failed"
        (attempt,) = record["Attempts"]
        assert attempt["Outcome"] == "refused" and "admin API" in attempt["Error"]


# ---- --callback-targets loopback ----
class ConnectionGuard:
    """Sees every name resolution and connection of the process; refuses (before any packet
    is sent) those beyond loopback, and may map a name to an address."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, names: dict[str, str]) -> None:
        self.resolved: list[str] = []
        self.connected: list[str] = []
        real_getaddrinfo, real_connect = socket.getaddrinfo, socket.socket.connect

        def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            self.resolved.append(str(host))
            if host in names:
                return real_getaddrinfo(names[host], port, *args, **kwargs)
            try:
                ipaddress.ip_address(str(host))  # a literal: nothing to look up
            except ValueError:
                if host != "localhost":
                    refusal = "refused by the test's guard"
                    raise socket.gaierror(socket.EAI_NONAME, refusal) from None
            return real_getaddrinfo(host, port, *args, **kwargs)

        def connect(sock: socket.socket, address: Any) -> None:
            host = str(address[0]) if isinstance(address, tuple) else str(address)
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                self.connected.append(host)
                if not (host.startswith("127.") or host == "::1"):
                    raise OSError(f"connection to {host} refused by the test's guard")
            real_connect(sock, address)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket.socket, "connect", connect)

    def beyond_loopback(self) -> list[str]:
        return [host for host in self.connected if not (host.startswith("127.") or host == "::1")]


def deliver_each(running: Running, urls: list[str]) -> list[Mapping[str, Any]]:
    backend = TiwBackend(running.emulator.context)
    for n, url in enumerate(urls):
        backend.put_app(APP + 30 + n)
        backend.set_callback(APP + 30 + n, "recording", url=url)
        running.seed("/tiw/recording-tasks", {"SdkAppId": APP + 30 + n, "RoomId": 1})
    running.emulator.callbacks.sweep_and_wait(10)
    return list(running.emulator.callbacks.deliveries())


BEYOND = ["http://192.0.2.1:9/callback", "http://callbacks.example:9/callback"]


def test_loopback_targets_refuse_without_connecting(monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config(progression=Progression.IMMEDIATE, callback_targets=CallbackTargets.LOOPBACK)
    with TimedReceiver() as local, serve(config) as running:
        port = local.url.split(":")[2].split("/")[0]
        urls = [*BEYOND, f"http://localhost:{port}/callback", f"http://127.0.0.1:{port}/cb"]
        urls.append(f"http://[::ffff:192.0.2.1]:{port}/callback")
        guard = ConnectionGuard(monkeypatch, {})
        records = deliver_each(running, urls)
    assert guard.beyond_loopback() == []
    assert "callbacks.example" not in guard.resolved  # not even a DNS query
    outcome = {r["Url"]: (r["Status"], [a["Outcome"] for a in r["Attempts"]]) for r in records}
    for url in [*BEYOND, urls[-1]]:
        assert outcome[url] == ("failed", ["refused"]), url
    for url in urls[2:4]:
        assert outcome[url] == ("delivered", ["delivered"]), url
    refusals = [r["Attempts"][0]["Error"] for r in records if r["Url"] in BEYOND]
    assert all("(--callback-targets loopback)" in error for error in refusals), refusals


def test_loopback_targets_check_the_address_a_name_resolves_to(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = Config(progression=Progression.IMMEDIATE, callback_targets=CallbackTargets.LOOPBACK)
    with serve(config) as running:
        guard = ConnectionGuard(monkeypatch, {"localhost": "192.0.2.1"})
        records = deliver_each(running, ["http://localhost:9/callback"])
    assert "localhost" in guard.resolved and guard.beyond_loopback() == []
    assert {r["Status"] for r in records} == {"failed"}
    assert all("resolves to no loopback address" in r["Attempts"][0]["Error"] for r in records)


def test_the_guard_sees_the_connections_of_any_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: with `any`, the same URLs are tried (and stopped by the guard alone)."""
    config = Config(progression=Progression.IMMEDIATE, callback_targets=CallbackTargets.ANY)
    with serve(config, keep_callback_targets=True) as running:
        guard = ConnectionGuard(monkeypatch, {})
        records = deliver_each(running, BEYOND)
    assert "192.0.2.1" in guard.beyond_loopback()
    assert "callbacks.example" in guard.resolved
    assert {r["Status"] for r in records} == {"pending"}  # network failures: retried
    errors = [r["Attempts"][0]["Error"] for r in records]
    assert any("refused by the test's guard" in error for error in errors), errors
