"""State in SQLite: in memory by default, or a file that survives restarts and kill -9.

Tasks have a table of their own, one row per task: the record as a JSON document
plus the columns that lookups, limits and listings filter, count and sort on (the
owner, what the task holds, its job type and names, when it was created, its
timeline of states and when it stops being busy), under indexes, so each of those
questions costs O(log n) in stored tasks and nothing is read whole. Other
resources (applications, scripts, callback deliveries) are JSON documents keyed by
(kind, id); settings and the rate-limit windows have tables of their own.

Writes are committed before the reply is sent (synchronous=FULL in WAL mode), so
an acknowledged write is never lost. Several worker processes may share one file:
a check and the write it allows run in one transaction (`atomic`, BEGIN
IMMEDIATE), so limits, unique-in-use checks and state transitions hold across
workers.

Single-row reads (a task's record, a resource, a setting) are kept in a small per-process
cache of the stored text: it is emptied by every write of this connection (and by a rollback),
and, on a file, whenever another connection has committed since the last read (SQLite's
`PRAGMA data_version` tells), so every read still sees every committed write of every worker.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
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
CREATE INDEX IF NOT EXISTS resources_by_created ON resources (kind, created, id);
CREATE INDEX IF NOT EXISTS resources_by_event
    ON resources (kind, json_extract(data, '$.EventType'), created, id);
CREATE INDEX IF NOT EXISTS resources_by_task
    ON resources (kind, json_extract(data, '$.TaskId'), created, id);
CREATE INDEX IF NOT EXISTS resources_by_status
    ON resources (kind, json_extract(data, '$.Status'), created, id);
CREATE INDEX IF NOT EXISTS resources_pending
    ON resources (kind, json_extract(data, '$.NextAttemptAt'))
    WHERE json_extract(data, '$.Status') = 'pending';
CREATE TABLE IF NOT EXISTS tasks (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    owner TEXT NOT NULL,
    holder TEXT,
    job_type TEXT,
    name TEXT,
    script_id TEXT,
    created REAL NOT NULL,
    state0 TEXT NOT NULL,
    entered0 REAL,
    at1 REAL, state1 TEXT,
    at2 REAL, state2 TEXT,
    at3 REAL, state3 TEXT,
    busy_until REAL NOT NULL,
    settled INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS tasks_busy ON tasks (kind, owner, busy_until);
CREATE INDEX IF NOT EXISTS tasks_held ON tasks (kind, owner, holder, busy_until)
    WHERE holder IS NOT NULL;
CREATE INDEX IF NOT EXISTS tasks_listed ON tasks (kind, owner, created, id);
CREATE INDEX IF NOT EXISTS tasks_by_created ON tasks (kind, created, id);
CREATE INDEX IF NOT EXISTS tasks_unsettled ON tasks (kind, created, id) WHERE settled = 0;
CREATE INDEX IF NOT EXISTS tasks_named ON tasks (kind, name, created, id) WHERE name IS NOT NULL;
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rate_calls (key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS rate_calls_by_key ON rate_calls (key, at);
"""
MAX_STEPS = 3  # later states a timeline may name (the longest lifecycle has four states)
BATCH = 500  # rows read at once when going through every task of a kind
# A task's state and when it entered it, at :now, from its timeline columns.
STATE_AT = (
    "CASE WHEN at3 <= :now THEN state3 WHEN at2 <= :now THEN state2 "
    "WHEN at1 <= :now THEN state1 ELSE state0 END"
)
ENTERED_AT = (
    "CASE WHEN at3 <= :now THEN at3 WHEN at2 <= :now THEN at2 "
    "WHEN at1 <= :now THEN at1 ELSE COALESCE(entered0, :now) END"
)
# What a listing may match exactly or by substring, and sort by.
MATCHABLE = ("id", "name", "script_id")
ORDERS = {"created": "", "updated": f"({ENTERED_AT}) {{0}}, ", "name": "name {0}, "}
TASK_COLUMNS = (
    "kind, id, owner, holder, job_type, name, script_id, created, state0, entered0, "
    "at1, state1, at2, state2, at3, state3, busy_until, data"
)
# A write leaves the task unsettled (settled = 0, the default): whoever settled it looks again.
_UPSERT_TASK = (
    f"INSERT INTO tasks ({TASK_COLUMNS}) VALUES ({', '.join('?' * 18)}) "
    "ON CONFLICT (kind, id) DO UPDATE SET settled = 0, "
    + ", ".join(
        f"{name} = excluded.{name}" for name in TASK_COLUMNS.split(", ")[2:] if name != "created"
    )
)
GET_TASK = "SELECT data FROM tasks WHERE kind = :kind AND id = :id"
COUNT_BUSY = (
    "SELECT COUNT(*) FROM tasks WHERE kind = :kind AND owner = :owner AND busy_until > :now"
)
COUNT_HELD = (
    "SELECT COUNT(*) FROM tasks WHERE kind = :kind AND owner = :owner AND holder = :holder "
    "AND busy_until > :now"
)
TASKS_AFTER = (
    "SELECT created, id, data FROM tasks WHERE kind = :kind AND (created, id) > (:created, :id) "
    "ORDER BY created, id LIMIT :limit"
)
UNSETTLED_AFTER = (
    "SELECT created, id, data FROM tasks WHERE kind = :kind AND settled = 0 "
    "AND (created, id) > (:created, :id) ORDER BY created, id LIMIT :limit"
)
NAMED_AFTER = (
    "SELECT created, id, data FROM tasks WHERE kind = :kind AND name = :name "
    "AND (created, id) > (:created, :id) ORDER BY created, id LIMIT :limit"
)
SETTLE = "UPDATE tasks SET settled = 1 WHERE kind = :kind AND id = :id AND data = :data"
GET_RESOURCE = "SELECT data FROM resources WHERE kind = :kind AND id = :id"
# The fields of a resource's document it can be found by (under the indexes above).
FINDABLE = ("EventType", "TaskId", "Status")
PENDING = (
    "SELECT data FROM resources WHERE kind = :kind AND json_extract(data, '$.Status') = 'pending' "
    "AND json_extract(data, '$.NextAttemptAt') <= :now "
    "ORDER BY json_extract(data, '$.NextAttemptAt') LIMIT :limit"
)
GET_SETTING = "SELECT value FROM settings WHERE key = ?"
# The most single-row reads kept (each the stored text of one record, resource or setting),
# and the most characters they may hold together; a full cache is emptied, so that unknown
# keys cannot pile up, and a text longer than CACHED_TEXT_CHARS is read every time.
CACHED_READS = 4096
CACHED_READ_CHARS = 8 * 1024 * 1024
CACHED_TEXT_CHARS = 64 * 1024
_MISSING: Any = object()
COUNT_CALLS = "SELECT COUNT(*) FROM rate_calls WHERE key = :key AND at > :since"
FORGET_CALLS = "DELETE FROM rate_calls WHERE key = :key AND at <= :since"


def encode(data: Mapping[str, Any]) -> str:
    try:
        return orjson.dumps(data).decode()
    except TypeError as error:  # e.g. an integer beyond 64 bits (requests cannot carry one)
        raise ValueError(f"cannot store this resource: {error}") from None


def _lower(text: str | None) -> str | None:
    return None if text is None else text.lower()  # Unicode-aware, as Python matches


@dataclass(frozen=True)
class TaskRow:
    """What the store indexes of a task besides its record."""

    owner: str  # whose it is: the TIW application, the VCLM SecretId, the MetaStudio project
    created: float
    state: str  # the state it is in from `entered` on (None: not known, "when first seen")
    entered: float | None
    steps: tuple[tuple[float, str], ...]  # the later states it reaches by itself: (from, state)
    busy_until: float  # when it stops counting against a limit (inf: not by itself)
    holder: str | None = None  # what it holds while busy (a TIW RecordUserId)
    job_type: str | None = None
    name: str | None = None
    script_id: str | None = None

    def values(self, kind: str, key: str, data: str) -> tuple[Any, ...]:
        if len(self.steps) > MAX_STEPS:
            raise ValueError(f"a timeline names at most {MAX_STEPS} later states")
        steps: list[Any] = []
        for since, state in self.steps:
            steps += (since, state)
        steps += (None, None) * (MAX_STEPS - len(self.steps))
        return (
            kind,
            key,
            self.owner,
            self.holder,
            self.job_type,
            self.name,
            self.script_id,
            self.created,
            self.state,
            self.entered,
            *steps,
            self.busy_until,
            data,
        )


@dataclass(frozen=True)
class TaskQuery:
    """A listing of one owner's tasks: filters, order and page (evaluated at `now`)."""

    owner: str
    now: float
    states: frozenset[str] | None = None
    job_type: str | None = None
    ids: frozenset[str] | None = None
    equal: Mapping[str, str] = field(default_factory=dict)  # MATCHABLE column -> value
    contains: Mapping[str, str] = field(default_factory=dict)  # ... -> substring, any case
    created_from: float | None = None  # created >= this
    created_before: float | None = None  # created < this
    order: str = "created"  # or "updated", "name"; ties broken by creation, then ID
    descending: bool = False
    offset: int = 0
    limit: int = 10

    def sql(self, kind: str) -> tuple[str, str, dict[str, Any]]:
        """The count and the page statements, and their parameters."""
        params: dict[str, Any] = {"kind": kind, "owner": self.owner, "now": self.now}
        if self.created_from is not None:
            params["created_from"] = self.created_from
        if self.created_before is not None:
            params["created_before"] = self.created_before
        if self.job_type is not None:
            params["job_type"] = self.job_type
        if self.ids is not None:
            params["ids"] = orjson.dumps(sorted(self.ids)).decode()
        for column, value in self.equal.items():
            params[f"equal_{column}"] = value
        for column, value in self.contains.items():
            params[f"in_{column}"] = value.lower()
        slots = 0  # the states as parameters of their own (a few), else as one JSON list
        if self.states is not None and len(self.states) <= STATE_SLOTS:
            slots = len(self.states)
            params.update((f"state_{index}", state) for index, state in enumerate(self.states))
        elif self.states is not None:
            params["states"] = orjson.dumps(sorted(self.states)).decode()
        params.update(limit=self.limit, offset=self.offset)
        count, page = _listing_statements(
            tuple(name for name in _FILTERS if name in params),
            tuple(self.equal),
            tuple(self.contains),
            slots,
            self.order,
            self.descending,
        )
        return count, page, params


def resources_where(kind: str, where: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    """The statement reading the resources of a kind whose documents have these values."""
    conditions, params = ["kind = :kind"], {"kind": kind}
    for index, (name, value) in enumerate(sorted(where.items())):
        if name not in FINDABLE:
            shown = name if len(name) <= 64 else name[:64] + "..."
            raise ValueError(f"cannot find resources by {shown!r} (only {', '.join(FINDABLE)})")
        conditions.append(f"json_extract(data, '$.{name}') = :value{index}")
        params[f"value{index}"] = value
    condition = " AND ".join(conditions)
    return f"SELECT data FROM resources WHERE {condition} ORDER BY created, id", params


# Up to this many states, a listing names each in its statement (SQLite compares them
# faster than it reads a JSON list); a longer list is passed as one JSON text.
STATE_SLOTS = 8
# The filters a listing may have besides its owner, each as its condition.
_FILTERS = {
    "created_from": "created >= :created_from",
    "created_before": "created < :created_before",
    "job_type": "job_type = :job_type",
    "ids": "id IN (SELECT value FROM json_each(:ids))",
    "states": f"({STATE_AT}) IN (SELECT value FROM json_each(:states))",
}


@lru_cache(maxsize=256)  # one pair per shape of listing: which filters, which order
def _listing_statements(
    filters: tuple[str, ...],
    equal: tuple[str, ...],
    contains: tuple[str, ...],
    state_slots: int,
    order: str,
    descending: bool,
) -> tuple[str, str]:
    where = ["kind = :kind", "owner = :owner"]
    where += [_FILTERS[name] for name in filters if name != "states"]
    where += [f"{_matchable(column)} = :equal_{column}" for column in equal]
    where += [
        f"instr(lower_text(COALESCE({_matchable(column)}, '')), :in_{column}) > 0"
        for column in contains
    ]
    if "states" in filters:
        where.append(_FILTERS["states"])
    elif state_slots:
        slots = ", ".join(f":state_{index}" for index in range(state_slots))
        where.append(f"({STATE_AT}) IN ({slots})")
    if order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}")
    direction = "DESC" if descending else "ASC"
    ordering = ORDERS[order].format(direction) + f"created {direction}, id {direction}"
    condition = " AND ".join(where)
    count = f"SELECT COUNT(*) FROM tasks WHERE {condition}"
    # The count rides along with every row of the page (SQLite evaluates the uncorrelated
    # subquery once): one statement, one snapshot. An empty page asks `count` alone.
    page = (
        f"SELECT data, {STATE_AT}, ({count}) FROM tasks WHERE {condition} "
        f"ORDER BY {ordering} LIMIT :limit OFFSET :offset"
    )
    return count, page


def _matchable(column: str) -> str:
    if column not in MATCHABLE:
        raise ValueError(f"cannot match on {column}")
    return column


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0  # nesting of atomic() blocks (of the thread holding the lock)
        target = str(path) if path else ":memory:"
        self._db = sqlite3.connect(
            target, check_same_thread=False, isolation_level=None, timeout=30
        )
        if path:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
        self._db.create_function("lower_text", 1, _lower, deterministic=True)
        # Only a file can be written by other connections (other workers).
        self._shared = path is not None
        self._version: int | None = None  # PRAGMA data_version when last looked at
        self._reads: dict[tuple[str, str, str], Any] = {}  # stored text (None: no such row)
        self._read_chars = 0  # the characters of the texts in _reads
        with self.atomic():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
        self._prepared: dict[str, str] = {}  # kind -> basis its rows were computed on

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction for everything inside, taking the write lock at once (BEGIN
        IMMEDIATE): what is read in it is still true when it writes, in every worker."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._db.execute("ROLLBACK")
                self._forget()  # it may hold what was written and is now undone
                raise
            self._depth = 0
            try:
                self._db.execute("COMMIT")
            except BaseException:
                self._forget()
                raise

    def _one(self, sql: str, params: Mapping[str, Any] | tuple[Any, ...]) -> Any:
        with self._lock:
            row = self._db.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _read(
        self, key: tuple[str, str, str], sql: str, params: Mapping[str, Any] | tuple[Any, ...]
    ) -> Any:
        """The first column of a single-row read (None: no row), from the cache while no
        connection has written since it was read."""
        with self._lock:
            if self._shared:
                version = self._db.execute("PRAGMA data_version").fetchone()[0]
                if version != self._version:  # another connection has committed
                    self._version = version
                    self._forget()
            value = self._reads.get(key, _MISSING)
            if value is _MISSING:
                row = self._db.execute(sql, params).fetchone()
                value = None if row is None else row[0]
                size = len(value) if isinstance(value, str) else 0
                if size <= CACHED_TEXT_CHARS:
                    full = self._read_chars + size > CACHED_READ_CHARS
                    if full or len(self._reads) >= CACHED_READS:
                        self._forget()
                    self._reads[key] = value
                    self._read_chars += size
        return value

    def _write(self, sql: str, params: Mapping[str, Any] | tuple[Any, ...]) -> sqlite3.Cursor:
        """Run a statement that changes what single-row reads return (the lock is held)."""
        self._forget()
        return self._db.execute(sql, params)

    def _forget(self) -> None:
        self._reads.clear()
        self._read_chars = 0

    # ---- tasks ----
    def put_task(self, kind: str, key: str, row: TaskRow, data: Mapping[str, Any]) -> None:
        values = row.values(kind, key, encode(data))
        with self._lock:
            self._write(_UPSERT_TASK, values)

    def get_task(self, kind: str, key: str) -> dict[str, Any] | None:
        """The task's record as a fresh dict the caller may change, or None."""
        document = self._read(("task", kind, key), GET_TASK, {"kind": kind, "id": key})
        return None if document is None else dict(orjson.loads(document))

    def count_busy(self, kind: str, owner: str, now: float, holder: str | None = None) -> int:
        """How many of the owner's tasks (holding `holder`, when given) are busy at `now`."""
        if holder is None:
            return int(self._one(COUNT_BUSY, {"kind": kind, "owner": owner, "now": now}))
        params = {"kind": kind, "owner": owner, "holder": holder, "now": now}
        return int(self._one(COUNT_HELD, params))

    def tasks(
        self, kind: str, unsettled: bool = False, name: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every task of a kind (only the unsettled ones, or only those of `name`, when
        asked), oldest first, read a batch at a time."""
        after: tuple[float, str] = (float("-inf"), "")
        if name is not None and unsettled:
            raise ValueError("ask for the unsettled tasks or for a name, not both")
        sql = UNSETTLED_AFTER if unsettled else TASKS_AFTER if name is None else NAMED_AFTER
        while True:
            params = {"kind": kind, "created": after[0], "id": after[1], "limit": BATCH}
            if name is not None:
                params["name"] = name
            with self._lock:
                rows = self._db.execute(sql, params).fetchall()
            for _, _, data in rows:
                yield orjson.loads(data)
            if len(rows) < BATCH:
                return
            after = (rows[-1][0], rows[-1][1])

    def settle(self, kind: str, key: str, task: Mapping[str, Any]) -> bool:
        """Mark the task settled (left out of `tasks(kind, unsettled=True)`) while it is as
        `task` shows it; False when it has been written since."""
        params = {"kind": kind, "id": key, "data": encode(task)}
        with self._lock:
            return self._db.execute(SETTLE, params).rowcount == 1

    def list_tasks(
        self, kind: str, query: TaskQuery
    ) -> tuple[int, list[tuple[dict[str, Any], str]]]:
        """How many tasks match, and the page of them in order, each with its state."""
        count, rows = self.list_task_records(kind, query)
        return count, [(orjson.loads(data), state) for data, state in rows]

    def list_task_records(self, kind: str, query: TaskQuery) -> tuple[int, list[tuple[str, str]]]:
        """As `list_tasks`, each record as its stored JSON text (for a caller that keeps
        what it derives from a record: the text is the record, whoever wrote it)."""
        count_sql, page_sql, params = query.sql(kind)
        with self._lock:
            rows = self._db.execute(page_sql, params).fetchall()
            if rows:
                count = rows[0][2]
            elif query.offset:  # past the end of the matches, or none match
                (count,) = self._db.execute(count_sql, params).fetchone()
            else:
                count = 0
        return int(count), [(data, str(state)) for data, state, _ in rows]

    def prepare_tasks(
        self, kind: str, basis: str, row_of: Callable[[Mapping[str, Any]], TaskRow]
    ) -> None:
        """Make the kind's indexed columns those `row_of` gives, once per `basis` (what they
        depend on besides the record, e.g. the progression mode): on a file written with
        another basis, or before tasks had a table, every row is computed again."""
        setting = f"tasks.basis.{kind}"
        if self._prepared.get(kind) == basis or self.setting(setting, "") == basis:
            self._prepared[kind] = basis
            return
        with self.atomic():
            if self.setting(setting, "") != basis:
                legacy = self._db.execute(
                    "SELECT id, data FROM resources WHERE kind = ?", (kind,)
                ).fetchall()
                for key, data in legacy:
                    self.put_task(kind, key, row_of(orjson.loads(data)), orjson.loads(data))
                self._write("DELETE FROM resources WHERE kind = ?", (kind,))
                for key, data in self._all_ids(kind):
                    record = orjson.loads(data)
                    self.put_task(kind, key, row_of(record), record)
                self.set_setting(setting, basis)
        self._prepared[kind] = basis

    def _all_ids(self, kind: str) -> Iterator[tuple[str, str]]:
        after = ""
        while True:
            rows = self._db.execute(
                "SELECT id, data FROM tasks WHERE kind = ? AND id > ? ORDER BY id LIMIT ?",
                (kind, after, BATCH),
            ).fetchall()
            yield from rows
            if len(rows) < BATCH:
                return
            after = rows[-1][0]

    # ---- other resources ----
    def put(self, kind: str, key: str, created: float, data: Mapping[str, Any]) -> None:
        document = encode(data)
        with self._lock:
            self._write(
                "INSERT INTO resources (kind, id, created, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data",
                (kind, key, created, document),
            )

    def claim(self, kind: str, key: str, created: float, data: Mapping[str, Any]) -> bool:
        """Store the resource only if there is none with this key: True for the one caller,
        of any worker, that created it."""
        document = encode(data)
        with self._lock:
            cursor = self._write(
                "INSERT OR IGNORE INTO resources (kind, id, created, data) VALUES (?, ?, ?, ?)",
                (kind, key, created, document),
            )
        return cursor.rowcount == 1

    def put_if(
        self, kind: str, key: str, data: Mapping[str, Any], field: str, expected: int
    ) -> bool:
        """Replace the resource only while its integer `field` still equals `expected`
        (compare-and-swap across workers); False when another writer came first."""
        document = encode(data)
        with self._lock:
            cursor = self._write(
                "UPDATE resources SET data = ? WHERE kind = ? AND id = ? "
                "AND json_extract(data, ?) = ?",
                (document, kind, key, f"$.{field}", expected),
            )
        return cursor.rowcount == 1

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """The resource as a fresh dict the caller may change, or None."""
        document = self._read(("resource", kind, key), GET_RESOURCE, {"kind": kind, "id": key})
        return None if document is None else dict(orjson.loads(document))

    def scan(self, kind: str, where: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        """Every resource of a kind (not tasks), oldest first; with `where`, only those whose
        document has each of those fields (of FINDABLE) equal to its value."""
        sql, params = resources_where(kind, where or {})
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [orjson.loads(data) for (data,) in rows]

    def pending(self, kind: str, now: float, limit: int = 1000) -> list[dict[str, Any]]:
        """Resources of a kind whose Status is "pending" and NextAttemptAt is at most `now`
        (callback deliveries due), soonest first, at most `limit`: under an index, however
        many have been delivered before."""
        with self._lock:
            rows = self._db.execute(PENDING, {"kind": kind, "now": now, "limit": limit})
            return [orjson.loads(data) for (data,) in rows.fetchall()]

    # ---- the whole state ----
    def delete_all(self) -> None:
        with self.atomic():
            for table in ("resources", "tasks", "settings", "rate_calls"):
                self._write(f"DELETE FROM {table}", ())
        self._prepared.clear()

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        result: dict[str, list[dict[str, Any]]] = {}
        with self._lock:
            for table in ("resources", "tasks"):
                rows = self._db.execute(
                    f"SELECT kind, data FROM {table} ORDER BY kind, created, id"
                ).fetchall()
                for kind, data in rows:
                    result.setdefault(kind, []).append(orjson.loads(data))
        return dict(sorted(result.items()))

    def explain(self, sql: str, params: Mapping[str, Any]) -> list[str]:
        """SQLite's query plan of a statement, one line per step (what tests check)."""
        with self._lock:
            rows = self._db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        return [str(row[-1]) for row in rows]

    # ---- settings ----
    def setting(self, key: str, default: str) -> str:
        value = self._read(("setting", "", key), GET_SETTING, (key,))
        return default if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        with self._lock:
            self._write(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def change_setting(self, key: str, value: str) -> bool:
        """Set the setting unless it already holds `value`: True for the one caller, of any
        worker, that changed it."""
        with self._lock:
            cursor = self._write(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value WHERE settings.value IS NOT excluded.value",
                (key, value),
            )
        return cursor.rowcount == 1

    def increment(self, key: str) -> int:
        """Add one to an integer setting (0 when unset) and return it, atomically."""
        with self._lock:
            row = self._write(
                "INSERT INTO settings (key, value) VALUES (?, '1') ON CONFLICT (key) "
                "DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value",
                (key,),
            ).fetchone()
        return int(row[0])

    # ---- rate limits ----
    def take_slot(self, key: str, now: float, window: float, limit: int) -> bool:
        """Count a call at `now` in the sliding window `key` unless `limit` calls are in
        it already (shared by every worker); a refused call does not count."""
        since = now - window
        with self.atomic():
            self._db.execute(FORGET_CALLS, {"key": key, "since": since})
            if self._one(COUNT_CALLS, {"key": key, "since": since}) >= limit:
                return False
            self._db.execute("INSERT INTO rate_calls (key, at) VALUES (?, ?)", (key, now))
        return True
