"""A minimal keep-alive HTTP/1.1 server answering every request with one fixed reply.

Run as its own process so that it does not share the benchmarked client's GIL:
`python -m benchmarks.reply_server PORT_FILE`.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from pathlib import Path

REPLY = json.dumps(
    {
        "Response": {
            "FinishReason": "USER_CALL",
            "TaskId": "ghucnligqtgtvk2624mb",
            "Status": "FINISHED",
            "RoomId": 880528,
            "GroupId": "880528",
            "RecordUserId": "tic_record_user_880528_test-01",
            "RecordStartTime": 1568949369,
            "RecordStopTime": 1568949392,
            "TotalTime": 18317,
            "ExceptionCnt": 0,
            "OmittedDurations": [],
            "VideoInfos": [],
            "ReplayUrl": None,
            "Interrupts": None,
            "RequestId": "d290f1ee-6c54-4b01-90e6-d701748f0851",
        }
    }
).encode()


RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    + f"Content-Length: {len(REPLY)}\r\n\r\n".encode()
    + REPLY
)


class ReplyProtocol(asyncio.Protocol):
    """Reads each request (headers, then Content-Length bytes) and sends RESPONSE.

    Deliberately minimal, so that the server's own cost stays small next to the
    client overhead being measured."""

    def __init__(self) -> None:
        self.buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end].lower()
            marker = head.find(b"content-length:")
            length = int(head[marker + 15 :].split(b"\r\n", 1)[0]) if marker >= 0 else 0
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.transport.write(RESPONSE)


async def serve(port_file: Path) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(ReplyProtocol, "127.0.0.1", 0)
    port_file.write_text(str(server.sockets[0].getsockname()[1]))
    await server.serve_forever()


def main() -> None:
    asyncio.run(serve(Path(sys.argv[1])))


if __name__ == "__main__":
    main()
