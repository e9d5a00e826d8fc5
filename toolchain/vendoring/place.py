"""Writing a vendored copy into another project's tree, and refreshing it there."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from toolchain.distributions import GENERATED, GeneratedDistribution, find_distribution
from toolchain.vendoring.drift import LocalChanges, local_changes
from toolchain.vendoring.manifest import MANIFEST, Manifest, tree_files
from toolchain.vendoring.render import VendorError, manifest_for, render_copy


class LocalEdits(VendorError):
    """The vendored copy was edited where it lives; updating would lose the edits."""

    def __init__(self, dest: Path, changes: LocalChanges) -> None:
        super().__init__(f"{dest} has local changes")
        self.changes = changes


@dataclass(frozen=True)
class Placed:
    manifest: Manifest
    rewritten_imports: int
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _check_destination(dest: Path, import_path: str, source: GeneratedDistribution) -> None:
    last = import_path.rsplit(".", 1)[-1]
    if dest.name != last:
        raise VendorError(
            f"{dest} would be imported as ...{dest.name}, not as {import_path}: "
            f"name the folder {last!r} or pass --as ending in .{dest.name}"
        )
    if dest.resolve().is_relative_to(source.root.resolve().parent.parent):
        raise VendorError(f"{dest} is inside this repository's generated packages")
    if (dest / MANIFEST).exists():
        raise VendorError(f"{dest} already holds a vendored copy: use `vendor update`")
    if dest.exists() and any(dest.iterdir()):
        raise VendorError(f"{dest} exists and is not empty")


def vendor(
    name: str, dest: Path, import_path: str | None = None, generated: Path = GENERATED
) -> Placed:
    """Copy the generated package `name` to `dest`, importable as `import_path`."""
    source = find_distribution(name, generated)
    import_path = import_path or source.package
    copy = render_copy(source, import_path)
    _check_destination(dest, import_path, source)
    for relative, data in copy.files.items():
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    manifest = manifest_for(source, import_path, copy)
    manifest.write(dest)
    return Placed(manifest, copy.rewritten_imports, written=sorted(copy.files))


def update(dest: Path, force: bool = False, generated: Path = GENERATED) -> Placed:
    """Refresh `dest` from the current generated package; local edits only with `force`."""
    old = Manifest.read(dest)
    changes = local_changes(dest, old)
    if changes and not force:
        raise LocalEdits(dest, changes)
    source = find_distribution(old.distribution, generated)
    copy = render_copy(source, old.import_path)
    present = tree_files(dest)
    # Files the new copy no longer has; with --force, also files added by hand.
    obsolete = set(old.files) - set(copy.files)
    if force:
        obsolete |= set(changes.added)
    removed = sorted(name for name in obsolete if name in present)
    for name in removed:
        present[name].unlink()
    _remove_empty_folders(dest)
    written = []
    for relative, data in copy.files.items():
        target = dest / relative
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(relative)
    manifest = manifest_for(source, old.import_path, copy)
    manifest.write(dest)
    return Placed(manifest, copy.rewritten_imports, written=written, removed=removed)


def _remove_empty_folders(dest: Path) -> None:
    for folder in sorted((p for p in dest.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
