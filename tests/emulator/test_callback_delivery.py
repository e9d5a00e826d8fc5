"""Event callbacks are delivered once, signed, retried with backoff when the receiver
fails, logged, listed by the admin API, and never hold up the emulator."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from emulator.app import Emulator
from emulator.callbacks import backoff
from emulator.config import DEFAULT_SDK_APP_ID, Config, Progression
from emulator.http import Request
from emulator.services.tiw.backend import TiwBackend
from tests.support.emulator_server import Running, free_port, serve
from tests.support.receiver import receiver
from tests.support.tiw_callers import CLIENTS, parse_callback

APP = DEFAULT_SDK_APP_ID
KEY = "6vg9G7Fd"


def deliveries(running: Running) -> dict[str, dict[str, Any]]:
    listed = running.admin.get("/callback-deliveries").json()["deliveries"]
    return {record["EventType"]: record for record in listed}


def finished_video_generation(running: Running) -> str:
    """A recording and a video generation task made from it, both FINISHED at once."""
    recording = running.seed(
        "/tiw/recording-tasks", {"SdkAppId": APP, "RoomId": 9, "Users": ["alice"]}
    )["TaskId"]
    call = CLIENTS["official-sdk"](running)
    task_id: str = call("CreateVideoGenerationTask", SdkAppId=APP, OnlineRecordTaskId=recording)[
        "TaskId"
    ]
    return task_id


def test_backoff_doubles_up_to_a_ceiling() -> None:
    assert [backoff(n, 2.0) for n in (1, 2, 3, 4)] == [2.0, 4.0, 8.0, 16.0]
    assert backoff(30, 2.0) == 300.0


def test_a_failing_receiver_gets_the_event_again_after_the_backoff(
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = Config(progression=Progression.IMMEDIATE, callback_backoff_seconds=30.0)
    with serve(config) as running, receiver(script=[500]) as app_server:
        call = CLIENTS["official-sdk"](running)
        call("SetVideoGenerationTaskCallback", SdkAppId=APP, Callback=app_server.url())
        call("SetVideoGenerationTaskCallbackKey", SdkAppId=APP, CallbackKey=KEY)
        task_id = finished_video_generation(running)
        sweep = running.emulator.callbacks.sweep_and_wait
        with caplog.at_level(logging.INFO, logger="emulator"):
            sweep()
            sweep()  # the retry is not due yet
            assert len(app_server.received) == 1
            pending = deliveries(running)["VideoGenerationFinished"]
            assert pending["Status"] == "pending"
            assert [a["HttpStatus"] for a in pending["Attempts"]] == [500]
            assert pending["NextAttemptAt"] == pytest.approx(pending["Attempts"][0]["At"] + 30.0)
            running.admin.post("/clock/advance", json={"seconds": 30}).raise_for_status()
            sweep()
        delivered = deliveries(running)["VideoGenerationFinished"]
        assert delivered["Status"] == "delivered"
        assert [a["HttpStatus"] for a in delivered["Attempts"]] == [500, 200]
        assert [a["Error"] != "" for a in delivered["Attempts"]] == [True, False]
        bodies = [json.loads(r.body) for r in app_server.received]
        assert [body["EventData"]["TaskId"] for body in bodies] == [task_id, task_id]
        for received in app_server.received:  # each attempt signed afresh
            assert parse_callback(received.body, KEY).event_type == "VideoGenerationFinished"
        assert bodies[0]["ExpireTime"] < bodies[1]["ExpireTime"]
        attempts = [
            r.getMessage() for r in caplog.records if "VideoGenerationFinished" in r.getMessage()
        ]
        assert len(attempts) == 2 and "attempt 1" in attempts[0] and "HTTP 500" in attempts[0]
        assert "attempt 2" in attempts[1] and "delivered" in attempts[1]
        # The recording's events had no URL to go to.
        assert deliveries(running)["OnlineRecordFinished"]["Status"] == "skipped"
        sweep()
        assert len(app_server.received) == 2


def hanging_port() -> tuple[socket.socket, int]:
    """A port that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    return listener, listener.getsockname()[1]


@pytest.mark.parametrize("receiver_kind", ["dead", "hanging"])
def test_a_dead_receiver_never_holds_up_the_emulator(receiver_kind: str) -> None:
    config = Config(
        progression=Progression.IMMEDIATE,
        callback_sweep_seconds=0.02,
        callback_backoff_seconds=0.05,
        callback_timeout_seconds=0.5,
        callback_max_attempts=3,
    )
    listener, port = hanging_port() if receiver_kind == "hanging" else (None, free_port())
    try:
        with serve(config) as running:
            call = CLIENTS["official-sdk"](running)
            url = f"http://127.0.0.1:{port}/callback"
            call("SetOnlineRecordCallback", SdkAppId=APP, Callback=url)
            running.emulator.callbacks.start()
            task_id = call(
                "StartOnlineRecord",
                SdkAppId=APP,
                RoomId=3,
                RecordUserId="tic_record_user_3_1",
                RecordUserSig="sig",
            )["TaskId"]
            call("StopOnlineRecord", SdkAppId=APP, TaskId=task_id)
            served = 0
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                record = call("DescribeOnlineRecord", SdkAppId=APP, TaskId=task_id)
                assert record["Status"] == "FINISHED"
                served += 1
                states = {r["Status"] for r in deliveries(running).values()}
                if states == {"failed"}:
                    break
            listed = deliveries(running)
    finally:
        if listener is not None:
            listener.close()
    assert set(listed) == {"OnlineRecordStarted", "OnlineRecordStopped", "OnlineRecordFinished"}
    for record in listed.values():
        assert record["Status"] == "failed"
        assert [a["HttpStatus"] for a in record["Attempts"]] == [None, None, None]
        expected = "ConnectError" if receiver_kind == "dead" else "Timeout"
        assert all(expected in a["Error"] for a in record["Attempts"])
    assert served > 1


def test_every_event_is_delivered_once_by_workers_sharing_a_file(tmp_path: Path) -> None:
    """Two emulators on one SQLite file sweep at the same time: one POST per event."""
    config = Config(progression=Progression.IMMEDIATE, data=tmp_path / "state.sqlite")
    workers = [Emulator(config), Emulator(config)]
    with receiver() as app_server:
        TiwBackend(workers[0].context).set_callback(APP, "recording", url=app_server.url())
        for room in range(6):
            body = json.dumps({"SdkAppId": APP, "RoomId": room}).encode()
            reply = workers[room % 2].admin.handle(
                Request("POST", "/_emulator/tiw/recording-tasks", "", {}, body)
            )
            assert reply.status == 201

        def sweep(worker: Emulator) -> None:
            for _ in range(5):
                worker.callbacks.sweep_and_wait()

        threads = [threading.Thread(target=sweep, args=(worker,)) for worker in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        received = app_server.wait_for(18)
        time.sleep(0.2)  # a duplicate, were there one, would have arrived by now
        events = [json.loads(r.body) for r in app_server.received]
    for worker in workers:
        worker.callbacks.stop()
        worker.store.close()
    assert len(received) == 18 == len(events)
    keys = {(e["EventData"]["TaskId"], e["EventType"]) for e in events}
    assert len(keys) == 18
    assert all("Sign" not in event for event in events)  # no key set: unsigned
    assert all(parse_callback(r.body, None).sdk_app_id == APP for r in received)


def test_deliveries_survive_a_restart(tmp_path: Path) -> None:
    """A pending retry is in the file, so the next process makes it."""
    data = tmp_path / "state.sqlite"
    config = Config(progression=Progression.IMMEDIATE, data=data, callback_backoff_seconds=0)
    with receiver(script=[503]) as app_server:
        first = Emulator(config)
        backend = TiwBackend(first.context)
        backend.set_callback(APP, "recording", url=app_server.url())
        backend.add_recording({"SdkAppId": APP, "RoomId": 1})
        first.callbacks.sweep_and_wait()
        first.callbacks.stop()
        first.store.close()
        assert len(app_server.received) == 3  # one of the three answered 503
        second = Emulator(config)
        second.callbacks.sweep_and_wait()
        listed = {d["EventType"]: d for d in second.callbacks.deliveries()}
        second.callbacks.stop()
        second.store.close()
    assert len(app_server.received) == 4
    assert {d["Status"] for d in listed.values()} == {"delivered"}
    assert sorted(len(d["Attempts"]) for d in listed.values()) == [1, 1, 2]
