"""The files of a vendored copy, made in memory from the generated package.

A vendored copy is the import package's folder (every module, py.typed, the
provenance the generator wrote into it) with its absolute self-imports moved to
the new import path, plus the distribution's LICENSE, plus VENDORED.json.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass

from toolchain.distributions import CACHES, GeneratedDistribution, toolchain_version
from toolchain.revision import source_revision
from toolchain.vendoring.imports import rewrite_imports
from toolchain.vendoring.manifest import MANIFEST, Manifest, sha256_bytes

LICENSE = "LICENSE"


class VendorError(ValueError):
    """A vendoring request that cannot be carried out as asked."""


@dataclass(frozen=True)
class VendoredCopy:
    files: dict[str, bytes]  # path inside the vendored folder -> content
    rewritten_imports: int

    def digests(self) -> dict[str, str]:
        return {name: sha256_bytes(data) for name, data in sorted(self.files.items())}


def check_import_path(import_path: str) -> None:
    parts = import_path.split(".")
    if not all(part.isidentifier() and not keyword.iskeyword(part) for part in parts):
        raise VendorError(f"{import_path!r} is not a dotted Python import path")


def render_copy(source: GeneratedDistribution, import_path: str) -> VendoredCopy:
    check_import_path(import_path)
    files: dict[str, bytes] = {}
    rewritten = 0
    for path in sorted(source.package_dir.rglob("*")):
        relative = path.relative_to(source.package_dir)
        if not path.is_file() or CACHES.intersection(relative.parts):
            continue
        data = path.read_bytes()
        if path.suffix == ".py":
            text, count = rewrite_imports(data.decode("utf-8"), source.package, import_path)
            data, rewritten = text.encode("utf-8"), rewritten + count
        files[relative.as_posix()] = data
    if LICENSE in files or MANIFEST in files:
        raise VendorError(f"{source.package_dir} holds a file named {LICENSE} or {MANIFEST}")
    files[LICENSE] = (source.root / LICENSE).read_bytes()
    return VendoredCopy(files, rewritten)


def manifest_for(source: GeneratedDistribution, import_path: str, copy: VendoredCopy) -> Manifest:
    provenance = source.provenance()
    revision = source_revision((source.root,))
    checkout = source.root.parent.parent.parent.resolve()  # generated/<kind>/<distribution>
    return Manifest(
        distribution=source.distribution,
        package=source.package,
        version=source.version,
        import_path=import_path,
        specs=provenance.specs,
        generator={"videoapi-specs": toolchain_version(), **provenance.tools},
        source_commit=revision.commit,
        source_modified=revision.modified,
        files=copy.digests(),
        source=str(checkout) if (checkout / "specs").is_dir() else "",
    )
