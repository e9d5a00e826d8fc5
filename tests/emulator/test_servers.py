"""Both servers hand the app a request as the client sent it (emulator/servers.py): header
values byte for byte (latin-1 included: a client may sign one), repeated header lines
joined, the path still percent-encoded, the query string untouched."""

from __future__ import annotations

import socket

import pytest

from emulator.config import Config, HttpServer, Progression
from tests.support.emulator_server import Running, serve


def raw_exchange(running: Running, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", running.port), timeout=10) as sock:
        sock.sendall(request)
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    return reply


@pytest.mark.parametrize("server", list(HttpServer))
def test_the_request_reaches_the_app_as_sent(server: HttpServer) -> None:
    with serve(Config(progression=Progression.MANUAL, server=server)) as running:
        reply = raw_exchange(
            running,
            b"GET /v1/p%2Fq/a%20b?name=caf%C3%A9&x=1+2 HTTP/1.1\r\n"
            b"Host: 127.0.0.1\r\n"
            b"X-Sdk-Date: 20261127T000000Z\r\n"
            b"X-Latin: caf\xe9\r\n"
            b"X-Twice: one\r\n"
            b"X-Twice: two\r\n"
            b"\r\n",
        )
        assert reply.startswith(b"HTTP/1.1 4"), reply[:80]  # refused (unsigned), but seen
        request, _ = running.emulator.exchanges[-1]
    assert request.path == "/v1/p%2Fq/a%20b"
    assert request.raw_query == "name=caf%C3%A9&x=1+2"
    assert request.headers["x-latin"] == "caf\xe9"
    assert request.headers["x-twice"] == "one, two"
