"""How a vendored copy has drifted: edited where it lives, or left behind by this repository."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.provenance import sha256_of
from speclib.catalog import REPOSITORY
from toolchain.distributions import GENERATED, UnknownDistribution, find_distribution
from toolchain.vendoring.manifest import Manifest, sha256_bytes, tree_files
from toolchain.vendoring.render import render_copy


@dataclass(frozen=True)
class LocalChanges:
    """Files edited, added or removed in the vendored folder since it was written."""

    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changed or self.added or self.removed)

    def lines(self) -> list[str]:
        return (
            [f"changed  {name}" for name in self.changed]
            + [f"added    {name}" for name in self.added]
            + [f"removed  {name}" for name in self.removed]
        )


@dataclass(frozen=True)
class SpecChange:
    spec: str
    vendored: str  # the sha256 the copy was generated from
    current: str | None  # the sha256 of the spec in this repository; None when it is gone


@dataclass(frozen=True)
class Staleness:
    """Where this repository has moved on since the copy was vendored."""

    specs: list[SpecChange] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # differ from the current generated package
    missing: str | None = None  # why there is no current generated package to compare with

    def __bool__(self) -> bool:
        return bool(self.specs or self.files or self.missing)

    def lines(self) -> list[str]:
        lines = []
        for change in self.specs:
            now = f"now {change.current}" if change.current else "no longer in this repository"
            lines.append(f"spec     {change.spec}: vendored from {change.vendored}, {now}")
        if self.missing:
            lines.append(f"package  {self.missing}")
        lines += [f"outdated {name}" for name in self.files]
        return lines


def local_changes(dest: Path, manifest: Manifest) -> LocalChanges:
    present = tree_files(dest)
    return LocalChanges(
        changed=[
            name
            for name, path in present.items()
            if name in manifest.files and sha256_bytes(path.read_bytes()) != manifest.files[name]
        ],
        added=sorted(set(present) - set(manifest.files)),
        removed=sorted(set(manifest.files) - set(present)),
    )


def staleness(
    manifest: Manifest, generated: Path = GENERATED, repository: Path = REPOSITORY
) -> Staleness:
    """Specs changed since vendoring, and files the current generated package would change."""
    specs = []
    for spec, vendored in manifest.specs.items():
        path = repository / spec
        current = sha256_of(path) if path.is_file() else None
        if current != vendored:
            specs.append(SpecChange(spec, vendored, current))
    try:
        source = find_distribution(manifest.distribution, generated)
    except UnknownDistribution:
        return Staleness(specs, missing=f"{manifest.distribution} is no longer generated here")
    fresh = render_copy(source, manifest.import_path).digests()
    files = sorted(
        name
        for name in set(fresh) | set(manifest.files)
        if fresh.get(name) != manifest.files.get(name)
    )
    return Staleness(specs, files)
