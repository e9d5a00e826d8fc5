"""Bundle a spec and the files it references into one self-contained document.

References into another file's `components` become components of the bundle
(so shared parts keep their names); any other external reference (examples,
extension values) is inlined. The result has only internal `#/...` references.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from speclib.loader import load_file

COMPONENT_POINTER = re.compile(r"^/components/([A-Za-z]+)/([^/]+)$")


class BundleError(ValueError):
    """A reference cannot be resolved or two components clash."""


def resolve_pointer(document: Any, pointer: str, where: str) -> Any:
    node = document
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise BundleError(f"{where}: pointer {pointer!r} does not resolve")
    return node


@dataclass
class _Component:
    source: tuple[Path, str]
    value: Any = None


@dataclass
class Bundler:
    root: Path
    components: dict[tuple[str, str], _Component] = field(default_factory=dict)

    def bundle(self) -> dict[str, Any]:
        document: dict[str, Any] = load_file(self.root)
        if not isinstance(document, dict):
            raise BundleError(f"{self.root}: not an OpenAPI document")
        own = document.get("components", {})
        # The root's own components are registered first so that references to
        # them from shared files cannot silently shadow them.
        for section, entries in own.items():
            if isinstance(entries, dict) and not section.startswith("x-"):
                for name in entries:
                    self.components[(section, name)] = _Component(
                        (self.root, f"/components/{section}/{name}")
                    )
        result: dict[str, Any] = self._rewrite(document, self.root, own_file=True)
        merged: dict[str, Any] = result.get("components", {})
        for (section, name), component in sorted(self.components.items()):
            entries = merged.setdefault(section, {})
            if component.source[0] == self.root:
                entry = entries.get(name)
                alias = f"#/components/{section}/{name}"
                if isinstance(entry, dict) and entry.get("$ref") == alias:
                    raise BundleError(f"{self.root}: component {section}/{name} refers to itself")
                continue
            existing = entries.get(name)
            if existing == {"$ref": f"#/components/{section}/{name}"}:
                # The root's alias of a shared component becomes the component itself.
                entries[name] = component.value
                continue
            if existing is not None and existing != component.value:
                raise BundleError(
                    f"component {section}/{name} is defined twice with different content"
                )
            entries[name] = component.value
        if merged:
            result["components"] = merged
        check_internal_references(result)
        return result

    def _register(self, path: Path, pointer: str, section: str, name: str) -> str:
        key = (section, name)
        component = self.components.get(key)
        if component is not None:
            if component.source == (path, pointer):
                return f"#/components/{section}/{name}"
            if component.source[0] == self.root:
                # The root declares this name itself; allowed only as an alias of
                # the shared definition (checked when merging).
                own = resolve_pointer(load_file(self.root), component.source[1], str(self.root))
                if isinstance(own, dict) and set(own) == {"$ref"}:
                    component.source = (path, pointer)
                else:
                    raise BundleError(
                        f"{path}#{pointer} clashes with {section}/{name} of {self.root}"
                    )
            else:
                raise BundleError(
                    f"{path}#{pointer} and {component.source[0]}#{component.source[1]} "
                    f"both want the name {section}/{name}"
                )
        else:
            component = _Component((path, pointer))
            self.components[key] = component
        target = resolve_pointer(load_file(path), pointer, str(path))
        component.value = self._rewrite(copy.deepcopy(target), path, own_file=False)
        return f"#/components/{section}/{name}"

    def _rewrite(self, node: Any, base: Path, own_file: bool) -> Any:
        if isinstance(node, list):
            return [self._rewrite(item, base, own_file) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return {key: self._rewrite(value, base, own_file) for key, value in node.items()}
        file_part, _, pointer = ref.partition("#")
        siblings = {k: self._rewrite(v, base, own_file) for k, v in node.items() if k != "$ref"}
        target_file = (base.parent / file_part).resolve() if file_part else base
        if not target_file.exists():
            raise BundleError(f"{base}: referenced file {file_part} does not exist")
        if target_file == self.root.resolve() and own_file:
            resolve_pointer(load_file(target_file), pointer, str(base))
            return {"$ref": f"#{pointer}", **siblings}
        match = COMPONENT_POINTER.match(pointer)
        if match:
            return {"$ref": self._register(target_file, pointer, *match.groups()), **siblings}
        target = resolve_pointer(load_file(target_file), pointer, str(base))
        inlined = self._rewrite(copy.deepcopy(target), target_file, own_file=False)
        if siblings and isinstance(inlined, dict):
            return {**inlined, **siblings}
        return inlined


def iter_references(node: Any, where: str = "#") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            found.append((where, ref))
        for key, value in node.items():
            found.extend(iter_references(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(iter_references(value, f"{where}/{index}"))
    return found


def check_internal_references(document: dict[str, Any]) -> None:
    for where, ref in iter_references(document):
        if not ref.startswith("#"):
            raise BundleError(f"{where}: external reference {ref!r} left in the bundle")
        resolve_pointer(document, ref[1:], where)


def bundle_spec(path: Path) -> dict[str, Any]:
    """Return the spec at `path` with every external reference resolved."""
    return Bundler(path.resolve()).bundle()
