"""Where a task is in its life, from its record, the clock and the progression mode.

The state is computed when a task is read rather than pushed by a timer, so it
is deterministic under a manual clock and the same in every worker process. A
task's whole future is fixed by its record until the next write: its timeline
is the state it is in now and the times at which it reaches each later state by
itself (only time-driven progression has any). The store keeps the timeline in
columns, so that a listing can filter on the state and a limit can count the
tasks still busy without reading their records.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from emulator.config import Config, Progression

NEVER = float("inf")  # a time a task never reaches by itself
ALWAYS = float("-inf")  # a time every moment is after


@dataclass(frozen=True)
class Lifecycle:
    states: tuple[str, ...]  # the path to success; the last state is final
    failed: str  # where a failing task ends instead
    other: tuple[str, ...] = ()  # states reached only by pinning (e.g. PAUSED, CANCELED)
    # Other final states a failing task may end in instead of `failed` (one is drawn per task,
    # e.g. a stylization job that fails moderation rather than processing).
    failures: tuple[str, ...] = ()

    @property
    def all_states(self) -> tuple[str, ...]:
        return (*self.states, self.failed, *self.failures, *self.other)

    @property
    def unfinished(self) -> frozenset[str]:
        """The states that are not final."""
        return frozenset(state for state in self.all_states if not self.final(state))

    def final(self, state: str) -> bool:
        return state in (self.states[-1], self.failed, *self.failures)


@dataclass(frozen=True)
class Timeline:
    """The state a task is in (since `entered`, None when unknown) and the later states it
    reaches by itself, each from a time on, in order."""

    state: str
    entered: float | None
    steps: tuple[tuple[float, str], ...] = ()

    def at(self, now: float) -> str:
        state = self.state
        for since, later in self.steps:
            if since > now:
                break
            state = later
        return state

    def leaves(self, busy: Collection[str]) -> float:
        """When the task is first in a state outside `busy` (ALWAYS: it is now; NEVER:
        not by itself)."""
        if self.state not in busy:
            return ALWAYS
        return next((since for since, state in self.steps if state not in busy), NEVER)


def new_task_fields(
    config: Config, now: float, counter: int, lifecycle: Lifecycle | None = None
) -> dict[str, Any]:
    """Bookkeeping stored with every task: when it began, polls seen, whether it fails (and,
    when the lifecycle has several failure states, which one it ends in)."""
    rng = random.Random(f"{config.seed}:{counter}")
    fields: dict[str, Any] = {
        "_created": now,
        "_polls": 0,
        "_fails": rng.random() < config.failure_rate,
    }
    if fields["_fails"] and lifecycle is not None and lifecycle.failures:
        fields["_failure"] = rng.choice((lifecycle.failed, *lifecycle.failures))
    return fields


def restart_from(task: dict[str, Any], state: str, now: float, hold: str | None = None) -> None:
    """Let the task progress afresh from `state` (as an action such as StopOnlineRecord
    does), at most up to `hold` when given; a state off the success path (e.g. PAUSED)
    stays until the next action. An admin pin is released."""
    task.pop("_state", None)
    task.update(_initial=state, _since=now, _polls=0)
    if hold is None:
        task.pop("_hold", None)
    else:
        task["_hold"] = hold


def _last_index(lifecycle: Lifecycle, task: Mapping[str, Any]) -> int:
    hold = task.get("_hold")
    return lifecycle.states.index(hold) if hold else len(lifecycle.states) - 1


def _state_at(lifecycle: Lifecycle, task: Mapping[str, Any], index: int) -> str:
    if index == len(lifecycle.states) - 1 and task["_fails"]:
        return str(task.get("_failure") or lifecycle.failed)
    return lifecycle.states[index]


def timeline(lifecycle: Lifecycle, task: Mapping[str, Any], config: Config) -> Timeline:
    """The task's timeline from its record (valid until the record changes)."""
    created = float(task["_created"])
    entered = task.get("_entered") or {}
    pinned = task.get("_state")
    if pinned:  # set through the admin API
        return Timeline(str(pinned), entered.get(pinned))
    initial = str(task.get("_initial", lifecycle.states[0]))
    if initial not in lifecycle.states:  # parked off the path by an action, e.g. PAUSED
        return Timeline(initial, entered.get(initial))
    last = _last_index(lifecycle, task)
    start = min(lifecycle.states.index(initial), last)
    progression = config.progression
    if progression is Progression.TIME:
        since = float(task.get("_since", created))
        seconds = config.step_seconds / config.speed
        steps = tuple(
            (since + (index - start) * seconds, _state_at(lifecycle, task, index))
            for index in range(start + 1, last + 1)
        )
        state = _state_at(lifecycle, task, start)
        return Timeline(state, entered.get(state, created), steps)
    if progression is Progression.IMMEDIATE:
        state = _state_at(lifecycle, task, last)
        return Timeline(state, entered.get(state, created))
    taken = int(task["_polls"]) if progression is Progression.POLLS else 0
    index = min(start + taken, last)
    state = _state_at(lifecycle, task, index)
    return Timeline(state, entered.get(state, created if index == start else None))


def current_state(lifecycle: Lifecycle, task: Mapping[str, Any], config: Config, now: float) -> str:
    return timeline(lifecycle, task, config).at(now)


def can_progress(lifecycle: Lifecycle, task: Mapping[str, Any], state: str) -> bool:
    """Whether the task would move on by itself from `state` (not pinned, parked, held
    or final)."""
    if "_state" in task or lifecycle.final(state) or state not in lifecycle.states:
        return False
    return lifecycle.states.index(state) < _last_index(lifecycle, task)
