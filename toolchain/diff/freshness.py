"""Whether a snapshot's generated/ was made from its own specs.

Every generated package records the sha256 of the specs it was generated from
(its PROVENANCE). When a spec no longer has that digest, the package is stale:
comparing it would report the old API as the new one (or nothing at all), so the
diff refuses, naming the package and the command that fixes it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from toolchain.distributions import read_provenance

FIX = "run `make generate` (or pass --no-python-api to compare the specs only)"
PROVENANCE_GLOBS = (
    "generated/clients/*/*/_provenance.py",
    "generated/models/*/*/__init__.py",
)


def stale_packages(root: Path) -> list[str]:
    """One line per generated package of `root` whose specs changed since it was generated."""
    problems = []
    for pattern in PROVENANCE_GLOBS:
        for module in sorted(root.glob(pattern)):
            package_dir = module.parent
            try:
                provenance = read_provenance(package_dir)
            except (ValueError, SyntaxError, KeyError):
                continue  # not a generated package (no PROVENANCE literal)
            distribution = package_dir.parent.name
            for spec, recorded in provenance.specs.items():
                path = root / spec
                if not path.is_file():
                    problems.append(f"{distribution} was generated from {spec}, which is gone")
                    continue
                actual = hashlib.sha256(path.read_bytes()).hexdigest()
                if actual != recorded:
                    problems.append(
                        f"{distribution} was generated from {spec} with sha256 {recorded[:12]}…, "
                        f"the spec now has {actual[:12]}…"
                    )
    return problems
