"""The videoapi-emulator distribution: the emulator, what it imports and the specs it serves.

Staged like the generated packages (toolchain/dist.py: files copied in a fixed order,
provenance beside them, built by the pinned hatchling from the sdist, every time stamp
SOURCE_DATE_EPOCH) from `toolchain/emulator_package/` (its pyproject.toml and README.md)
and the checkout:
- `emulator/`, `speclib/` and `clouds/` as they are (no toolchain, generator or
  generated client: import-linter keeps the emulator off them);
- `emulator/_specs/<cloud>/<service>/<version>/openapi.json`: the bundled specs of
  generated/openapi/, which the installed emulator reads (emulator/schemas.py) when no
  checkout is around it.
Its provenance records the sha256 of each bundled spec shipped and of each source spec.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from pathlib import Path
from typing import Any

from generator.packaging import BUILD_BACKEND, LICENSE
from speclib.catalog import REPOSITORY, SPECS
from toolchain.dist import (
    BUILD_SETTINGS,
    EXTRA_METADATA_FILE,
    PROVENANCE_FILE,
    build,
    check_build_backend,
    copy_file,
    source_date_epoch,
)
from toolchain.distributions import CACHES, GENERATED, toolchain_version
from toolchain.revision import SourceRevision, source_revision

DISTRIBUTION = "videoapi-emulator"
PACKAGE_CONFIG = Path(__file__).resolve().parent / "emulator_package"
PACKAGES = ("emulator", "speclib", "clouds")
BUNDLED_SPECS = Path("emulator") / "_specs"  # inside the wheel: the package's data


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bundles(generated: Path = GENERATED) -> list[Path]:
    """The bundled specs the emulator serves, relative to generated/openapi/."""
    root = generated / "openapi"
    return sorted(path.relative_to(root) for path in root.glob("*/*/*/openapi.json"))


def emulator_revision(repository: Path = REPOSITORY) -> SourceRevision:
    paths = tuple(repository / name for name in PACKAGES)
    return source_revision((*paths, repository / "generated" / "openapi", PACKAGE_CONFIG))


def emulator_provenance(
    revision: SourceRevision, repository: Path = REPOSITORY, generated: Path = GENERATED
) -> dict[str, Any]:
    specs_root = repository / SPECS.relative_to(REPOSITORY)
    specs = {}
    for bundle in bundles(generated):
        source = specs_root / bundle.parent / "openapi.yaml"
        if source.is_file():
            specs[str(source.relative_to(repository))] = _sha256(source)
    return {
        "distribution": DISTRIBUTION,
        "version": toolchain_version(),
        "specs": specs,
        "bundled_specs": {
            str(BUNDLED_SPECS / bundle): _sha256(generated / "openapi" / bundle)
            for bundle in bundles(generated)
        },
        "generator": {"videoapi-specs": toolchain_version()},
        "build_backend": BUILD_BACKEND,
        "source_commit": revision.commit,
        "source_modified": revision.modified,
    }


def stage_emulator(
    provenance: dict[str, Any],
    into: Path,
    repository: Path = REPOSITORY,
    generated: Path = GENERATED,
) -> Path:
    """The emulator's distribution folder, ready for the build backend."""
    root = into / DISTRIBUTION
    for package in PACKAGES:
        for path in sorted((repository / package).rglob("*")):
            relative = path.relative_to(repository)
            if path.is_file() and not CACHES.intersection(relative.parts):
                copy_file(path, root / relative)
    for bundle in bundles(generated):
        copy_file(generated / "openapi" / bundle, root / BUNDLED_SPECS / bundle)
    copy_file(LICENSE, root / "LICENSE")
    pyproject = (PACKAGE_CONFIG / "pyproject.toml").read_text(encoding="utf-8")
    pyproject = re.sub(
        r'^version = "0\.0\.0".*$',
        f'version = "{provenance["version"]}"',
        pyproject,
        count=1,
        flags=re.MULTILINE,
    )
    (root / "pyproject.toml").write_text(pyproject + BUILD_SETTINGS, encoding="utf-8")
    readme = (PACKAGE_CONFIG / "README.md").read_text(encoding="utf-8")
    (root / "README.md").write_text(readme + provenance_note(provenance), encoding="utf-8")
    (root / PROVENANCE_FILE).write_text(
        json.dumps(provenance, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return root


def provenance_note(provenance: dict[str, Any]) -> str:
    specs = "".join(
        f"| spec | `{spec}` (sha256 `{digest}`) |\n" for spec, digest in provenance["specs"].items()
    )
    commit = provenance["source_commit"]
    if provenance["source_modified"]:
        commit += " (with uncommitted changes)"
    return (
        "\n## Provenance\n\n| | |\n|---|---|\n"
        f"{specs}| source commit | `{commit}` |\n\n"
        "Machine-readable: `importlib.metadata.distribution("
        f'"{DISTRIBUTION}").read_text("extra_metadata/{EXTRA_METADATA_FILE}")`.\n'
    )


def build_emulator(out: Path, revision: SourceRevision | None = None) -> tuple[Path, Path]:
    """The emulator's sdist and wheel, into `out`."""
    check_build_backend()
    revision = revision or emulator_revision()
    provenance = emulator_provenance(revision)
    with tempfile.TemporaryDirectory(prefix="videoapi-emulator-dist-") as scratch:
        staged = stage_emulator(provenance, Path(scratch))
        return build(staged, out, source_date_epoch(revision))
