"""Task records shared by every service: create, read with progression, pin a state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from emulator.config import Progression
from emulator.context import Context
from emulator.lifecycle import (
    Lifecycle,
    can_progress,
    current_state,
    new_task_fields,
    restart_from,
)


class Tasks:
    """The tasks of one kind (e.g. "tiw.recording") and their lifecycle."""

    def __init__(self, context: Context, kind: str, lifecycle: Lifecycle) -> None:
        self.context, self.kind, self.lifecycle = context, kind, lifecycle

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
        self.context.store.put(self.kind, key, created, task)
        return task

    def get(self, key: str) -> dict[str, Any] | None:
        return self.context.store.get(self.kind, key)

    def all(self) -> Sequence[Mapping[str, Any]]:
        """Every task of the kind, oldest first: shared records, to read only."""
        return self.context.store.scan(self.kind)

    def state(self, task: Mapping[str, Any], now: float | None = None) -> str:
        """The task's state at `now` (default: the clock; pass it when reading many tasks)."""
        moment = self.context.clock.now() if now is None else now
        return current_state(self.lifecycle, task, self.context.config, moment)

    def observe(self, key: str, task: dict[str, Any]) -> str:
        """The state a describe/list call sees; in polls mode each call moves the task on."""
        state = self.state(task)
        if self.moves_when_observed(task, state):
            task["_polls"] = int(task["_polls"]) + 1
            self.context.store.put(self.kind, key, float(task["_created"]), task)
        return state

    def moves_when_observed(self, task: Mapping[str, Any], state: str) -> bool:
        """Whether a describe/list call that sees the task moves it on (polls mode)."""
        return self.context.config.progression is Progression.POLLS and can_progress(
            self.lifecycle, task, state
        )

    def restart(self, key: str, task: dict[str, Any], state: str, hold: str | None = None) -> None:
        """Store the task progressing afresh from `state` (see lifecycle.restart_from)."""
        restart_from(task, state, self.context.clock.now(), hold)
        self.context.store.put(self.kind, key, float(task["_created"]), task)

    def pin(self, key: str, state: str | None) -> dict[str, Any] | None:
        """Fix a task's state (None lets it progress again); None when there is no task."""
        task = self.get(key)
        if task is None:
            return None
        if state is None:
            task.pop("_state", None)
        else:
            self.check_state(state)
            task["_state"] = state
        self.context.store.put(self.kind, key, float(task["_created"]), task)
        return task

    def check_state(self, state: str) -> None:
        if state not in self.lifecycle.all_states:
            raise ValueError(f"{state!r} is not one of {', '.join(self.lifecycle.all_states)}")
