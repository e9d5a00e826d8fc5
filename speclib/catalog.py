"""Where the specs live: specs/<cloud>/<service>/<version>/openapi.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SPECS = REPOSITORY / "specs"


@dataclass(frozen=True)
class SpecFile:
    cloud: str
    service: str
    version: str
    path: Path

    @property
    def name(self) -> str:
        return f"{self.cloud}/{self.service}/{self.version}"


def find_specs(root: Path = SPECS) -> list[SpecFile]:
    """Every service spec under `root`, in a stable order."""
    found = []
    for path in sorted(root.glob("*/*/*/openapi.yaml")):
        version_dir = path.parent
        found.append(
            SpecFile(
                cloud=version_dir.parent.parent.name,
                service=version_dir.parent.name,
                version=version_dir.name,
                path=path,
            )
        )
    return found


def find_common(root: Path = SPECS) -> list[Path]:
    """The per-cloud shared component files."""
    return sorted(root.glob("*/common.yaml"))
