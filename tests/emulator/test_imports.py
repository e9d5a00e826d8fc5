"""The emulator's modules import one another without cycles (lazy imports inside functions
count too), and never import the code generator, the toolchain or the contract tests."""

from __future__ import annotations

import ast
from pathlib import Path

from speclib.catalog import REPOSITORY

PACKAGE = REPOSITORY / "emulator"
FORBIDDEN = ("generator", "toolchain", "contract")


def module_name(path: Path) -> str:
    parts = path.relative_to(REPOSITORY).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Each emulator module and the modules it imports (`from a import b` counts b when it
    is a module, else a)."""
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                base = node.module
                if node.level:  # relative: from the module's package
                    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}"
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    found.add(target if target in modules else base)
        graph[name] = found
    return graph


def test_no_import_cycles() -> None:
    graph = imports()
    internal = {name: {t for t in targets if t in graph} for name, targets in graph.items()}
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(internal[name]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(internal):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_no_forbidden_imports() -> None:
    offending = {
        (name, target)
        for name, targets in imports().items()
        for target in targets
        if target.split(".")[0] in FORBIDDEN
    }
    assert offending == set()
