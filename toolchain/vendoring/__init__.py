"""Vendoring: a generated package copied into another project's tree, and kept honest there.

`python -m toolchain vendor PACKAGE DEST [--as IMPORT.PATH]` writes the copy (place.py)
with its self-imports rewritten (imports.py), its LICENSE and provenance, and a
VENDORED.json manifest (manifest.py); `vendor verify DEST` reports drift (drift.py);
`vendor update DEST [--force]` refreshes it (place.py).
"""
