"""The request log: one line per request, in logging's asctime format, written in batches."""

from __future__ import annotations

import asyncio
import io
import re

from emulator.request_log import RequestLog

LINE = re.compile(
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} POST / DescribeOnlineRecord 200 87 "
    r"InvalidParameter.TaskNotFound 0.4ms"
)


def record(log: RequestLog) -> None:
    log.record("POST", "/", "DescribeOnlineRecord", 200, 87, "InvalidParameter.TaskNotFound", 0.42)


def test_outside_a_server_each_line_is_written_at_once() -> None:
    stream = io.StringIO()
    record(RequestLog(stream))
    assert LINE.fullmatch(stream.getvalue().rstrip("\n"))


def test_inside_a_server_lines_are_batched_and_all_written() -> None:
    stream = io.StringIO()
    log = RequestLog(stream, flush_after=0.01)

    async def serve() -> str:
        for _ in range(3):
            record(log)
        before = stream.getvalue()
        await asyncio.sleep(0.2)
        return before

    assert asyncio.run(serve()) == ""
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3
    assert all(LINE.fullmatch(line) for line in lines)


def test_flush_writes_what_is_pending() -> None:
    stream = io.StringIO()
    log = RequestLog(stream, flush_after=60)

    async def serve() -> None:
        record(log)

    asyncio.run(serve())
    assert stream.getvalue() == ""
    log.flush()
    assert LINE.fullmatch(stream.getvalue().rstrip("\n"))


def test_a_closed_stream_does_not_stop_the_server() -> None:
    stream = io.StringIO()
    stream.close()
    record(RequestLog(stream))  # no exception
