"""Task records shared by every service: create, read with progression, pin a state, and
ask the store the questions limits and listings ask (indexed, never a scan)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from emulator.config import Progression
from emulator.context import Context
from emulator.lifecycle import (
    Lifecycle,
    can_progress,
    new_task_fields,
    restart_from,
    timeline,
)
from emulator.store import TaskQuery, TaskRow

ROW_VERSION = 1  # bump when what a row is computed from changes


@dataclass(frozen=True)
class Facets:
    """What a task is looked up, counted and listed by, from its record."""

    owner: str  # whose it is (limits count per owner; listings are per owner)
    holder: str | None = None  # what it holds while busy (unique among busy tasks)
    job_type: str | None = None
    name: str | None = None
    script_id: str | None = None


class Tasks:
    """The tasks of one kind (e.g. "tiw.recording") and their lifecycle.

    A task is busy (counts against its owner's limits) while its state is in `busy`
    (default: not final) and, with a `lifetime`, until it is that many seconds old."""

    def __init__(
        self,
        context: Context,
        kind: str,
        lifecycle: Lifecycle,
        facets: Callable[[Mapping[str, Any]], Facets],
        busy: Collection[str] | None = None,
        lifetime: float | None = None,
    ) -> None:
        self.context, self.kind, self.lifecycle = context, kind, lifecycle
        self.facets = facets
        self.busy = frozenset(lifecycle.unfinished if busy is None else busy)
        self.lifetime = lifetime
        config = context.config
        basis = f"{ROW_VERSION}:{config.progression}:{config.step_seconds!r}:{config.speed!r}"
        context.store.prepare_tasks(kind, basis, self.row)

    def row(self, task: Mapping[str, Any]) -> TaskRow:
        """What the store indexes of the task (recomputed on every write)."""
        line = timeline(self.lifecycle, task, self.context.config)
        created = float(task["_created"])
        busy_until = line.leaves(self.busy)
        if self.lifetime is not None:
            busy_until = min(busy_until, created + self.lifetime)
        facets = self.facets(task)
        return TaskRow(
            owner=facets.owner,
            created=created,
            state=line.state,
            entered=line.entered,
            steps=line.steps,
            busy_until=busy_until,
            holder=facets.holder,
            job_type=facets.job_type,
            name=facets.name,
            script_id=facets.script_id,
        )

    def put(self, key: str, task: Mapping[str, Any]) -> None:
        self.context.store.put_task(self.kind, key, self.row(task), task)

    def create(self, key: str, record: dict[str, Any], state: str | None = None) -> dict[str, Any]:
        now = self.context.clock.now()
        created = float(record.pop("_created", now))
        bookkeeping = new_task_fields(
            self.context.config, now, self.context.next_counter(), self.lifecycle
        )
        task = {**record, **bookkeeping}
        task["_created"] = created
        if state is not None:
            self.check_state(state)
            task["_state"] = state
        self.put(key, task)
        return task

    def get(self, key: str) -> dict[str, Any] | None:
        return self.context.store.get_task(self.kind, key)

    def all(self) -> Iterator[dict[str, Any]]:
        """Every task of the kind, oldest first, read a batch at a time."""
        return self.context.store.tasks(self.kind)

    def named(self, name: str) -> Iterator[dict[str, Any]]:
        """The tasks whose Facets name is `name`, oldest first (under an index)."""
        return self.context.store.tasks(self.kind, name=name)

    def unsettled(self) -> Iterator[dict[str, Any]]:
        """The tasks not settled since they were last written, oldest first (for whoever
        has nothing more to do about a task until it changes, e.g. an event source)."""
        return self.context.store.tasks(self.kind, unsettled=True)

    def settle(self, key: str, task: Mapping[str, Any]) -> None:
        """Leave the task (as read) out of `unsettled()` until it is written again."""
        self.context.store.settle(self.kind, key, task)

    def count_busy(self, owner: str, now: float, holder: str | None = None) -> int:
        """How many of the owner's tasks (holding `holder`, when given) are busy at `now`."""
        return self.context.store.count_busy(self.kind, owner, now, holder)

    def list_records(self, query: TaskQuery) -> tuple[int, list[tuple[str, str]]]:
        """As `list`, each task as its stored JSON text."""
        return self.context.store.list_task_records(self.kind, query)

    def list(self, query: TaskQuery) -> tuple[int, list[tuple[dict[str, Any], str]]]:
        """The number of matching tasks and one page of them, each with its state."""
        return self.context.store.list_tasks(self.kind, query)

    def state(self, task: Mapping[str, Any], now: float | None = None) -> str:
        """The task's state at `now` (default: the clock; pass it when reading many tasks)."""
        moment = self.context.clock.now() if now is None else now
        return timeline(self.lifecycle, task, self.context.config).at(moment)

    def update(self, key: str, change: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
        """Read the task, let `change` change it (True: store it), in one transaction."""
        with self.context.store.atomic():
            task = self.get(key)
            if task is not None and change(task):
                self.put(key, task)
        return task

    def observe(self, key: str, task: dict[str, Any]) -> str:
        """The state a describe/list call sees; in polls mode each call moves the task on
        (`task` is brought up to date with what was stored)."""
        state = self.state(task)
        if not self.moves_when_observed(task, state):
            return state
        seen: list[str] = []

        def poll(fresh: dict[str, Any]) -> bool:
            seen.append(self.state(fresh))
            if not self.moves_when_observed(fresh, seen[0]):
                return False
            fresh["_polls"] = int(fresh["_polls"]) + 1
            return True

        fresh = self.update(key, poll)
        if fresh is None:
            return state
        task.clear()
        task.update(fresh)
        return seen[0]

    def moves_when_observed(self, task: Mapping[str, Any], state: str) -> bool:
        """Whether a describe/list call that sees the task moves it on (polls mode)."""
        return self.context.config.progression is Progression.POLLS and can_progress(
            self.lifecycle, task, state
        )

    def restart(self, key: str, task: dict[str, Any], state: str, hold: str | None = None) -> None:
        """Store the task progressing afresh from `state` (see lifecycle.restart_from)."""
        restart_from(task, state, self.context.clock.now(), hold)
        self.put(key, task)

    def pin(self, key: str, state: str | None) -> dict[str, Any] | None:
        """Fix a task's state (None lets it progress again); None when there is no task."""
        if state is not None:
            self.check_state(state)

        def fix(task: dict[str, Any]) -> bool:
            if state is None:
                task.pop("_state", None)
            else:
                task["_state"] = state
            return True

        return self.update(key, fix)

    def check_state(self, state: str) -> None:
        if state not in self.lifecycle.all_states:
            raise ValueError(f"{state!r} is not one of {', '.join(self.lifecycle.all_states)}")
