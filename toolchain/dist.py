"""`make dist`: a wheel and an sdist of every generated package, byte for byte reproducible.

Each package is staged in a scratch folder (files copied in a fixed order, so neither
their times nor their permissions nor any .gitignore around them reach the build),
given its provenance, and built by its own backend (hatchling, pinned in
packaging.py and in the dev group) with `uv build --no-build-isolation`: the sdist
first, then the wheel from the sdist, every time stamp set to SOURCE_DATE_EPOCH
(the source commit's time unless the environment sets it).

Provenance goes where installers and importlib.metadata can read it:
- `<dist>.dist-info/extra_metadata/provenance.json` in the wheel (PROVENANCE.json at
  the root of the sdist): specs with their sha256, generator versions, source commit;
  `importlib.metadata.distribution(name).read_text("extra_metadata/provenance.json")`;
- a "Provenance" section at the end of the long description (core metadata
  Description, shown by package indexes and `importlib.metadata.metadata(name)`).
Core metadata has no field for such facts: Project-URL wants a URL (and there is no
public repository address to point at), Keywords are search tags; a file in
.dist-info is what wheels use for tool-specific facts (as licenses/ and entry_points.txt).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.packaging import BUILD_BACKEND
from generator.versions import VersionRecord, read_record, release_heading
from speclib.catalog import REPOSITORY
from toolchain.distributions import (
    CACHES,
    GENERATED,
    GeneratedDistribution,
    generated_distributions,
    toolchain_version,
)
from toolchain.revision import SourceRevision, source_revision

UV = REPOSITORY / ".uv" / "bin" / "uv"
PROVENANCE_FILE = "PROVENANCE.json"
CHANGELOG_FILE = "CHANGELOG.md"
EXTRA_METADATA_FILE = "provenance.json"
CHECKSUMS = "SHA256SUMS"
# Appended to the staged pyproject.toml only: generated/ stays buildable as it is.
BUILD_SETTINGS = f"""
# Added by `make dist` (toolchain/dist.py): the provenance file goes into the wheel's
# .dist-info/extra_metadata/, and no .gitignore around the build folder decides what ships.
[tool.hatch.build]
ignore-vcs = true

[tool.hatch.build.targets.wheel.extra-metadata]
"{PROVENANCE_FILE}" = "{EXTRA_METADATA_FILE}"
"""


class BuildError(RuntimeError):
    """The build backend failed, or is not the version the packages pin."""


@dataclass(frozen=True)
class BuiltDistribution:
    source: GeneratedDistribution
    sdist: Path
    wheel: Path
    provenance: dict[str, Any]


def distribution_provenance(
    source: GeneratedDistribution, revision: SourceRevision
) -> dict[str, Any]:
    recorded = source.provenance()
    return {
        "distribution": source.distribution,
        "version": source.version,
        "specs": recorded.specs,
        "generator": {"videoapi-specs": toolchain_version(), **recorded.tools},
        "build_backend": BUILD_BACKEND,
        "source_commit": revision.commit,
        "source_modified": revision.modified,
    }


def provenance_section(provenance: dict[str, Any]) -> str:
    """The long description's closing section, for people reading an index page."""
    specs = "".join(
        f"| spec | `{spec}` (sha256 `{digest}`) |\n" for spec, digest in provenance["specs"].items()
    )
    tools = ", ".join(f"{name} {number}" for name, number in provenance["generator"].items())
    commit = provenance["source_commit"]
    if provenance["source_modified"]:
        commit += " (with uncommitted changes)"
    return (
        "\n## Provenance\n\n"
        "| | |\n|---|---|\n"
        f"{specs}"
        f"| generator | {tools} |\n"
        f"| source commit | `{commit}` |\n\n"
        "Machine-readable: `importlib.metadata.distribution("
        f'"{provenance["distribution"]}").read_text("extra_metadata/{EXTRA_METADATA_FILE}")`.\n'
    )


def changelog_section(record: VersionRecord) -> str:
    """The long description's section on this version: its changelog entry."""
    if not record.releases:
        return ""
    latest = record.releases[-1]
    heading = release_heading(latest).removeprefix("## ")
    lines = latest.changes or ["No API changes."]
    return (
        f"\n## Changes in {heading}\n\n"
        + "\n".join(lines)
        + f"\n\nEvery version's changes are in {CHANGELOG_FILE} (in the sdist).\n"
    )


def copy_file(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source.read_bytes())
    target.chmod(0o644)


def stage(source: GeneratedDistribution, provenance: dict[str, Any], into: Path) -> Path:
    """A copy of the distribution with its provenance, ready for the build backend."""
    root = into / source.distribution
    for path in sorted(source.package_dir.rglob("*")):
        if path.is_file() and not CACHES.intersection(path.relative_to(source.root).parts):
            copy_file(path, root / path.relative_to(source.root))
    copy_file(source.root / "LICENSE", root / "LICENSE")
    pyproject = (source.root / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(pyproject + BUILD_SETTINGS, encoding="utf-8")
    record = read_record(source.distribution)
    generated_version = tomllib.loads(pyproject)["project"]["version"]
    if record.version != generated_version:
        raise BuildError(
            f"{source.distribution}: generated/ has version {generated_version}, its record "
            f"(generator/versions/) {record.version}; run `make generate`"
        )
    (root / CHANGELOG_FILE).write_text(record.changelog(), encoding="utf-8")
    readme = (source.root / "README.md").read_text(encoding="utf-8")
    description = readme + changelog_section(record) + provenance_section(provenance)
    (root / "README.md").write_text(description, encoding="utf-8")
    (root / PROVENANCE_FILE).write_text(
        json.dumps(provenance, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return root


def check_build_backend() -> None:
    name, _, pinned = BUILD_BACKEND.partition("==")
    installed = version(name)
    if installed != pinned:
        raise BuildError(f"the packages pin {BUILD_BACKEND}, but {name} {installed} is installed")


def build(staged: Path, out: Path, source_date_epoch: int) -> tuple[Path, Path]:
    """The sdist, then the wheel built from it, into `out`."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch)}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    env.pop("VIRTUAL_ENV", None)
    scratch = staged.parent / f"{staged.name}.out"
    command = [str(UV), "build", "--offline", "--no-build-isolation", "--python", sys.executable]
    result = subprocess.run(
        [*command, "--quiet", "--out-dir", str(scratch), str(staged)],
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0:
        raise BuildError(f"{staged.name}: uv build failed:\n{result.stdout}{result.stderr}")
    (sdist,) = scratch.glob("*.tar.gz")
    (wheel,) = scratch.glob("*.whl")
    out.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(sdist, out)), Path(shutil.copy(wheel, out))


def source_date_epoch(revision: SourceRevision) -> int:
    """SOURCE_DATE_EPOCH from the environment if set, else the source commit's time."""
    return int(os.environ.get("SOURCE_DATE_EPOCH") or revision.committed_at)


def write_checksums(out: Path, files: list[Path]) -> Path:
    lines = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n"
        for path in sorted(files, key=lambda path: path.name)
    ]
    target = out / CHECKSUMS
    target.write_text("".join(lines), encoding="utf-8")
    return target


def dist_revision(sources: list[GeneratedDistribution]) -> SourceRevision:
    """The source commit, and whether any of the packages differs from it."""
    return source_revision(tuple(source.root for source in sources))


def build_all(
    out: Path, generated: Path = GENERATED, revision: SourceRevision | None = None
) -> list[BuiltDistribution]:
    """Build every generated package into `out`, with SHA256SUMS beside them."""
    if not UV.is_file():
        raise BuildError(f"{UV} is missing: run `make setup` (it installs uv there)")
    check_build_backend()
    sources = generated_distributions(generated)
    revision = revision or dist_revision(sources)
    built = []
    with tempfile.TemporaryDirectory(prefix="videoapi-dist-") as scratch:
        for source in sources:
            provenance = distribution_provenance(source, revision)
            staged = stage(source, provenance, Path(scratch))
            sdist, wheel = build(staged, out, source_date_epoch(revision))
            built.append(BuiltDistribution(source, sdist, wheel, provenance))
    write_checksums(out, [path for item in built for path in (item.sdist, item.wheel)])
    return built
