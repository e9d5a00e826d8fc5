"""Write the bundled specs into generated/ and check that generated/ is current.

generated/openapi/<cloud>/<service>/<version>/openapi.json is the reference
bundle of each spec: one file, every reference internal, for tools and users
that want a single self-contained document. generated/clients/<distribution>/
holds the client packages, generated/models/<distribution>/ the pydantic models.
"""

from __future__ import annotations

import filecmp
import json
import os
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from clouds import view
from generator.clients import generate_client
from generator.config import load_config
from generator.pydantic_models import generate_models_package
from speclib.bundle import bundle_spec
from speclib.catalog import SPECS, find_specs


def render_json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class Bundles:
    """Each spec bundled once per run (bundling is the costliest step of ours): every call
    gets its own copy, so no consumer sees another's changes."""

    def __init__(self) -> None:
        self._texts: dict[Path, str] = {}
        self._lock = threading.Lock()

    def __call__(self, path: Path) -> dict[str, Any]:
        key = path.resolve()
        with self._lock:
            if key not in self._texts:
                self._texts[key] = json.dumps(bundle_spec(key))
            text = self._texts[key]
        document: dict[str, Any] = json.loads(text)
        return document


def write_generated(out: Path, specs_root: Path = SPECS) -> list[Path]:
    """Regenerate everything into `out`: bundles, client packages, pydantic models.

    The packages are independent (each its own folder, its generator a subprocess), so
    they are written side by side; the result does not depend on which finishes first."""
    config = load_config(specs_root=specs_root)
    bundles = Bundles()
    written = []
    for spec in find_specs(specs_root):
        target = out / "openapi" / spec.cloud / spec.service / spec.version / "openapi.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        bundle = view(bundles(spec.path), "reference")
        target.write_text(render_json(bundle), encoding="utf-8")
        written.append(target)
    workers = max(2, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="generate") as pool:
        clients = [pool.submit(generate_client, client, out, bundles) for client in config.clients]
        models = pool.submit(generate_models_package, config, out, bundles)
        written += [client.result() for client in clients]
        written.append(models.result())
    return written


CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and not CACHES.intersection(path.parts)
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


def check_generated(out: Path, specs_root: Path = SPECS) -> list[str]:
    """Differences between `out` and a fresh generation (empty when current)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        write_generated(fresh, specs_root)
        return compare_trees(fresh, out)
