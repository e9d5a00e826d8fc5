"""The emulator's own HTTP/1 protocol under uvicorn (emulator/http_protocol.py): what uvicorn's
ASGI cycle did for it before (pipelining, 100-continue, keep-alive, HTTP/1.0, HEAD, body
limits, failures) it must still do, byte for byte on the wire. Slow clients are in
test_slow_clients.py; every other test of the emulator over HTTP runs through it too."""

from __future__ import annotations

import asyncio
import json
import random
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httptools
import pytest
import uvicorn
from uvicorn.server import ServerState

from emulator.app import Emulator
from emulator.http import Reply, new_request_id
from emulator.http_protocol import MAX_HEAD_BYTES, EmulatorProtocol
from emulator.servers import EMULATOR_HTTP
from tests.emulator.inprocess import make_emulator
from tests.support.emulator_server import closed_within, free_port, uvicorn_thread

STATE = b"GET /_emulator/state HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
NO_API = b"GET /v1/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def tencent(body: bytes, *extra: str) -> bytes:
    """A Tencent call (unsigned: refused, in the cloud's own format) with `extra` headers."""
    head = [
        "POST / HTTP/1.1",
        "Host: 127.0.0.1",
        "X-TC-Action: DescribeOnlineRecord",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        *extra,
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


class Wire:
    """A client connection that reads whole replies (status, headers, body) off a socket."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        self.buffer += chunk
        return bool(chunk)

    def head(self) -> tuple[int, dict[str, str]]:
        while b"\r\n\r\n" not in self.buffer:
            assert self._fill(), f"closed before a reply's headers: {self.buffer!r}"
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        status_line, *lines = head.decode("latin-1").split("\r\n")
        fields: dict[str, str] = {}
        for line in lines:
            name, _, value = line.partition(":")
            fields[name.lower()] = value.strip()
        return int(status_line.split(" ")[1]), fields

    def reply(self, has_body: bool = True) -> tuple[int, dict[str, str], bytes]:
        status, fields = self.head()
        size = int(fields["content-length"]) if has_body else 0
        while len(self.buffer) < size:
            assert self._fill(), "closed inside a reply's body"
        body, self.buffer = self.buffer[:size], self.buffer[size:]
        return status, fields, body

    def flood(self, piece: bytes, expect: int) -> None:
        """Send `piece` until more than MAX_HEAD_BYTES have gone; the server must answer
        `expect` and close (or close while the client is still sending)."""
        try:
            for _ in range(MAX_HEAD_BYTES // len(piece) + 2):
                self.send(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass  # closed while the client was still sending: the reply may be lost too
        else:
            status, fields, _ = self.reply()
            assert status == expect and fields["connection"] == "close"
        assert self.closed()

    def closed(self) -> bool:
        """Whether the server closes the connection (EOF or reset) within a few seconds."""
        return closed_within(self.sock, 5)

    def close(self) -> None:
        self.sock.close()


@contextmanager
def wire(app: Emulator, **settings: Any) -> Iterator[Wire]:
    port = free_port()
    with uvicorn_thread(app, port, **settings):
        connection = Wire(port)
        try:
            yield connection
        finally:
            connection.close()


def header_fields_seen(app: Emulator) -> list[dict[str, str]]:
    """The header fields of every request the protocol hands to the emulator, from now on."""
    seen: list[dict[str, str]] = []
    answer = app.answer

    def spy(method: str, path: str, query: str, fields: dict[str, str], body: bytes) -> Reply:
        seen.append(dict(fields))
        return answer(method, path, query, fields, body)

    app.answer = spy  # type: ignore[method-assign,assignment]
    return seen


def tencent_error(body: bytes) -> dict[str, Any]:
    error: dict[str, Any] = json.loads(body)["Response"]["Error"]
    return error


def test_the_tests_servers_use_the_emulators_protocol() -> None:
    seen: list[type] = []
    original = EmulatorProtocol.connection_made

    def spy(self: EmulatorProtocol, transport: asyncio.Transport) -> None:
        seen.append(type(self))
        original(self, transport)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(EmulatorProtocol, "connection_made", spy)
        with wire(make_emulator()) as client:
            client.send(STATE)
            assert client.reply()[0] == 200
    assert seen == [EmulatorProtocol]


def test_pipelined_requests_are_answered_in_order_on_one_connection() -> None:
    with wire(make_emulator()) as client:
        client.send(STATE + tencent(b"{}") + NO_API + STATE)
        first, second, third, fourth = (client.reply() for _ in range(4))
    assert first[0] == 200 and json.loads(first[2])
    assert second[0] == 200 and tencent_error(second[2])["Code"].startswith("AuthFailure")
    assert third[0] == 404 and json.loads(third[2])["error_code"] == "APIG.0101"
    assert fourth[0] == 200 and json.loads(fourth[2]).keys() == json.loads(first[2]).keys()


def test_expect_100_continue_is_answered_before_the_body() -> None:
    with wire(make_emulator()) as client:
        request = tencent(b"{}", "Expect: 100-continue")
        head, _, body = request.partition(b"\r\n\r\n")
        client.send(head + b"\r\n\r\n")
        assert client.head() == (100, {})
        client.send(body)
        status, _, reply = client.reply()
    assert status == 200 and tencent_error(reply)["Code"].startswith("AuthFailure")


def test_a_declared_body_over_the_limit_is_refused_before_it_is_sent() -> None:
    app = make_emulator(max_body_bytes=100)
    with wire(app) as client:
        client.send(tencent(b"", "Expect: 100-continue").replace(b"Length: 0", b"Length: 500"))
        status, _, reply = client.reply()  # no 100 Continue first
        assert status == 200 and tencent_error(reply)["Code"] == "RequestSizeLimitExceeded"
        # A client that sends the body anyway: it is dropped, and the connection goes on.
        client.send(b"x" * 500 + STATE)
        assert client.reply()[0] == 200


def test_a_chunked_body_over_the_limit_gets_the_clouds_error_and_the_rest_is_dropped() -> None:
    app = make_emulator(max_body_bytes=100)
    head = b"POST /v1/p/x HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunks = b"".join(b"40\r\n" + b"y" * 64 + b"\r\n" for _ in range(5)) + b"0\r\n\r\n"
    with wire(app) as client:
        client.send(head + chunks + STATE)
        status, _, reply = client.reply()
        assert status == 413 and json.loads(reply)["error_code"].startswith("APIG")
        assert client.reply()[0] == 200  # the next request on the connection


def test_headers_beyond_the_limit_get_431_and_the_connection_closes() -> None:
    with wire(make_emulator()) as client:
        client.send(b"GET /_emulator/state HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        client.flood(b"X-Filler: " + b"a" * 8000 + b"\r\n", expect=431)


def test_many_small_pipelined_requests_in_one_send_are_not_taken_for_a_huge_head() -> None:
    count = MAX_HEAD_BYTES // len(STATE) + 500  # more bytes than MAX_HEAD_BYTES in all
    with wire(make_emulator()) as client:
        sender = threading.Thread(target=client.send, args=(STATE * count,))
        sender.start()  # while the replies are read here, or both sides would wait
        statuses = [client.reply()[0] for _ in range(count)]
        sender.join(10)
    assert statuses == [200] * count


CHUNKED = b"POST /v1/p/x HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"


def test_trailers_of_a_chunked_body_are_not_taken_for_headers() -> None:
    app = make_emulator()
    seen = header_fields_seen(app)
    with wire(app) as client:
        client.send(CHUNKED + b"2\r\n{}\r\n0\r\nAuthorization: forged\r\n\r\n")
        assert client.reply()[0] == 404
    assert "authorization" not in seen[0] and seen[0]["transfer-encoding"] == "chunked"


def test_endless_trailers_are_refused_and_the_connection_closes() -> None:
    with wire(make_emulator()) as client:
        client.send(CHUNKED + b"2\r\n{}\r\n0\r\nX-Trailer: ")
        client.flood(b"a" * 8000, expect=400)


@pytest.mark.parametrize(
    "request_line, headers",
    [("GET /_emulator/state HTTP/1.0", ""), ("GET /_emulator/state HTTP/1.1", "Connection: close")],
)
def test_a_client_that_asks_for_one_request_gets_its_reply_and_the_connection_closes(
    request_line: str, headers: str
) -> None:
    with wire(make_emulator()) as client:
        client.send(f"{request_line}\r\nHost: 127.0.0.1\r\n{headers}\r\n\r\n".encode())
        status, fields, body = client.reply()
        assert status == 200 and json.loads(body)
        assert fields["connection"] == "close"
        assert client.closed()


def test_keep_alive_connections_stay_open_and_say_nothing_of_closing() -> None:
    with wire(make_emulator()) as client:
        for _ in range(3):
            client.send(STATE)
            status, fields, _ = client.reply()
            assert status == 200 and "connection" not in fields
            assert {"date", "server", "content-type", "content-length"} <= set(fields)


def test_a_head_request_gets_the_headers_without_the_body() -> None:
    with wire(make_emulator()) as client:
        client.send(STATE.replace(b"GET", b"HEAD", 1) + STATE)
        status, fields, _ = client.reply(has_body=False)
        assert int(fields["content-length"]) > 0
        # What follows on the wire is the next reply, not the first one's body.
        assert client.reply()[0] == 200 and client.buffer == b""
    assert status in (200, 404, 405)


def test_an_idle_connection_is_closed_after_the_keep_alive_timeout() -> None:
    with wire(make_emulator(), timeout_keep_alive=0.3) as client:
        client.send(STATE)
        assert client.reply()[0] == 200
        assert client.closed()


def test_repeated_header_lines_reach_the_emulator_as_one_value() -> None:
    app = make_emulator()
    seen = header_fields_seen(app)
    with wire(app) as client:
        twice = b"X-Twice: a\r\nx-twice: b\r\n\r\n"
        client.send(STATE.replace(b"\r\n\r\n", b"\r\n" + twice))
        assert client.reply()[0] == 200
    assert seen[0]["x-twice"] == "a, b" and seen[0]["host"] == "127.0.0.1"


def test_an_emulator_failure_is_a_500_and_the_server_goes_on() -> None:
    app = make_emulator()
    port = free_port()

    def broken(*args: Any) -> Reply:
        raise RuntimeError("a bug")

    with uvicorn_thread(app, port):
        client = Wire(port)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(app, "answer", broken)
            client.send(STATE)
            status, _, body = client.reply()
        assert status == 500 and body == b"Internal Server Error"
        assert client.closed()
        client.close()
        again = Wire(port)
        again.send(STATE)
        assert again.reply()[0] == 200
        again.close()


def test_a_reply_header_with_a_line_break_is_never_written() -> None:
    app = make_emulator()
    app.answer = lambda *args: Reply(200, b"{}", [("X-Evil", "a\r\nSet-Cookie: b")])  # type: ignore[method-assign]
    with wire(app) as client:
        client.send(STATE)
        status, fields, _ = client.reply()
    assert status == 500 and "set-cookie" not in fields


def test_an_upgrade_request_is_answered_as_http_and_the_connection_closes() -> None:
    with wire(make_emulator()) as client:
        client.send(
            STATE.replace(b"\r\n\r\n", b"\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
        )
        assert client.reply()[0] == 200
        assert client.closed()


def test_bytes_that_are_not_http_get_400_and_the_connection_closes() -> None:
    with wire(make_emulator()) as client:
        client.send(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n")
        status, fields, _ = client.reply()
        assert status == 400 and fields["connection"] == "close"
        assert client.closed()


# ---- the protocol on a transport of the test's own: flow control and shutdown ----
class Transport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.written = b""
        self.closed = False
        self.reading = True

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += bytes(data)

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def pause_reading(self) -> None:
        self.reading = False

    def resume_reading(self) -> None:
        self.reading = True

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return ("127.0.0.1", 40000) if name in ("peername", "sockname") else default


class Connection:
    """The protocol on a transport of the test's own, its loop turned by hand."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        config = uvicorn.Config(make_emulator(), lifespan="off", **EMULATOR_HTTP)
        self.loop = loop
        self.protocol = EmulatorProtocol(config, ServerState(), {}, loop)
        self.transport = Transport()
        self.protocol.connection_made(self.transport)

    def receive(self, data: bytes) -> None:
        """The bytes as one read, then the rest of that turn of the loop."""
        self.protocol.data_received(data)
        self.loop.run_until_complete(asyncio.sleep(0))


@contextmanager
def protocol_on_transport() -> Iterator[Connection]:
    loop = asyncio.new_event_loop()
    try:
        connection = Connection(loop)
        yield connection
        connection.protocol.connection_lost(None)
    finally:
        loop.close()


def test_a_client_that_does_not_read_its_replies_is_not_read_either() -> None:
    with protocol_on_transport() as connection:
        connection.protocol.pause_writing()  # the transport's buffer of replies is full
        assert not connection.transport.reading
        connection.protocol.resume_writing()
        assert connection.transport.reading


def test_the_replies_to_one_read_go_out_together_in_order_once_the_loop_has_turned() -> None:
    with protocol_on_transport() as connection:
        writes: list[bytes] = []
        connection.transport.write = writes.append  # type: ignore[method-assign,assignment]
        connection.protocol.data_received(STATE + NO_API + STATE)
        assert writes == []  # queued while the loop handles what else is ready
        connection.loop.run_until_complete(asyncio.sleep(0))
        [written] = writes
        assert written.count(b"HTTP/1.1 ") == 3
        assert written.index(b"HTTP/1.1 404") > written.index(b"HTTP/1.1 200")
        assert written.rindex(b"HTTP/1.1 200") > written.index(b"HTTP/1.1 404")


def test_a_client_that_closes_its_side_after_a_request_still_gets_the_reply() -> None:
    port = free_port()
    with uvicorn_thread(make_emulator(), port):
        client = Wire(port)
        client.send(STATE)
        client.sock.shutdown(socket.SHUT_WR)
        status, _, body = client.reply()
        assert status == 200 and json.loads(body)
        assert client.closed()
        client.close()


def test_the_replies_are_written_before_the_transport_closes_on_the_clients_eof() -> None:
    with protocol_on_transport() as connection:
        connection.protocol.data_received(STATE)  # the request and the EOF in one turn
        connection.protocol.eof_received()  # None: "close the transport", which it then does
        connection.transport.close()
        connection.loop.run_until_complete(asyncio.sleep(0))
        assert connection.transport.written.startswith(b"HTTP/1.1 200")


def test_nothing_after_a_request_that_closes_the_connection_is_answered() -> None:
    with protocol_on_transport() as connection:
        last = STATE.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n")
        connection.receive(last + STATE)
        assert connection.transport.written.count(b"HTTP/1.1 ") == 1
        assert connection.transport.closed


def test_shutdown_closes_an_idle_connection_once_its_replies_are_out() -> None:
    with protocol_on_transport() as connection:
        connection.protocol.data_received(STATE)
        connection.protocol.shutdown()  # before the loop has turned: the reply is queued
        assert not connection.transport.closed
        connection.loop.run_until_complete(asyncio.sleep(0))
        assert connection.transport.written.startswith(b"HTTP/1.1 200")
        assert connection.transport.closed


def test_shutdown_lets_a_request_whose_body_is_arriving_finish_then_closes() -> None:
    with protocol_on_transport() as connection:
        request = tencent(b'{"SdkAppId": 1}')
        connection.receive(request[:-5])
        connection.protocol.shutdown()
        assert not connection.transport.closed and connection.transport.written == b""
        connection.receive(request[-5:])
        written = connection.transport.written
        assert written.startswith(b"HTTP/1.1 200")
        assert b"connection: close\r\n" in written and connection.transport.closed


def test_the_protocol_refuses_an_app_that_is_not_the_emulator() -> None:
    async def other(scope: Any, receive: Any, send: Any) -> None:
        return None

    config = uvicorn.Config(other, lifespan="off", proxy_headers=False)
    with pytest.raises(TypeError, match="Emulator"):
        EmulatorProtocol(config, ServerState(), {}, asyncio.new_event_loop())


def test_request_ids_are_distinct_version_4_uuids() -> None:
    ids = [new_request_id() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    for text in ids[:200]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text  # lower case, 8-4-4-4-12
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_whatever_the_bytes_the_protocol_answers_or_closes_and_never_raises() -> None:
    """Mutated and cut requests, fed in pieces of every size: each connection ends with
    replies that are all HTTP/1.1 (no 500) or with nothing, and nothing escapes the
    protocol (uvicorn would log it and drop the connection unanswered)."""
    rng = random.Random(19)
    valid = [STATE, NO_API, tencent(b'{"SdkAppId": 1}'), CHUNKED + b"2\r\n{}\r\n0\r\n\r\n"]
    for _ in range(400):
        data = bytearray(rng.choice(valid) * rng.randint(1, 3))
        for _ in range(rng.randint(0, 4)):
            at = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.4:
                data[at] = rng.randrange(256)
            elif choice < 0.7:
                data[at:at] = rng.choice([b"\r\n", b":", b" ", b"\x00", b"%", b"?", b"\xff"])
            else:
                del data[at : at + rng.randint(1, 20)]
        with protocol_on_transport() as connection:
            rest = bytes(data)
            while rest and not connection.transport.closed:
                size = rng.randint(1, 64)
                piece, rest = rest[:size], rest[size:]
                connection.receive(piece)
            written = connection.transport.written
        statuses = [
            int(line.split(b" ")[1])
            for line in written.split(b"\r\n")
            if line.startswith(b"HTTP/1.1 ")
        ]
        assert all(status != 500 for status in statuses), written[:300]


def test_a_bug_in_the_protocol_is_a_logged_500_not_a_clients_400(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(self: EmulatorProtocol, name: bytes, value: bytes) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(EmulatorProtocol, "on_header", broken)
    with protocol_on_transport() as connection:
        connection.receive(STATE)
        assert connection.transport.written.startswith(b"HTTP/1.1 500")
        assert connection.transport.closed
    assert any(record.exc_info and "a bug" in str(record.exc_info[1]) for record in caplog.records)


def test_a_request_target_httptools_cannot_split_is_a_400(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(url: bytes) -> None:
        raise httptools.HttpParserInvalidURLError(f"invalid url {url!r}")

    monkeypatch.setattr(httptools, "parse_url", refuse)
    with protocol_on_transport() as connection:
        connection.receive(STATE + STATE)
        assert connection.transport.written.count(b"HTTP/1.1 ") == 1
        assert connection.transport.written.startswith(b"HTTP/1.1 400")
        assert connection.transport.closed
