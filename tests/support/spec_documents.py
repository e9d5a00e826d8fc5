"""The service specs of the repository, found under specs/."""

from __future__ import annotations

from speclib.catalog import find_specs

SPECS = find_specs()
