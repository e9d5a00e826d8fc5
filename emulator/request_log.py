"""The request log: one line per request, written in small batches.

Going through `logging` costs more per line than answering a describe call, so
lines are formatted by hand and written at most `flush_after` seconds after the
request (and when the server stops). Errors still go through `logging`.
"""

from __future__ import annotations

import asyncio
import time
from typing import TextIO


class RequestLog:
    def __init__(self, stream: TextIO, flush_after: float = 0.1) -> None:
        self.stream, self.flush_after = stream, flush_after
        self._lines: list[str] = []
        self._scheduled = False
        self._second, self._stamp = -1, ""

    def timestamp(self, now: float) -> str:
        """As logging's asctime: 2026-11-21 06:33:43,123 (local time)."""
        second = int(now)
        if second != self._second:
            self._second = second
            self._stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now))
        return f"{self._stamp},{int((now - second) * 1000):03d}"

    def record(
        self,
        method: str,
        path: str,
        action: str,
        status: int,
        size: int,
        outcome: str,
        elapsed_ms: float,
    ) -> None:
        stamp = self.timestamp(time.time())
        self._lines.append(
            f"{stamp} {method} {path} {action} {status} {size} {outcome} {elapsed_ms:.1f}ms\n"
        )
        if not self._scheduled:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # not inside a server: write at once
                self.flush()
                return
            self._scheduled = True
            loop.call_later(self.flush_after, self.flush)

    def flush(self) -> None:
        self._scheduled = False
        if self._lines:
            text, self._lines = "".join(self._lines), []
            try:
                self.stream.write(text)
                self.stream.flush()
            except (OSError, ValueError):  # a closed or broken stream must not stop serving
                pass
