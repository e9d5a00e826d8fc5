"""Merge a draft into a spec file by inserting text: the file's own formatting and
comments stay exactly as they are.

A new path item goes into `paths:`, a new component into its `components:`
section, each at its place in alphabetical order (the specs keep them sorted),
rendered in the specs' style (two-space mappings, sequences indented under
their key) by ruamel.yaml.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from toolchain.scaffold.draft import FlowMap, ScaffoldError

PLAIN_WORDS = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"})
SPECIAL_START = "!&*-?{}[]|>'\"%@`#,:"
NUMBER = re.compile(r"^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^0[xob]")
SEXAGESIMAL = re.compile(r"^[-+]?\d[\d_]*(:[0-5]?\d)+(\.[\d_]*)?$")  # YAML 1.1 reads 16:9 as 969


def _needs_quotes(value: str) -> bool:
    return (
        not value
        or value.strip() != value
        or value[0] in SPECIAL_START
        or ": " in value
        or "#/" in value  # a reference
        or " #" in value
        or value.endswith(":")
        or value.lower() in PLAIN_WORDS
        or bool(NUMBER.match(value))
        or bool(SEXAGESIMAL.match(value))
    )


def _string(representer: Any, value: str) -> Any:
    """Plain when YAML allows it, else double quotes (the specs' style); text of several
    lines as a literal block."""
    if "\n" in value.rstrip("\n"):
        return representer.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    style = '"' if _needs_quotes(value) else None
    return representer.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _mapping(representer: Any, value: dict[str, Any]) -> Any:
    flow = isinstance(value, FlowMap)
    return representer.represent_mapping("tag:yaml.org,2002:map", value, flow_style=flow)


def _sequence(representer: Any, value: list[Any]) -> Any:
    """Short lists of scalars (enums, required) in flow style, as the specs write them."""
    flow = all(isinstance(item, str | int | float | bool) for item in value) and (
        sum(len(str(item)) + 2 for item in value) < 80
    )
    return representer.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


def render(data: Any, indent: int = 0) -> str:
    """`data` as YAML in the specs' style, every line indented by `indent` spaces."""
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    yaml.representer.add_representer(str, _string)
    yaml.representer.add_representer(dict, _mapping)
    yaml.representer.add_representer(FlowMap, _mapping)
    yaml.representer.add_representer(list, _sequence)
    out = io.StringIO()
    yaml.dump(data, out)
    prefix = " " * indent
    return "".join(
        prefix + line if line.strip() else line for line in out.getvalue().splitlines(True)
    )


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_key(line: str, indent: int) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and not stripped.startswith("#")
        and _indent_of(line) == indent
        and not stripped.startswith("- ")
    )


def _key_of(line: str) -> str:
    key = line.strip().split(":", 1)[0] if not line.strip().startswith('"') else line.strip()
    if key.startswith(('"', "'")):
        quote = key[0]
        key = key[1 : key.index(quote, 1)]
    return key


def _section(lines: list[str], keys: list[str]) -> tuple[int, int, int]:
    """(first line of the section's body, line after its end, indent of its children)
    of the mapping at `keys` (e.g. ["components", "schemas"])."""
    start, end, indent = 0, len(lines), 0
    for key in keys:
        found = None
        for index in range(start, end):
            if _is_key(lines[index], indent) and _key_of(lines[index]) == key:
                found = index
                break
        if found is None:
            raise ScaffoldError(f"the spec has no {'/'.join(keys)} section")
        start = found + 1
        stop = start
        while stop < end and (not lines[stop].strip() or _indent_of(lines[stop]) > indent):
            stop += 1
        end = stop
        indent += 2
    return start, end, indent


def insert_entry(text: str, section: list[str], key: str, value: Any) -> str:
    """`text` with `key: value` added to the mapping at `section`, in sorted place."""
    lines = text.splitlines(True)
    start, end, indent = _section(lines, section)
    entries = [i for i in range(start, end) if _is_key(lines[i], indent)]
    if any(_key_of(lines[i]) == key for i in entries):
        raise ScaffoldError(f"{'/'.join(section)} already has {key}")
    names = [_key_of(lines[i]) for i in entries]
    if names == sorted(names):
        position = next((i for i in entries if _key_of(lines[i]) > key), end)
    else:  # a section kept in an order of its own: the new entry goes last
        position = end
    while position > start and position == end and not lines[position - 1].strip():
        position -= 1  # keep blank lines that end the section after the new entry
    block = render({key: value}, indent)
    return "".join(lines[:position]) + block + "".join(lines[position:])


def has_entry(text: str, section: list[str], key: str) -> bool:
    lines = text.splitlines(True)
    try:
        start, end, indent = _section(lines, section)
    except ScaffoldError:
        return False
    return any(_is_key(lines[i], indent) and _key_of(lines[i]) == key for i in range(start, end))


def write_example(folder: Path, name: str, example: dict[str, Any]) -> bool:
    """Write examples/<name> unless it exists; True when written."""
    path = folder / "examples" / name
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(example), encoding="utf-8")
    return True
