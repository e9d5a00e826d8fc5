"""The `vendor` command line: what each form does and prints, and its exit code.

Exit codes: 0 done / no drift, 1 drift or refused, 2 a request that cannot be carried out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from speclib.catalog import REPOSITORY
from toolchain.distributions import UnknownDistribution, find_distribution, stale_specs
from toolchain.vendoring.drift import local_changes, staleness
from toolchain.vendoring.manifest import Manifest, ManifestError, NotVendored
from toolchain.vendoring.place import LocalEdits, Placed, update, vendor
from toolchain.vendoring.render import VendorError

USAGE = """python -m toolchain vendor PACKAGE DEST [--as IMPORT.PATH]
       python -m toolchain vendor verify DEST [--source CHECKOUT]
       python -m toolchain vendor update DEST [--source CHECKOUT] [--force]"""


class StaleSource(RuntimeError):
    """The source checkout's generated package no longer matches its specs."""


def is_checkout(path: Path) -> bool:
    return (path / "generated").is_dir() and (path / "specs").is_dir()


def source_checkout(manifest: Manifest, given: Path | None) -> Path:
    """The videoapi-specs checkout to compare with: --source, else the one the manifest
    names (while it is still there), else the one this command runs from."""
    if given is not None:
        if not is_checkout(given):
            raise VendorError(f"--source {given} is not a videoapi-specs checkout")
        return given
    if manifest.source and is_checkout(Path(manifest.source)):
        return Path(manifest.source)
    return REPOSITORY


def check_source_fresh(manifest: Manifest, checkout: Path) -> None:
    try:
        source = find_distribution(manifest.distribution, checkout / "generated")
    except UnknownDistribution:
        return  # reported as missing by staleness()
    stale = stale_specs(source, checkout)
    if stale:
        raise StaleSource(
            f"{checkout}: generated/ is stale: {', '.join(stale)} changed since "
            f"{manifest.distribution} was generated; run `make generate` in {checkout}, "
            "then `vendor update`"
        )


def _describe(manifest: Manifest) -> str:
    return f"{manifest.distribution} {manifest.version} as {manifest.import_path}"


def cmd_add(package: str, dest: Path, import_path: str | None) -> int:
    placed = vendor(package, dest, import_path)
    print(
        f"vendored {_describe(placed.manifest)} into {dest}: {len(placed.written)} files, "
        f"{placed.rewritten_imports} imports rewritten"
    )
    return 0


def cmd_verify(dest: Path, given: Path | None = None) -> int:
    manifest = Manifest.read(dest)
    checkout = source_checkout(manifest, given)
    edited = local_changes(dest, manifest)
    for line in edited.lines():
        print(f"  {line}")
    if edited:
        print(f"{dest}: edited since vendoring ({_describe(manifest)})")
    try:
        check_source_fresh(manifest, checkout)
    except StaleSource as stale:
        print(f"{dest}: cannot tell whether it is current: {stale}")
        return 1
    behind = staleness(manifest, checkout / "generated", checkout)
    for line in behind.lines():
        print(f"  {line}")
    if behind:
        where = "" if checkout == REPOSITORY else f" --source {checkout}"
        print(
            f"{dest}: older than {checkout}; run `python -m toolchain vendor update {dest}{where}`"
        )
    if not edited and not behind:
        print(f"{dest}: {_describe(manifest)}, as vendored and current")
        return 0
    return 1


def _report_update(dest: Path, placed: Placed) -> None:
    for name in placed.written:
        print(f"  wrote    {name}")
    for name in placed.removed:
        print(f"  removed  {name}")
    if placed.written or placed.removed:
        print(f"updated {dest}: {_describe(placed.manifest)}")
    else:
        print(f"{dest}: already current ({_describe(placed.manifest)})")


def cmd_update(dest: Path, force: bool, given: Path | None = None) -> int:
    manifest = Manifest.read(dest)
    checkout = source_checkout(manifest, given)
    try:
        check_source_fresh(manifest, checkout)
        placed = update(dest, force=force, generated=checkout / "generated")
    except StaleSource as stale:
        print(f"refusing to update {dest}: {stale}")
        return 1
    except LocalEdits as refused:
        for line in refused.changes.lines():
            print(f"  {line}")
        print(f"refusing to update {dest}: it has local changes (--force discards them)")
        return 1
    _report_update(dest, placed)
    return 0


def run_vendor(
    words: list[str], import_path: str | None, force: bool, source: str | None = None
) -> int:
    action = words[0] if words[0] in ("verify", "update") else "add"
    misuse = (
        len(words) != 2
        or (import_path is not None and action != "add")
        or (force and action != "update")
        or (source is not None and action == "add")
    )
    if misuse:
        print(f"usage: {USAGE}", file=sys.stderr)
        return 2
    try:
        given = Path(source) if source else None
        if action == "verify":
            return cmd_verify(Path(words[1]), given)
        if action == "update":
            return cmd_update(Path(words[1]), force, given)
        return cmd_add(words[0], Path(words[1]), import_path)
    except (VendorError, NotVendored, ManifestError, UnknownDistribution) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
