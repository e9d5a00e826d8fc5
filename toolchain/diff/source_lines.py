"""From a JSON pointer in a bundled spec back to the line of the hand-written file.

A bundle keeps the root spec's own layout, and each component taken from a
shared file (`common.yaml`) under its name; the bundler records where every
component came from. So a pointer is first moved to its file (the component's
source, or the root spec), then followed through that file's YAML nodes: the
line is the deepest key the pointer reaches (a removed property is reported on
its schema's `properties:` line, an inlined `$ref` on the `$ref` line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from speclib.bundle import COMPONENT_POINTER, Bundler


def _tokens(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def _line_in(node: yaml.Node, tokens: list[str]) -> int | None:
    """The 1-based line of the deepest key (or item) of `tokens` inside `node`."""
    line: int | None = None
    for token in tokens:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == token:
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and token.isdigit():
            index = int(token)
            if index >= len(node.value):
                return line
            node = node.value[index]
            line = node.start_mark.line + 1
        else:
            return line
    return line


@dataclass
class SourceMap:
    """Where each part of one bundled spec was written, relative to `repository`."""

    root: Path
    repository: Path
    components: dict[tuple[str, str], tuple[Path, str]]
    _trees: dict[Path, yaml.Node | None] = field(default_factory=dict)

    @classmethod
    def of(cls, bundler: Bundler, repository: Path) -> SourceMap:
        sources = {key: component.source for key, component in bundler.components.items()}
        return cls(bundler.root, repository, sources)

    def _tree(self, path: Path) -> yaml.Node | None:
        if path not in self._trees:
            try:
                self._trees[path] = yaml.compose(path.read_text(encoding="utf-8"))
            except (OSError, yaml.YAMLError):
                self._trees[path] = None
        return self._trees[path]

    def locate(self, pointer: str) -> tuple[str, int | None]:
        """The file (relative to the repository) and line a bundle pointer comes from."""
        path, inner = self.root, pointer
        tokens = _tokens(pointer)
        if len(tokens) >= 3 and tokens[0] == "components":
            source = self.components.get((tokens[1], tokens[2]))
            head = f"/components/{tokens[1]}/{tokens[2]}"
            if source is not None and COMPONENT_POINTER.match(head):
                path, base = source
                inner = base + pointer[len(head) :] if pointer.startswith(head) else base
        tree = self._tree(path)
        line = _line_in(tree, _tokens(inner)) if tree is not None else None
        try:
            relative = path.resolve().relative_to(self.repository.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        return relative, line
