"""The failing cases of a run: schemathesis' VCR cassette cut down to its failed interactions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

FAILED = frozenset({"FAILURE", "ERROR"})
Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def keep_failures(cassette: Path, failures: Path) -> int:
    """Write the cassette's failed interactions to `failures`; return how many there are."""
    if not cassette.exists():
        failures.unlink(missing_ok=True)
        return 0
    recorded = yaml.load(cassette.read_text(encoding="utf-8"), Loader=Loader) or {}
    interactions = recorded.get("http_interactions") or []
    failed = [i for i in interactions if str(i.get("status", "")).upper() in FAILED]
    kept = {**recorded, "http_interactions": failed}
    failures.write_text(
        yaml.dump(kept, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120),
        encoding="utf-8",
    )
    return len(failed)
