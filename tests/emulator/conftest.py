"""A fresh emulator per test, every cloud reply of which must keep to the spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from emulator.config import Config, Progression
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems


@pytest.fixture
def emulator() -> Iterator[Running]:
    """A fresh in-memory emulator whose tasks move only when a test says so."""
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield running
        assert spec_problems(running) == []
