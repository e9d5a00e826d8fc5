"""The Nonces signature v1 requests have used, so that a replayed request is refused.

A Nonce counts with its SecretId and Timestamp (Tencent: "used with Timestamp to prevent
replay attacks"). It needs remembering only while its Timestamp is inside the accepted clock
skew: after that the request is refused as expired anyway, so entries are dropped then and
the ledger stays bounded by the request rate times the window.

Kept in SQLite: in memory for one process, or in the emulator's data file (a table of its
own, on a connection of its own) so that every worker of `--workers N` sees the same
Nonces and exactly one of two concurrent replays wins.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS tencent_nonces "
    "(secret_id TEXT, timestamp INTEGER, nonce TEXT, expires REAL, "
    "PRIMARY KEY (secret_id, timestamp, nonce))"
)
PRUNE_EVERY = 256  # uses between two sweeps of expired entries


class NonceLedger:
    def __init__(self, path: Path | None, window_seconds: float) -> None:
        self.window_seconds = window_seconds
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            str(path) if path else ":memory:",
            check_same_thread=False,
            isolation_level=None,
            timeout=30,
        )
        self._db.execute(SCHEMA)
        self._uses = 0

    def first_use(self, secret_id: str, timestamp: int, nonce: str, now: float) -> bool:
        """Record the use; True for the first request (of any worker) that used it."""
        with self._lock:
            self._uses += 1
            if self._uses % PRUNE_EVERY == 0:
                self._db.execute("DELETE FROM tencent_nonces WHERE expires < ?", (now,))
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO tencent_nonces VALUES (?, ?, ?, ?)",
                (secret_id, timestamp, nonce, timestamp + self.window_seconds),
            )
            return cursor.rowcount == 1

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM tencent_nonces").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()
