"""Where a task is in its life, from its record, the clock and the progression mode.

The state is computed when a task is read rather than pushed by a timer, so it
is deterministic under a manual clock and the same in every worker process.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from emulator.config import Config, Progression


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

    def final(self, state: str) -> bool:
        return state in (self.states[-1], self.failed, *self.failures)


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


def steps_taken(task: Mapping[str, Any], config: Config, now: float) -> int:
    if config.progression is Progression.IMMEDIATE:
        return 1 << 30
    if config.progression is Progression.POLLS:
        return int(task["_polls"])
    if config.progression is Progression.TIME:
        since = float(task.get("_since", task["_created"]))
        return int(max(0.0, now - since) * config.speed / config.step_seconds)
    return 0


def _last_index(lifecycle: Lifecycle, task: Mapping[str, Any]) -> int:
    hold = task.get("_hold")
    return lifecycle.states.index(hold) if hold else len(lifecycle.states) - 1


def current_state(lifecycle: Lifecycle, task: Mapping[str, Any], config: Config, now: float) -> str:
    pinned = task.get("_state")
    if pinned:  # set through the admin API
        return str(pinned)
    initial = str(task.get("_initial", lifecycle.states[0]))
    if initial not in lifecycle.states:  # parked off the path by an action, e.g. PAUSED
        return initial
    start = lifecycle.states.index(initial)
    index = min(start + steps_taken(task, config, now), _last_index(lifecycle, task))
    if index == len(lifecycle.states) - 1 and task["_fails"]:
        return str(task.get("_failure") or lifecycle.failed)
    return lifecycle.states[index]


def can_progress(lifecycle: Lifecycle, task: Mapping[str, Any], state: str) -> bool:
    """Whether the task would move on by itself from `state` (not pinned, parked, held
    or final)."""
    if "_state" in task or lifecycle.final(state) or state not in lifecycle.states:
        return False
    return lifecycle.states.index(state) < _last_index(lifecycle, task)
