"""The `vendor` command line: what each form does and prints, and its exit code.

Exit codes: 0 done / no drift, 1 drift or refused, 2 a request that cannot be carried out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from toolchain.distributions import UnknownDistribution
from toolchain.vendoring.drift import local_changes, staleness
from toolchain.vendoring.manifest import Manifest, ManifestError, NotVendored
from toolchain.vendoring.place import LocalEdits, Placed, update, vendor
from toolchain.vendoring.render import VendorError

USAGE = """python -m toolchain vendor PACKAGE DEST [--as IMPORT.PATH]
       python -m toolchain vendor verify DEST
       python -m toolchain vendor update DEST [--force]"""


def _describe(manifest: Manifest) -> str:
    return f"{manifest.distribution} {manifest.version} as {manifest.import_path}"


def cmd_add(package: str, dest: Path, import_path: str | None) -> int:
    placed = vendor(package, dest, import_path)
    print(
        f"vendored {_describe(placed.manifest)} into {dest}: {len(placed.written)} files, "
        f"{placed.rewritten_imports} imports rewritten"
    )
    return 0


def cmd_verify(dest: Path) -> int:
    manifest = Manifest.read(dest)
    changes = local_changes(dest, manifest)
    behind = staleness(manifest)
    for line in changes.lines() + behind.lines():
        print(f"  {line}")
    if changes:
        print(f"{dest}: edited since vendoring ({_describe(manifest)})")
    if behind:
        print(f"{dest}: older than this repository; run `python -m toolchain vendor update {dest}`")
    if not changes and not behind:
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


def cmd_update(dest: Path, force: bool) -> int:
    try:
        placed = update(dest, force=force)
    except LocalEdits as refused:
        for line in refused.changes.lines():
            print(f"  {line}")
        print(f"refusing to update {dest}: it has local changes (--force discards them)")
        return 1
    _report_update(dest, placed)
    return 0


def run_vendor(words: list[str], import_path: str | None, force: bool) -> int:
    action = words[0] if words[0] in ("verify", "update") else "add"
    misuse = (
        len(words) != 2
        or (import_path is not None and action != "add")
        or (force and action != "update")
    )
    if misuse:
        print(f"usage: {USAGE}", file=sys.stderr)
        return 2
    try:
        if action == "verify":
            return cmd_verify(Path(words[1]))
        if action == "update":
            return cmd_update(Path(words[1]), force)
        return cmd_add(words[0], Path(words[1]), import_path)
    except (VendorError, NotVendored, ManifestError, UnknownDistribution) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
