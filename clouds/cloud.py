"""What a cloud is, as every layer above needs to know it.

One `Cloud` per package under clouds/ (tencentcloud, huaweicloud) holds the facts of
that cloud's protocol that are not in a spec: how a spec says it belongs to the cloud,
the headers its signer sets, the error class of its client runtime and the modules
copied into a generated package. Everything else asks `cloud_of(document)`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Spec extensions at a spec's root that name its cloud and service (specs/README.md).
CLOUD_EXTENSION = "x-videoapi-cloud"
SERVICE_EXTENSION = "x-videoapi-service"
REGIONS_EXTENSION = "x-videoapi-regions"
# On an operation: it only reads (clients may retry it; live contract runs may send it).
READ_ONLY_EXTENSION = "x-videoapi-read-only"


# One instance per cloud: compared and hashed by identity.
@dataclass(frozen=True, eq=False)
class Cloud:
    name: str  # the folder under specs/ and the value of x-videoapi-cloud
    title: str
    # Header parameters the client runtime's signing layer sets (lower case) ...
    signing_headers: frozenset[str]
    # ... and, of those, the ones a caller chooses, which contract tests generate.
    caller_headers: frozenset[str]
    # The error class of the client runtime (raised for the cloud's error replies).
    error_class: str
    # Module of the client runtime that the generated package's __init__ imports it from.
    client_module: str
    # Name in a generated package's `_runtime/` -> the module of this repository it copies.
    runtime_modules: Mapping[str, str]
    # The folder with this cloud's package templates (`connect.py.jinja`,
    # `service_setup.py.jinja`: the service client's constructor).
    templates: Path
    # RPC clouds name the action in a header (Tencent: X-TC-Action); None for REST.
    action_header: str | None = None
    # The house rule that holds a spec to the cloud's way of writing operations, if any.
    convention_rule: str | None = None
    # Parameters a service client binds once instead of taking them in every method.
    client_bound_parameters: frozenset[str] = frozenset()

    def convention_problems(self, document: dict[str, Any]) -> Iterator[tuple[str, str]]:
        """(location, problem) where an operation breaks the cloud's convention."""
        return iter(())

    def client_facts(self, bundle: dict[str, Any]) -> dict[str, Any]:
        """What a generated package's connect() template needs, taken from the spec."""
        raise NotImplementedError(f"{self.name} generates no client")

    def declares(self, document: Mapping[str, Any]) -> bool:
        return document.get(CLOUD_EXTENSION) == self.name

    @staticmethod
    def service(document: Mapping[str, Any]) -> str:
        return str(document.get(SERVICE_EXTENSION, ""))

    @staticmethod
    def regions(document: Mapping[str, Any]) -> list[str]:
        return [str(region) for region in document.get(REGIONS_EXTENSION) or []]

    @staticmethod
    def is_read_only(operation: Mapping[str, Any]) -> bool:
        """What the spec marks: an operation that changes nothing on the cloud."""
        return operation.get(READ_ONLY_EXTENSION) is True
