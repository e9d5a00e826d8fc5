"""Shared fixtures: the specs of the repository, bundled once per session."""

from __future__ import annotations

from typing import Any

import pytest

from speclib.bundle import bundle_spec
from speclib.catalog import SpecFile, find_specs

SPECS = find_specs()


def spec_by_name(name: str) -> SpecFile:
    return next(spec for spec in SPECS if spec.name == name)


@pytest.fixture(scope="session")
def bundles() -> dict[str, dict[str, Any]]:
    return {spec.name: bundle_spec(spec.path) for spec in SPECS}
