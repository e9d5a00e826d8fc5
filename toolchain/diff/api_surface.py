"""The public surface of a generated Python package, as lines, and its fingerprint.

A package is read as source with griffe (never imported). Its surface is one line
per public object a caller can reach: each module, class (with its bases and
decorators), function or method (with its parameters, their kinds, types and
defaults, and its return type), attribute (with its type and value), and what each
generated endpoint sends as X-TC-Action. A name re-exported from a private module
(`TiwClient` from `_service`) is described where callers import it. Docstrings,
bodies and private modules are not surface.

The sha256 of the sorted lines is the package's API fingerprint, which its version
record (generator/versions/) keeps: equal fingerprints mean the same public API,
without git history; different ones say where to look (`changed_paths`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import griffe

from toolchain.diff.changes import Change

GriffeObject = griffe.Object | griffe.Alias
# How a generated endpoint module sets the Tencent action it sends.
WIRE_ACTION = re.compile(r"""["']X-TC-Action["']\s*(?:\]\s*=|:)\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class SurfaceLine:
    kind: str
    path: str  # as callers write it
    text: str  # the whole description after the path
    # Where the object is defined (a re-export's target): not part of the surface.
    defined: str = field(default="", compare=False)

    def __str__(self) -> str:
        return f"{self.kind} {self.path}{self.text}"


def load_package(name: str, search_path: Path) -> GriffeObject:
    return griffe.load(
        name,
        search_paths=[search_path],
        try_relative_path=False,
        allow_inspection=False,
        store_source=False,
    )


def _resolved(member: GriffeObject, package: str) -> GriffeObject | None:
    """The object an alias stands for when it is the package's own; None for a foreign one."""
    if not isinstance(member, griffe.Alias):
        return member
    try:
        target = member.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if target.path.split(".")[0] != package:
        return None
    return target


def wire_actions(package_dir: Path) -> dict[str, str]:
    """Endpoint module (relative path) → the X-TC-Action its generated code sends."""
    found = {}
    for module in sorted(package_dir.rglob("*.py")):
        match = WIRE_ACTION.search(module.read_text(encoding="utf-8"))
        if match:
            found[module.relative_to(package_dir).as_posix()] = match.group(1)
    return found


def public_objects(package: GriffeObject) -> Iterator[tuple[str, GriffeObject | str]]:
    """(path as callers write it, object) for every public object of a package; a name
    re-exported from elsewhere gives the path it points to, as a string."""
    root = package.path

    def walk(
        obj: GriffeObject, path: str, stack: frozenset[str]
    ) -> Iterator[tuple[str, GriffeObject | str]]:
        # A class offers what it inherits too (a method moved to a base is still there).
        members = obj.all_members if obj.is_class else obj.members
        for name in sorted(members):
            member = members[name]
            if not member.is_public:
                continue
            if member.is_special and kind_name(member) == "attribute":
                continue  # __all__, __version__: not an interface of their own
            target = _resolved(member, root)
            member_path = f"{path}.{name}"
            if target is None or target.path in stack:
                pointed = member.target_path if isinstance(member, griffe.Alias) else member.path
                yield member_path, pointed
                continue
            yield member_path, target
            if target.is_module or target.is_class:
                yield from walk(target, member_path, stack | {target.path})

    yield root, package
    yield from walk(package, root, frozenset({package.path}))


def kind_name(obj: GriffeObject) -> str:
    try:
        return obj.kind.value
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return "alias"


def _parameter(parameter: griffe.Parameter) -> str:
    text = f"{parameter.kind.value if parameter.kind else ''}:{parameter.name}"
    if parameter.annotation is not None:
        text += f": {parameter.annotation}"
    if parameter.default is not None:
        text += f" = {parameter.default}"
    return text


def describe(obj: GriffeObject | str) -> tuple[str, str]:
    """(kind, text after the path) of one public object."""
    if isinstance(obj, str):
        return "alias", f" -> {obj}"
    if isinstance(obj, griffe.Function):
        parameters = ", ".join(_parameter(parameter) for parameter in obj.parameters)
        returns = f" -> {obj.returns}" if obj.returns is not None else ""
        return "function", f"({parameters}){returns}"
    if isinstance(obj, griffe.Class):
        bases = ", ".join(str(base) for base in obj.bases)
        decorators = "".join(f" @{decorator.value}" for decorator in obj.decorators)
        return "class", f"({bases}){decorators}"
    if isinstance(obj, griffe.Attribute):
        text = f": {obj.annotation}" if obj.annotation is not None else ""
        # What `__init__` assigns to an instance is its code; a class's or module's value
        # (a field default, an enum member, a constant) is what callers see.
        if obj.value is not None and "instance-attribute" not in obj.labels:
            text += f" = {obj.value}"
        return "attribute", text
    return kind_name(obj), ""


def surface(package_dir: Path, package: GriffeObject | None = None) -> list[SurfaceLine]:
    """The surface of the package in `package_dir` (the folder named as the import name);
    `package`: the package already loaded from there."""
    if package is None:
        package = load_package(package_dir.name, package_dir.parent)
    lines = []
    for path, obj in public_objects(package):
        kind, text = describe(obj)
        lines.append(SurfaceLine(kind, path, text, obj if isinstance(obj, str) else obj.path))
    for module, action in wire_actions(package_dir).items():
        dotted = f"{package_dir.name}.{module.removesuffix('.py').replace('/', '.')}"
        lines.append(SurfaceLine("wire-action", dotted, f" X-TC-Action={action}"))
    return sorted(set(lines), key=str)


def fingerprint(lines: list[SurfaceLine]) -> str:
    text = "".join(f"{line}\n" for line in sorted(lines, key=str))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def package_fingerprint(package_dir: Path) -> str:
    return fingerprint(surface(package_dir))


@dataclass(frozen=True)
class SurfaceDiff:
    added: list[SurfaceLine]  # the outermost new objects (a new module, not its members)
    removed: list[SurfaceLine]
    changed: list[tuple[SurfaceLine, SurfaceLine]]  # (before, after) at one path


def changed_paths(old: list[SurfaceLine], new: list[SurfaceLine]) -> SurfaceDiff:
    """What differs between two surfaces, object by object."""
    old_by = {(line.kind, line.path): line for line in old}
    new_by = {(line.kind, line.path): line for line in new}
    old_paths = {line.path for line in old}
    new_paths = {line.path for line in new}
    added = [
        line
        for key, line in new_by.items()
        if line.path not in old_paths and not _under(line.path, new_paths - old_paths)
    ]
    removed = [line for key, line in old_by.items() if line.path not in new_paths]
    changed = [
        (old_by[key], new_by[key])
        for key in sorted(old_by.keys() & new_by.keys())
        if old_by[key] != new_by[key]
    ]
    # The same path as another kind of object (a function now a class).
    for key, line in sorted(old_by.items()):
        if key not in new_by and line.path in new_paths:
            other = next(item for item in new if item.path == line.path)
            changed.append((line, other))
    return SurfaceDiff(sorted(added, key=str), sorted(removed, key=str), changed)


def _under(path: str, parents: set[str]) -> bool:
    """Whether `path` is a member of one of `parents` (at any depth)."""
    parts = path.split(".")
    return any(".".join(parts[:length]) in parents for length in range(1, len(parts)))


# A kind of object removed without a rule having said so, and the rule that says it.
REMOVED_RULES = {
    "module": "python-module-removed",
    "class": "python-class-removed",
    "function": "python-function-removed",
}


def surface_changes(
    old: list[SurfaceLine], new: list[SurfaceLine], reported: list[Change]
) -> list[tuple[str, str, str, str]]:
    """(rule, location, before, after) for each difference of two surfaces that the
    `reported` changes do not already cover: each outermost new object, and what changed
    or went where no rule looked (a base class added, a decorator, a constant's value)."""
    diff = changed_paths(old, new)
    locations = [change.location for change in reported]
    renamed_to = {change.after for change in reported if change.rule.id == "python-object-renamed"}
    found = [
        ("python-object-added", line.path, "", line.kind)
        for line in diff.added
        if line.path not in renamed_to
    ]
    for line in diff.removed:
        if not _covered(line, locations):
            rule = REMOVED_RULES.get(line.kind, "python-attribute-removed")
            found.append((rule, line.path, line.kind, ""))
    for before, after in diff.changed:
        if not (_covered(before, locations) or _covered(after, locations)):
            found.append(("python-api-changed", after.path, str(before), str(after)))
    return found


def _covered(line: SurfaceLine, locations: list[str]) -> bool:
    """Whether a change was reported at this object, inside it or around it."""
    for path in {line.path, line.defined}:
        if not path:
            continue
        for location in locations:
            if location == path or location.startswith((f"{path}(", f"{path}.")):
                return True
            if path.startswith(f"{location}."):
                return True
    return False
