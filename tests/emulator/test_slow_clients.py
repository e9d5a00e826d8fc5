"""Slow clients cannot hold connections (issue 14, item 9), under either server: a deadline
on request headers (granian's, or uvicorn's protocol), one on the body (the app) and an
idle keep-alive timeout."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from granian.constants import HTTPModes
from granian.log import LogLevels, configure_logging

from emulator.app import Emulator
from emulator.config import Config, HttpServer
from emulator.http_protocol import HEADER_READ_SECONDS, KEEP_ALIVE_SECONDS, EmulatorProtocol
from emulator.servers import granian_server, granian_settings, uvicorn_settings
from tests.emulator.inprocess import make_emulator
from tests.support.emulator_server import (
    closed_within,
    free_port,
    granian_thread,
    uvicorn_thread,
)

QUICK_SECONDS = 0.5  # the header deadline in these tests
SERVERS = [server.value for server in HttpServer]


def test_the_server_settings_bound_slow_clients() -> None:
    uvicorn_config = uvicorn_settings(Config(server=HttpServer.UVICORN))
    assert uvicorn_config.http is EmulatorProtocol
    assert uvicorn_config.timeout_keep_alive == KEEP_ALIVE_SECONDS
    granian = granian_server(Config())
    assert granian.http == HTTPModes.http1  # auto mode waits unbounded on a silent client
    assert granian.http1_settings is not None
    assert granian.http1_settings.header_read_timeout == HEADER_READ_SECONDS * 1000


class QuickDeadline(EmulatorProtocol):
    header_read_seconds = QUICK_SECONDS


@contextmanager
def server(app: Emulator, kind: str, quick_headers: bool = True) -> Iterator[int]:
    port = free_port()
    if kind == HttpServer.UVICORN:
        protocol = QuickDeadline if quick_headers else EmulatorProtocol
        with uvicorn_thread(app, port, http=protocol):
            yield port
    else:
        with granian_thread(app, port, QUICK_SECONDS if quick_headers else HEADER_READ_SECONDS):
            yield port


@pytest.mark.parametrize("kind", SERVERS)
def test_a_client_that_never_finishes_its_headers_is_cut_off(kind: str) -> None:
    app = make_emulator()
    with server(app, kind) as port:
        slow = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        for sock in slow:
            sock.sendall(b"POST /_emulator/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        # A well-behaved client is answered meanwhile.
        with socket.create_connection(("127.0.0.1", port)) as good:
            good.sendall(b"GET /_emulator/state HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert good.recv(12).startswith(b"HTTP/1.1 200")
            if kind == HttpServer.GRANIAN:  # its idle keep-alive ends at the header deadline
                assert closed_within(good, 5)
        assert all(closed_within(sock, 5) for sock in slow)
        # So is a connection that opened and sent nothing.
        with socket.create_connection(("127.0.0.1", port)) as idle:
            assert closed_within(idle, 5)
        for sock in slow:
            sock.close()


@pytest.mark.parametrize("kind", SERVERS)
def test_a_body_that_never_arrives_gets_the_cloud_error(kind: str) -> None:
    app = make_emulator()
    app.body_read_seconds = 0.3
    with server(app, kind, quick_headers=False) as port:
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


def test_granian_logs_to_stderr_leaving_stdout_to_the_application(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = granian_settings()
    try:
        configure_logging(settings["log_level"], settings["log_dictconfig"])
        logging.getLogger("_granian").warning("granian says")
        captured = capsys.readouterr()
    finally:
        configure_logging(LogLevels.warning)  # its defaults again for later tests
    assert "granian says" in captured.err
    assert "granian says" not in captured.out
