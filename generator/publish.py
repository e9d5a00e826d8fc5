"""Write the bundled specs into generated/ and check that generated/ is current.

generated/openapi/<cloud>/<service>/<version>/openapi.json is the reference
bundle of each spec: one file, every reference internal, for tools and users
that want a single self-contained document.
"""

from __future__ import annotations

import filecmp
import json
import tempfile
from pathlib import Path
from typing import Any

from generator.bundle import bundle_spec
from generator.catalog import find_specs
from generator.consumers import derive


def render_json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_generated(out: Path) -> list[Path]:
    written = []
    for spec in find_specs():
        target = out / "openapi" / spec.cloud / spec.service / spec.version / "openapi.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            render_json(derive(bundle_spec(spec.path), "reference")), encoding="utf-8"
        )
        written.append(target)
    return written


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare_trees(expected: Path, actual: Path) -> list[str]:
    want, have = _tree(expected), _tree(actual)
    lines = [f"missing  {name}" for name in sorted(set(want) - set(have))]
    lines += [f"extra    {name}" for name in sorted(set(have) - set(want))]
    lines += [
        f"changed  {name}"
        for name in sorted(set(want) & set(have))
        if not filecmp.cmp(want[name], have[name], shallow=False)
    ]
    return lines


def check_generated(out: Path) -> list[str]:
    """Differences between `out` and a fresh generation (empty when current)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        write_generated(fresh)
        return compare_trees(fresh, out)
