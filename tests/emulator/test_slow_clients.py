"""Slow clients cannot hold connections (issue 14, item 9): a deadline on request headers
(the server's protocol), one on the body (the app) and uvicorn's keep-alive timeout."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn

from emulator import app as app_module
from emulator.app import Emulator
from emulator.cli import server_settings
from emulator.config import Config
from emulator.slow_clients import KEEP_ALIVE_SECONDS, HeaderDeadlineProtocol
from tests.emulator.inprocess import make_emulator
from tests.support.emulator_server import free_port


def test_the_server_settings_bound_slow_clients() -> None:
    settings = server_settings(Config())
    assert settings.http is HeaderDeadlineProtocol
    assert settings.timeout_keep_alive == KEEP_ALIVE_SECONDS


class QuickDeadline(HeaderDeadlineProtocol):
    header_read_seconds = 0.5


@contextmanager
def server(app: Emulator, protocol: type[HeaderDeadlineProtocol]) -> Iterator[int]:
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, lifespan="off", log_level="warning", http=protocol
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not instance.started:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    try:
        yield port
    finally:
        instance.should_exit = True
        thread.join(5)


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes the connection (EOF or reset) within `seconds`."""
    sock.settimeout(seconds)
    try:
        while sock.recv(1024):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        pass
    return True


def test_a_client_that_never_finishes_its_headers_is_cut_off() -> None:
    app = make_emulator()
    with server(app, QuickDeadline) as port:
        slow = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        for sock in slow:
            sock.sendall(b"POST /_emulator/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        # A well-behaved client is answered meanwhile.
        with socket.create_connection(("127.0.0.1", port)) as good:
            good.sendall(b"GET /_emulator/state HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert good.recv(12).startswith(b"HTTP/1.1 200")
        assert all(closed_within(sock, 5) for sock in slow)
        # So is a connection that opened and sent nothing.
        with socket.create_connection(("127.0.0.1", port)) as idle:
            assert closed_within(idle, 5)
        for sock in slow:
            sock.close()


def test_a_body_that_never_arrives_gets_the_cloud_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "BODY_READ_SECONDS", 0.3)
    app = make_emulator()
    with server(app, HeaderDeadlineProtocol) as port:
        for path, headers in [("/", {"X-TC-Action": "DescribeOnlineRecord"}), ("/v1/p/x", {})]:
            with socket.create_connection(("127.0.0.1", port)) as sock:
                head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
                head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
                sock.sendall(head.encode() + b"\r\n{")
                sock.settimeout(5)
                reply = b""
                while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    reply += chunk
            status, _, payload = reply.partition(b"\r\n\r\n")
            if path == "/":
                assert status.startswith(b"HTTP/1.1 200")
                error = json.loads(payload)["Response"]["Error"]
                assert error["Code"] == "InvalidParameter", error
            else:
                assert status.startswith(b"HTTP/1.1 400")
                assert json.loads(payload)["error_code"] == "MSS.10000002"
