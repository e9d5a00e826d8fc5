"""The project's OpenAPI extensions: the one table of them, as data.

Every extension the specs may carry is listed here once: its name (all under
`PREFIX`), where in a spec it goes, what it means, and the names it had before
(specs written before the rename used them). specs/README.md's "Extensions"
table is this table (tests/speclib/test_extensions.py holds them together;
`python -m speclib.extensions` prints it). The house rule `extension-known`
refuses any other `x-` key, and `rename_former` brings an old document up to
date (the diff tool does it to a base from before the rename).

Other modules keep their own string literals for the extensions they read.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

PREFIX = "x-videoapi-"


@dataclass(frozen=True)
class Extension:
    name: str
    where: str
    meaning: str
    former: tuple[str, ...] = ()


EXTENSIONS: tuple[Extension, ...] = (
    Extension(
        "x-videoapi-cloud",
        "spec root, common.yaml",
        "the cloud the document belongs to (`tencentcloud`, `huaweicloud`), the folder "
        "under specs/",
    ),
    Extension(
        "x-videoapi-service",
        "spec root",
        "service name (Tencent: the credential-scope service name)",
        ("x-tc-service", "x-hw-service"),
    ),
    Extension(
        "x-videoapi-api-version",
        "Tencent spec root",
        "the X-TC-Version of the service",
        ("x-tc-version",),
    ),
    Extension(
        "x-videoapi-regions",
        "spec root",
        "regions the pages say the API supports",
        ("x-tc-regions", "x-hw-regions"),
    ),
    Extension(
        "x-videoapi-read-only",
        "operation",
        "`true` when the operation changes nothing on the cloud (clients may retry it, "
        "live contract runs may send it), else `false`",
    ),
    Extension(
        "x-videoapi-waiter",
        "operation that reads a job",
        "a waiter in the generated service client, `wait_until_<name>()`: "
        "`{name, status, success, failure}`: the output field with the job's state and the "
        "states that end it well or badly; the client polls the operation until one of them",
    ),
    Extension(
        "x-videoapi-paginator",
        "operation that lists",
        "a paginator in the generated service client, `iter_<name>()`: "
        "`{name, offset, limit, items, total}`: the paging parameters, the output's item list "
        "and its total count; the client fetches page after page as the iteration needs them",
    ),
    Extension(
        "x-videoapi-rate-limit",
        "operation",
        "documented limit, `{requests: 20, per: second}` (per action)",
        ("x-rate-limit",),
    ),
    Extension(
        "x-videoapi-operation-error-codes",
        "operation",
        "the operation's own documented codes: code → meaning",
        ("x-error-codes",),
    ),
    Extension(
        "x-videoapi-cloud-error-codes",
        "common.yaml, spec root",
        "codes any operation of the cloud may return",
        ("x-common-error-codes",),
    ),
    Extension(
        "x-videoapi-unit",
        "number property",
        "unit of the value (`ms`, `s`, `unix-s`, `unix-ms`, `byte`, `px`)",
        ("x-unit",),
    ),
    Extension(
        "x-videoapi-url-validity",
        "URL property",
        "how long a returned URL works",
        ("x-url-validity",),
    ),
    Extension(
        "x-videoapi-deprecation",
        "operation",
        "why and since when an action is deprecated",
        ("x-deprecation",),
    ),
    Extension(
        "x-videoapi-last-updated",
        "info",
        'the "last updated" line of each vendor page',
        ("x-last-updated",),
    ),
    Extension(
        "x-videoapi-comma-separated-enum",
        "query parameter",
        "values of a comma-separated list parameter",
        ("x-comma-separated-enum",),
    ),
    Extension(
        "x-videoapi-signing-algorithm",
        "security scheme",
        "the signature algorithm name",
        ("x-signing-algorithm",),
    ),
    Extension(
        "x-videoapi-vendor-name",
        "schema",
        "the vendor structure a second schema transcribes (see below)",
        ("x-vendor-name",),
    ),
    Extension(
        "x-videoapi-invalid-value-code",
        "request schema",
        "the documented code the cloud answers when a value breaks this schema (instead of "
        "InvalidParameterValue); the emulator answers it",
        ("x-error-code",),
    ),
    Extension(
        "x-videoapi-assumption",
        "webhook, schema",
        "what is this project's assumption rather than documented, and why",
        ("x-assumption",),
    ),
    Extension(
        "x-videoapi-doc-check-accepted",
        "operation",
        "differences from the vendor page the maintainers accept: a list of "
        "`{rule, subject, reason}` (see below); `make doc-check` reports them as accepted",
        ("x-doc-check-accepted",),
    ),
)

NAMES: frozenset[str] = frozenset(extension.name for extension in EXTENSIONS)
# Former name → current name.
RENAMED: Mapping[str, str] = {
    former: extension.name for extension in EXTENSIONS for former in extension.former
}

# Keys whose value maps names chosen by the spec's author (properties, status codes,
# header names, component names ...) to objects: those keys are names, not fields, so
# an `x-` among them is no extension. (Under `components`, every section is such a map.)
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "dependentSchemas",
        "$defs",
        "paths",
        "webhooks",
        "callbacks",
        "responses",
        "headers",
        "content",
        "encoding",
        "links",
        "variables",
        "mapping",
        "scopes",
        "security",  # a list of requirements, each keyed by scheme names
    }
)
# Keys whose values are payloads (example data), not OpenAPI: never looked into.
EXAMPLE_KEYS = frozenset({"example", "examples"})

Path = tuple[str | int, ...]


def extension_keys(document: Any) -> Iterator[tuple[Path, str]]:
    """(path of the object, key) of every `x-` key at an extension's place, any depth:
    neither a name in a map of names nor anything inside an example."""
    yield from _walk(document, (), names=False)


def _walk(node: Any, path: Path, names: bool) -> Iterator[tuple[Path, str]]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*path, index), names)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if names:
            yield from _walk(value, (*path, key), names=False)
            continue
        if not isinstance(key, str):
            continue
        if key.startswith("x-"):
            yield path, key
        if key in EXAMPLE_KEYS:
            continue
        # components/<section> maps component names.
        in_components = path == ("components",) and not key.startswith("x-")
        child_names = key in NAME_MAPS or in_components
        yield from _walk(value, (*path, key), child_names)


def rename_former(document: Any) -> Any:
    """A copy of `document` with every former extension name replaced by its current
    name, at any depth (where `extension_keys` finds keys; the order of keys is kept)."""
    result = copy.deepcopy(document)
    places = [(path, key) for path, key in extension_keys(result) if key in RENAMED]
    # The deepest first: renaming a key must not move what is still to be renamed below it.
    for path, key in sorted(places, key=lambda place: len(place[0]), reverse=True):
        holder = result
        for step in path:
            holder = holder[step]
        current = RENAMED[key]
        if current in holder:
            raise ValueError(f"both {key!r} and {current!r} in one object at {path}")
        items = list(holder.items())
        holder.clear()
        holder.update((current if name == key else name, value) for name, value in items)
    return result


def markdown_table() -> str:
    """specs/README.md's "Extensions" table."""
    lines = ["| extension | where | meaning | former names |", "|---|---|---|---|"]
    for extension in EXTENSIONS:
        former = ", ".join(f"`{name}`" for name in extension.former)
        lines.append(f"| `{extension.name}` | {extension.where} | {extension.meaning} | {former} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
