"""A package's absolute imports of itself, rewritten for the import path it is vendored under.

Relative imports (`from .models import X`) need nothing. Absolute ones are found with
`ast` (so strings, comments and other packages whose names merely start the same are
left alone) and replaced in place at the positions `tokenize` gives, so the rest of
each line, its comments and its layout stay exactly as generated:

    from pkg.models import X      ->  from my._vendor.tiw.models import X
    import pkg.types as types     ->  import my._vendor.tiw.types as types
    import pkg                    ->  import my._vendor.tiw as pkg
    import pkg.types              ->  import my._vendor.tiw.types as pkg, my._vendor.tiw as pkg

The last form keeps what `import pkg.types` does: load the submodule, bind `pkg` to
the package (the second alias rebinds the name the first one set).
"""

from __future__ import annotations

import ast
import io
import tokenize
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: tuple[int, int]  # (line, column in characters), as tokenize counts
    end: tuple[int, int]
    text: str


def is_own(module: str | None, package: str) -> bool:
    return module is not None and (module == package or module.startswith(package + "."))


def _lines(source: str) -> list[str]:
    """The lines as tokenize and ast number them (str.splitlines also splits at form feeds)."""
    return io.StringIO(source).readlines()


def _character_column(lines: list[str], line: int, byte_column: int) -> int:
    """ast counts columns in UTF-8 bytes, tokenize in characters."""
    return len(lines[line - 1].encode("utf-8")[:byte_column].decode("utf-8"))


def _module_span(
    tokens: list[tokenize.TokenInfo], start: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where the dotted module name of the `from ... import` statement at `start` is."""
    index = next(i for i, token in enumerate(tokens) if token.start == start)
    names = []
    for token in tokens[index + 1 :]:
        if token.type == tokenize.NAME and token.string == "import":
            break
        if token.type in (tokenize.NAME, tokenize.OP):
            names.append(token)
    return names[0].start, names[-1].end


def _alias_text(alias: ast.alias, package: str, import_path: str) -> str:
    renamed = import_path + alias.name[len(package) :]
    if alias.asname:
        return f"{renamed} as {alias.asname}"
    if alias.name == package:
        return f"{import_path} as {package}"
    return f"{renamed} as {package}, {import_path} as {package}"


def import_edits(source: str, package: str, import_path: str) -> list[Edit]:
    tree = ast.parse(source)
    lines = _lines(source)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    edits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and is_own(node.module, package):
            assert node.module is not None
            statement = (node.lineno, _character_column(lines, node.lineno, node.col_offset))
            start, end = _module_span(tokens, statement)
            edits.append(Edit(start, end, import_path + node.module[len(package) :]))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if not is_own(alias.name, package):
                    continue
                assert alias.end_lineno is not None and alias.end_col_offset is not None
                start = (alias.lineno, _character_column(lines, alias.lineno, alias.col_offset))
                end = (
                    alias.end_lineno,
                    _character_column(lines, alias.end_lineno, alias.end_col_offset),
                )
                edits.append(Edit(start, end, _alias_text(alias, package, import_path)))
    return sorted(edits, key=lambda edit: edit.start)


def rewrite_imports(source: str, package: str, import_path: str) -> tuple[str, int]:
    """`source` with its absolute imports of `package` moved under `import_path`, and how many."""
    if package == import_path:
        return source, 0
    edits = import_edits(source, package, import_path)
    lines = _lines(source)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    text = source
    for edit in reversed(edits):
        start = offsets[edit.start[0] - 1] + edit.start[1]
        end = offsets[edit.end[0] - 1] + edit.end[1]
        text = text[:start] + edit.text + text[end:]
    return text, len(edits)
