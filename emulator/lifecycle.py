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


def steps_taken(task: Mapping[str, Any], config: Config, now: float) -> int:
    if config.progression is Progression.IMMEDIATE:
        return 1 << 30
    if config.progression is Progression.POLLS:
        return int(task["_polls"])
    if config.progression is Progression.TIME:
        return int(max(0.0, now - task["_created"]) * config.speed / config.step_seconds)
    return 0


def current_state(lifecycle: Lifecycle, task: Mapping[str, Any], config: Config, now: float) -> str:
    pinned = task.get("_state")
    if pinned:  # set through the admin API
        return str(pinned)
    start = lifecycle.states.index(task.get("_initial", lifecycle.states[0]))
    index = min(start + steps_taken(task, config, now), len(lifecycle.states) - 1)
    if index == len(lifecycle.states) - 1 and task["_fails"]:
        return str(task.get("_failure") or lifecycle.failed)
    return lifecycle.states[index]
