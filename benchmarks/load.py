"""A small closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending
the same pre-built request as soon as the previous reply is in. Lean on purpose, so
that it is not the bottleneck, and identical for every server it is pointed at."""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    statuses: dict[int, int]
    latencies_ms: list[float]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def summary(self) -> dict[str, float]:
        return {
            "requests_per_second": round(self.per_second, 1),
            "p50_ms": round(self.percentile(0.50), 2),
            "p99_ms": round(self.percentile(0.99), 2),
            "mean_ms": round(statistics.fmean(self.latencies_ms), 2),
            "requests": self.requests,
        }


async def _read_reply(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    lower = head.lower()
    marker = lower.find(b"content-length:")
    if marker >= 0:
        length = int(lower[marker + 15 :].split(b"\r\n", 1)[0])
        return status, await reader.readexactly(length)
    chunks = []  # chunked
    while True:
        size = int((await reader.readuntil(b"\r\n")).strip(), 16)
        chunks.append((await reader.readexactly(size + 2))[:-2])
        if size == 0:
            return status, b"".join(chunks)


async def _connection(
    host: str,
    port: int,
    request: bytes,
    until: float,
    latencies: list[float],
    statuses: dict[int, int],
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < until:
            started = time.perf_counter()
            writer.write(request)
            status, _ = await _read_reply(reader)
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _run(
    host: str, port: int, request: bytes, connections: int, seconds: float
) -> LoadResult:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(
        *(_connection(host, port, request, until, latencies, statuses) for _ in range(connections))
    )
    return LoadResult(len(latencies), time.perf_counter() - started, statuses, latencies)


def run_load(host: str, port: int, request: bytes, connections: int, seconds: float) -> LoadResult:
    return asyncio.run(_run(host, port, request, connections, seconds))


async def _fetch(host: str, port: int, request: bytes) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(request)
        return await _read_reply(reader)
    finally:
        writer.close()


def fetch_once(host: str, port: int, request: bytes) -> tuple[int, bytes]:
    """One request on a fresh connection: (status, body)."""
    return asyncio.run(_fetch(host, port, request))


def http_request(
    method: str, target: str, host: str, headers: dict[str, str], body: bytes
) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items() if name.lower() != "host"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
