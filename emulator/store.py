"""State in SQLite: in memory by default, or a file that survives restarts and kill -9.

Every resource is a JSON document keyed by (kind, id); writes are committed
before the reply is sent (synchronous=FULL in WAL mode), so an acknowledged
write is never lost. Several worker processes may share one file.

Reads are served from a per-process cache that is dropped whenever another
connection has committed (SQLite's `PRAGMA data_version` tells), so every read
still sees every acknowledged write of every worker.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

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
_MISSING = object()
CACHED_DOCUMENTS = 100_000


def encode(data: Mapping[str, Any]) -> bytes:
    try:
        return orjson.dumps(data)
    except TypeError as error:  # e.g. an integer beyond 64 bits (requests cannot carry one)
        raise ValueError(f"cannot store this resource: {error}") from None


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
        # Only a file can be written by other connections (other workers).
        self._shared = path is not None
        self._version = self._data_version()
        self._documents: dict[tuple[str, str], bytes | None] = {}
        self._scans: dict[str, list[Mapping[str, Any]]] = {}
        self._settings: dict[str, str | None] = {}

    def _data_version(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def _refresh(self) -> None:
        """Drop the cache when another connection has committed since the last read."""
        if self._shared:
            version = self._data_version()
            if version != self._version:
                self._version = version
                self._forget()

    def _forget(self) -> None:
        self._documents.clear()
        self._scans.clear()
        self._settings.clear()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def put(self, kind: str, key: str, created: float, data: Mapping[str, Any]) -> None:
        document = encode(data)
        with self._lock:
            self._db.execute(
                "INSERT INTO resources (kind, id, created, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data",
                (kind, key, created, document.decode()),
            )
            self._wrote(kind, key, document, won=True)

    def _wrote(self, kind: str, key: str, document: bytes, won: bool) -> None:
        """Keep the cache true after a write: the document when it was ours, else forget it
        (another writer's version is read back); the kind's scan is stale either way."""
        self._scans.pop(kind, None)
        if won:
            self._documents[(kind, key)] = document
        else:
            self._documents.pop((kind, key), None)

    def claim(self, kind: str, key: str, created: float, data: Mapping[str, Any]) -> bool:
        """Store the resource only if there is none with this key: True for the one caller,
        of any worker, that created it."""
        document = encode(data)
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO resources (kind, id, created, data) VALUES (?, ?, ?, ?)",
                (kind, key, created, document.decode()),
            )
            won = cursor.rowcount == 1
            self._wrote(kind, key, document, won)
        return won

    def put_if(
        self, kind: str, key: str, data: Mapping[str, Any], field: str, expected: int
    ) -> bool:
        """Replace the resource only while its integer `field` still equals `expected`
        (compare-and-swap across workers); False when another writer came first."""
        document = encode(data)
        with self._lock:
            cursor = self._db.execute(
                "UPDATE resources SET data = ? WHERE kind = ? AND id = ? "
                "AND json_extract(data, ?) = ?",
                (document.decode(), kind, key, f"$.{field}", expected),
            )
            won = cursor.rowcount == 1
            self._wrote(kind, key, document, won)
        return won

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """The resource as a fresh dict the caller may change, or None."""
        with self._lock:
            self._refresh()
            document = self._documents.get((kind, key), _MISSING)
            if document is _MISSING:
                row = self._db.execute(
                    "SELECT data FROM resources WHERE kind = ? AND id = ?", (kind, key)
                ).fetchone()
                document = None if row is None else row[0].encode()
                if len(self._documents) >= CACHED_DOCUMENTS:  # unknown IDs must not pile up
                    self._documents.clear()
                self._documents[(kind, key)] = document
        return None if document is None else dict(orjson.loads(document))  # type: ignore[arg-type]

    def scan(self, kind: str) -> Sequence[Mapping[str, Any]]:
        """Every resource of a kind, oldest first, shared: read them, never change them
        (`get` gives a copy to change)."""
        with self._lock:
            self._refresh()
            found = self._scans.get(kind)
            if found is None:
                rows = self._db.execute(
                    "SELECT data FROM resources WHERE kind = ? ORDER BY created, id", (kind,)
                ).fetchall()
                found = self._scans[kind] = [orjson.loads(data) for (data,) in rows]
        return found

    def delete_all(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM resources")
            self._db.execute("DELETE FROM settings")
            self._forget()

    def setting(self, key: str, default: str) -> str:
        with self._lock:
            self._refresh()
            value = self._settings.get(key, _MISSING)
            if value is _MISSING:
                row = self._db.execute(
                    "SELECT value FROM settings WHERE key = ?", (key,)
                ).fetchone()
                value = self._settings[key] = None if row is None else str(row[0])
        return default if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            self._settings[key] = value

    def change_setting(self, key: str, value: str) -> bool:
        """Set the setting unless it already holds `value`: True for the one caller, of any
        worker, that changed it."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value WHERE settings.value IS NOT excluded.value",
                (key, value),
            )
            self._settings[key] = value
        return cursor.rowcount == 1

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        with self._lock:
            rows = self._db.execute("SELECT kind, data FROM resources ORDER BY kind, created, id")
            result: dict[str, list[dict[str, Any]]] = {}
            for kind, data in rows.fetchall():
                result.setdefault(kind, []).append(orjson.loads(data))
        return result
