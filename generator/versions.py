"""The version of each generated package, recorded in generator/versions/<distribution>.json.

A record holds the package's current version, the sha256 of the specs that
version describes, the sha256 of the package's public Python API as generated
(`python_api_sha256`: its surface, see toolchain/diff/api_surface.py), and its
release history: for each version, the kind of change that made it (breaking,
feature, fix) and the changelog lines of that change. `python -m toolchain
versions --write` derives the next record from the API diff since the record was
last committed (the specs' diff and the generated package's), and `versions
--check` (run by `make check-generated`) fails while a record's digests are not
those of the specs and generated/ beside it; the generator only reads the
version, so a build of one commit always carries the same version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VERSIONS = Path(__file__).with_name("versions")


class MissingVersion(LookupError):
    """A package has no version record."""


@dataclass
class Release:
    version: str
    kind: str  # initial, breaking, feature or fix
    changes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"version": self.version, "kind": self.kind, "changes": self.changes}


@dataclass
class VersionRecord:
    distribution: str
    version: str
    specs: dict[str, str]  # specs/<cloud>/<service>/<version>/openapi.yaml -> sha256
    releases: list[Release] = field(default_factory=list)
    # The sha256 of the generated package's public Python API ("": not recorded yet).
    python_api: str = ""

    def as_json(self) -> str:
        document: dict[str, Any] = {
            "distribution": self.distribution,
            "version": self.version,
            "specs": dict(sorted(self.specs.items())),
        }
        if self.python_api:
            document["python_api_sha256"] = self.python_api
        document["releases"] = [release.as_dict() for release in self.releases]
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def changelog(self) -> str:
        """The whole history as CHANGELOG.md, newest first."""
        lines = [f"# Changelog of {self.distribution}", ""]
        for release in reversed(self.releases):
            lines += [release_heading(release), ""]
            lines += release.changes or ["No API changes."]
            lines.append("")
        return "\n".join(lines)


KIND_LABELS = {
    "initial": "first version",
    "breaking": "breaking changes",
    "feature": "new operations or fields",
    "fix": "fixes and documentation",
}


def release_heading(release: Release) -> str:
    return f"## {release.version} ({KIND_LABELS.get(release.kind, release.kind)})"


def record_path(distribution: str, folder: Path = VERSIONS) -> Path:
    return folder / f"{distribution}.json"


def read_record(distribution: str, folder: Path = VERSIONS) -> VersionRecord:
    path = record_path(distribution, folder)
    if not path.is_file():
        raise MissingVersion(f"{distribution} has no version record {path}")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return VersionRecord(
        distribution=raw["distribution"],
        version=raw["version"],
        specs=dict(raw["specs"]),
        releases=[Release(r["version"], r["kind"], list(r["changes"])) for r in raw["releases"]],
        python_api=raw.get("python_api_sha256", ""),
    )


def write_record(record: VersionRecord, folder: Path = VERSIONS) -> Path:
    path = record_path(record.distribution, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(record.as_json(), encoding="utf-8")
    return path


def package_version(distribution: str, folder: Path = VERSIONS) -> str:
    return read_record(distribution, folder).version
