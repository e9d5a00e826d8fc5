"""The generator's one configuration file, generator/packages.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from clouds import Cloud, cloud_named
from generator.versions import VERSIONS, package_version
from speclib.catalog import SPECS, SpecFile, find_specs

CONFIG = Path(__file__).with_name("packages.toml")


@dataclass(frozen=True)
class ClientPackage:
    spec: SpecFile
    distribution: str
    package: str
    version: str
    models_module: str
    # The service client's class (its asyncio twin is Async<name>).
    service_client: str
    # Runtime module that signs the service's events (its spec's webhooks); the package
    # then gets a `callbacks` module that verifies and parses received events.
    callbacks: str | None = None

    @property
    def cloud(self) -> Cloud:
        return cloud_named(self.spec.cloud)


@dataclass(frozen=True)
class ModelsPackage:
    distribution: str
    package: str
    version: str


@dataclass(frozen=True)
class GeneratorConfig:
    clients: tuple[ClientPackage, ...]
    models: ModelsPackage


def load_config(
    path: Path = CONFIG, specs_root: Path = SPECS, versions: Path = VERSIONS
) -> GeneratorConfig:
    """The packages, each with its version from its record in generator/versions/."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    specs = {spec.name: spec for spec in find_specs(specs_root)}
    clients = []
    for entry in raw.get("client", []):
        if entry["spec"] not in specs:
            raise ValueError(f"{path}: no spec {entry['spec']} under {specs_root}")
        clients.append(
            ClientPackage(
                spec=specs[entry["spec"]],
                distribution=entry["distribution"],
                package=entry["package"],
                version=package_version(entry["distribution"], versions),
                models_module=entry["models_module"],
                service_client=entry["service_client"],
                callbacks=entry.get("callbacks"),
            )
        )
    missing = set(specs) - {client.spec.name for client in clients}
    if missing:
        raise ValueError(f"{path}: specs without a package entry: {sorted(missing)}")
    models = raw["models"]
    return GeneratorConfig(
        clients=tuple(clients),
        models=ModelsPackage(
            distribution=models["distribution"],
            package=models["package"],
            version=package_version(models["distribution"], versions),
        ),
    )
