"""The generated distributions, as `dist` builds them and `vendor` copies them.

Each lives in generated/clients/<distribution>/ or generated/models/<distribution>/
with its pyproject.toml, README.md, LICENSE and one import package, and records in
its code which specs (by sha256) and which tool versions made it.
"""

from __future__ import annotations

import ast
import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import load_config
from speclib.catalog import REPOSITORY

GENERATED = REPOSITORY / "generated"
# Left by Python and tools in any package folder; never part of a build or a vendored copy.
CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
# Where each kind of package writes its PROVENANCE dict (clients: one spec; models: several).
PROVENANCE_MODULES = ("_provenance.py", "__init__.py")


class UnknownDistribution(LookupError):
    """No generated package has that name."""


@dataclass(frozen=True)
class PackageProvenance:
    specs: dict[str, str]  # specs/<cloud>/<service>/<version>/openapi.yaml -> sha256
    tools: dict[str, str]  # generator tool -> version


@dataclass(frozen=True)
class GeneratedDistribution:
    distribution: str  # the name on an index: tencentcloud-tiw-client
    package: str  # the import name: tencentcloud_tiw_client
    version: str
    root: Path  # the folder holding pyproject.toml

    @property
    def package_dir(self) -> Path:
        return self.root / self.package

    def provenance(self) -> PackageProvenance:
        return read_provenance(self.package_dir)


def stale_specs(source: GeneratedDistribution, repository: Path) -> list[str]:
    """The specs of `repository` that changed since `source` was generated from them: the
    generated package is stale until `make generate` runs there."""
    stale = []
    for spec, recorded in source.provenance().specs.items():
        path = repository / spec
        if not path.is_file():
            stale.append(f"{spec} (gone)")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != recorded:
            stale.append(spec)
    return stale


def generated_distributions(generated: Path = GENERATED) -> list[GeneratedDistribution]:
    """Every package packages.toml describes, clients first, in the file's order."""
    repository = generated.parent
    packages = repository / "generator/packages.toml"
    config = (
        load_config(packages, repository / "specs", repository / "generator/versions")
        if packages.is_file()
        else load_config()
    )
    found = [
        GeneratedDistribution(
            client.distribution,
            client.package,
            client.version,
            generated / "clients" / client.distribution,
        )
        for client in config.clients
    ]
    models = config.models
    found.append(
        GeneratedDistribution(
            models.distribution,
            models.package,
            models.version,
            generated / "models" / models.distribution,
        )
    )
    return found


def find_distribution(name: str, generated: Path = GENERATED) -> GeneratedDistribution:
    """A generated package by its distribution or its import name."""
    for candidate in generated_distributions(generated):
        if name in (candidate.distribution, candidate.package):
            return candidate
    known = ", ".join(d.distribution for d in generated_distributions(generated))
    raise UnknownDistribution(f"no generated package {name!r}; the packages are: {known}")


def read_provenance(package_dir: Path) -> PackageProvenance:
    """The PROVENANCE literal the generator wrote into the package, read without importing it."""
    for module in PROVENANCE_MODULES:
        path = package_dir / module
        if not path.exists():
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and [
                getattr(target, "id", None) for target in node.targets
            ] == ["PROVENANCE"]:
                return _normalise(ast.literal_eval(node.value))
    raise ValueError(f"{package_dir}: no PROVENANCE in {' or '.join(PROVENANCE_MODULES)}")


def _normalise(facts: dict[str, Any]) -> PackageProvenance:
    """Clients record one spec (`spec`, `spec_sha256`), the models package one per module."""
    tools = {str(name): str(number) for name, number in facts["tools"].items()}
    if "spec" in facts:
        return PackageProvenance({str(facts["spec"]): str(facts["spec_sha256"])}, tools)
    specs = {str(m["spec"]): str(m["spec_sha256"]) for m in facts["modules"].values()}
    return PackageProvenance(dict(sorted(specs.items())), tools)


def toolchain_version() -> str:
    """The version of videoapi-specs itself, from the repository's pyproject.toml."""
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    return str(project["project"]["version"])
