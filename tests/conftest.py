"""Shared fixtures: the specs of the repository, bundled once per session."""

from __future__ import annotations

from typing import Any

import pytest

from speclib.bundle import bundle_spec
from tests.support.spec_documents import SPECS


@pytest.fixture(scope="session")
def bundles() -> dict[str, dict[str, Any]]:
    return {spec.name: bundle_spec(spec.path) for spec in SPECS}
