"""State in SQLite: in memory by default, or a file that survives restarts and kill -9.

Every resource is a JSON document keyed by (kind, id); writes are committed
before the reply is sent (synchronous=FULL in WAL mode), so an acknowledged
write is never lost. Several worker processes may share one file.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS resources (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    created REAL NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS resources_by_created ON resources (kind, created);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        target = str(path) if path else ":memory:"
        self._db = sqlite3.connect(
            target, check_same_thread=False, isolation_level=None, timeout=30
        )
        if path:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def put(self, kind: str, key: str, created: float, data: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO resources (kind, id, created, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data",
                (kind, key, created, json.dumps(data, ensure_ascii=False)),
            )

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM resources WHERE kind = ? AND id = ?", (kind, key)
            ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def all(self, kind: str) -> Iterator[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT data FROM resources WHERE kind = ? ORDER BY created, id", (kind,)
            ).fetchall()
        for (data,) in rows:
            yield dict(json.loads(data))

    def delete_all(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM resources")
            self._db.execute("DELETE FROM settings")

    def setting(self, key: str, default: str) -> str:
        with self._lock:
            row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        with self._lock:
            rows = self._db.execute("SELECT kind, data FROM resources ORDER BY kind, created, id")
            result: dict[str, list[dict[str, Any]]] = {}
            for kind, data in rows.fetchall():
                result.setdefault(kind, []).append(json.loads(data))
        return result
