"""The service specs of the repository, found under specs/, and the cloud each declares."""

from __future__ import annotations

from clouds import Cloud, cloud_of
from speclib.catalog import SpecFile, find_specs
from speclib.loader import load_file

SPECS = find_specs()


def cloud_of_spec(spec: SpecFile) -> Cloud:
    """The cloud the spec's x-videoapi-cloud names (read from its root, unbundled)."""
    return cloud_of(load_file(spec.path))


def specs_of(cloud: Cloud) -> list[SpecFile]:
    """The specs that declare `cloud`, in the catalog's order."""
    return [spec for spec in SPECS if cloud_of_spec(spec) is cloud]
