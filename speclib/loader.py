"""Read spec files as plain JSON-compatible data.

YAML's implicit timestamps would turn `2019-09-19` into a date; API specs only
hold JSON values, so the loader keeps such scalars as strings.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml


class JsonCompatibleLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver."""


JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_text(text: str) -> Any:
    return yaml.load(text, Loader=JsonCompatibleLoader)


@lru_cache(maxsize=256)
def _load_cached(path: str, mtime_ns: int) -> str:
    return json.dumps(load_text(Path(path).read_text(encoding="utf-8")))


def load_file(path: Path) -> Any:
    """Load a YAML or JSON file; every call returns a fresh copy."""
    resolved = path.resolve()
    return json.loads(_load_cached(str(resolved), resolved.stat().st_mtime_ns))


def dump_yaml(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
