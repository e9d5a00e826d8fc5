"""VENDORED.json: what was vendored where, from which specs and generator, file by file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from toolchain.distributions import CACHES

MANIFEST = "VENDORED.json"
FORMAT = 1


class NotVendored(FileNotFoundError):
    """The folder holds no manifest: nothing was vendored there."""


class ManifestError(ValueError):
    """The manifest is not one this version can read."""


@dataclass(frozen=True)
class Manifest:
    distribution: str
    package: str  # the import name it was generated under
    version: str
    import_path: str  # the import name it is vendored under
    specs: dict[str, str]  # specs/<cloud>/<service>/<version>/openapi.yaml -> sha256
    generator: dict[str, str]  # videoapi-specs and each generator tool -> version
    source_commit: str
    source_modified: bool  # the generated package differed from that commit
    files: dict[str, str]  # path inside the vendored folder -> sha256
    # The videoapi-specs checkout it was vendored from (verify/update use it by default).
    source: str = ""

    def render(self) -> str:
        facts = {"format": FORMAT, **asdict(self)}
        facts["files"] = dict(sorted(self.files.items()))
        return json.dumps(facts, indent=2) + "\n"

    def write(self, dest: Path) -> Path:
        target = dest / MANIFEST
        target.write_text(self.render(), encoding="utf-8")
        return target

    @classmethod
    def read(cls, dest: Path) -> Manifest:
        path = dest / MANIFEST
        if not path.is_file():
            raise NotVendored(f"{dest}: no {MANIFEST}; nothing was vendored there")
        try:
            facts: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            if facts.pop("format", None) != FORMAT:
                raise ManifestError(f"{path}: not a format {FORMAT} vendoring manifest")
            return cls(**facts)
        except (json.JSONDecodeError, TypeError) as error:
            raise ManifestError(f"{path}: not a vendoring manifest ({error})") from error


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tree_files(dest: Path) -> dict[str, Path]:
    """Every file of a vendored folder but the manifest and caches, by relative path."""
    return {
        path.relative_to(dest).as_posix(): path
        for path in sorted(dest.rglob("*"))
        if path.is_file()
        and path.relative_to(dest).as_posix() != MANIFEST
        and not CACHES.intersection(path.relative_to(dest).parts)
    }
