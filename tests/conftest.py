"""Shared fixtures: the specs of the repository, bundled once per session; and the guard
that fails any test connecting beyond loopback (tests/support/loopback_guard.py)."""

from __future__ import annotations

from typing import Any

import pytest

from speclib.bundle import bundle_spec
from tests.support.spec_documents import SPECS

pytest_plugins = ["tests.support.loopback_guard"]


@pytest.fixture(scope="session")
def bundles() -> dict[str, dict[str, Any]]:
    return {spec.name: bundle_spec(spec.path) for spec in SPECS}


# A project of its own, run by tests/emulator/test_pytest_plugin.py with only the plugin.
collect_ignore = ["example_project"]
