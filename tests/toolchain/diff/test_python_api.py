"""Every rule of the generated-Python-API comparison fires on a pair of tiny packages
that makes that change, and stays quiet on a nearby pair that does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import griffe
import pytest

from toolchain.diff.python_api import (
    BREAKAGE_RULES,
    IGNORED_BREAKAGES,
    base_type,
    compare_python_api,
)
from toolchain.diff.rules import RULES

Files = dict[str, str]
Edit = Callable[[Files], None]
PACKAGE = "generated/clients/thing-client/thing_client"

BASE: Files = {
    "__init__.py": '"""Thing client."""\n\nfrom .models import Thing\n\n__all__ = ("Thing",)\n',
    "status.py": "RUNNING = 'RUNNING'\n",
    "api.py": (
        "from .models import Thing\n\n\n"
        "def call(client: str, *, body: Thing, timeout: float = 10.0) -> Thing:\n"
        "    return body\n\n\n"
        "def ping(a: int, b: int) -> None:\n"
        "    return None\n\n\n"
        "def find(name: str) -> Thing | None:\n"
        "    return None\n"
    ),
    "models.py": (
        "from typing import Annotated\n\n"
        "from attrs import define\n"
        "from pydantic import BaseModel, Field\n\n"
        "from .types import UNSET, Unset\n\n\n"
        "@define\n"
        "class Thing:\n"
        "    name: str\n"
        "    size: int | Unset = UNSET\n\n\n"
        "class Extra:\n"
        "    pass\n\n\n"
        "class Base:\n"
        "    pass\n\n\n"
        "class Derived(Base):\n"
        "    pass\n\n\n"
        "class Shape(BaseModel):\n"
        "    width: Annotated[int | None, Field(alias='Width', ge=2)] = None\n"
    ),
    "types.py": "class Unset:\n    pass\n\n\nUNSET = Unset()\n",
    "describe_thing.py": 'HEADERS: dict[str, str] = {}\nHEADERS["X-TC-Action"] = "DescribeThing"\n',
}


def replace(file: str, old: str, new: str) -> Edit:
    def edit(files: Files) -> None:
        assert old in files[file], (file, old)
        files[file] = files[file].replace(old, new)

    return edit


def delete(file: str) -> Edit:
    def edit(files: Files) -> None:
        del files[file]

    return edit


def add(file: str, text: str) -> Edit:
    def edit(files: Files) -> None:
        files[file] = text

    return edit


def write(root: Path, files: Files) -> Path:
    for name, text in files.items():
        path = root / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def rules_fired(tmp_path: Path, edits: list[Edit], complete: bool = False) -> list[str]:
    files = dict(BASE)
    for edit in edits:
        edit(files)
    old = write(tmp_path / "old", BASE)
    new = write(tmp_path / "new", files)
    # Thing is a model callers build (a request), Shape one they read (a response).
    sides = {"Thing": frozenset({"request"}), "Shape": frozenset({"response"})}
    found = compare_python_api(old, new, sides, complete=complete)
    return sorted(change.rule.id for change in found)


# Rules of the complete comparison only (the version rule's; `make diff` lists what breaks).
COMPLETE_ONLY = frozenset({"python-object-added", "python-api-changed"})


PING_BODY = "def ping(a: int, b: int) -> None:\n    return None\n"
# rule: (edits that must make it fire, edits that must not)
CASES: dict[str, tuple[list[Edit], list[Edit]]] = {
    "python-module-removed": ([delete("status.py")], [add("extra.py", "X = 1\n")]),
    "python-class-removed": (
        [replace("models.py", "class Extra:\n    pass\n", "")],
        [add("extra.py", "class Extra2:\n    pass\n")],
    ),
    "python-function-removed": (
        [replace("api.py", PING_BODY, "")],
        [add("more.py", "def pong() -> None:\n    return None\n")],
    ),
    "python-attribute-removed": (
        [replace("models.py", "    size: int | Unset = UNSET\n", "")],
        [replace("models.py", "    name: str\n", "    name: str\n    colour: str = ''\n")],
    ),
    "python-object-renamed": (
        [replace("models.py", "class Extra:", "class Extras:")],
        [
            replace("models.py", "class Extra:\n    pass\n", ""),
            add("more.py", "def pong() -> None:\n    return None\n"),
        ],
    ),
    "python-object-kind-changed": (
        [replace("api.py", PING_BODY, "ping = 1\n")],
        [replace("api.py", "    return None\n", "    return print(a, b)\n")],
    ),
    "python-parameter-removed": (
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int)")],
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int, b: int, c: int = 0)")],
    ),
    "python-parameter-added-required": (
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int, b: int, c: int)")],
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int, b: int, c: int = 0)")],
    ),
    "python-parameter-now-required": (
        [replace("api.py", "timeout: float = 10.0", "timeout: float")],
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int, b: int = 0)")],
    ),
    "python-parameter-moved": (
        [replace("api.py", "def ping(a: int, b: int)", "def ping(b: int, a: int)")],
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int, b: int, c: int = 0)")],
    ),
    "python-parameter-kind-changed": (
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int, *, b: int)")],
        [replace("api.py", "client: str, *, body: Thing,", "client: str, body: Thing, *,")],
    ),
    "python-parameter-default-changed": (
        [replace("api.py", "timeout: float = 10.0", "timeout: float = 30.0")],
        [replace("api.py", "    return body\n", '    """Send it."""\n    return body\n')],
    ),
    "python-return-type-changed": (
        [replace("api.py", ") -> Thing:", "):")],
        [replace("api.py", PING_BODY, "def ping(a: int, b: int) -> int:\n    return a\n")],
    ),
    "python-parameter-type-changed": (
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: str, b: int)")],
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int | str, b: int)")],
    ),
    "python-parameter-type-widened": (
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: int | str, b: int)")],
        [replace("api.py", "def ping(a: int, b: int)", "def ping(a: str, b: int)")],
    ),
    "python-return-type-narrowed": (
        [replace("api.py", "-> Thing | None:", "-> Thing:")],
        [replace("api.py", "-> Thing | None:", "-> Thing | int | None:")],
    ),
    "python-object-added": (
        [add("more.py", "def pong() -> None:\n    return None\n")],
        [replace("models.py", "class Extra:", "class Extras:")],
    ),
    "python-api-changed": (
        [replace("models.py", "class Derived(Base):", "class Derived(Base, Extra):")],
        [replace("api.py", "    return body\n", '    """Send it."""\n    return body\n')],
    ),
    "python-base-class-removed": (
        [replace("models.py", "class Derived(Base):", "class Derived:")],
        [replace("models.py", "class Derived(Base):", "class Derived(Base, Extra):")],
    ),
    "python-attribute-type-changed": (
        [replace("models.py", "size: int | Unset", "size: str | Unset")],
        # A constraint inside Annotated[...] is not the field's type.
        [replace("models.py", "Field(alias='Width', ge=2)", "Field(alias='Width', ge=3)")],
    ),
    "python-attribute-type-widened": (
        [replace("models.py", "size: int | Unset", "size: float | Unset")],
        [replace("models.py", "size: int | Unset", "size: Unset")],
    ),
    "python-attribute-type-narrowed": (
        [replace("models.py", "Annotated[int | None,", "Annotated[int,")],
        [replace("models.py", "Annotated[int | None,", "Annotated[float | None,")],
    ),
    "python-constructor-order-changed": (
        [replace("models.py", "    name: str\n", "    name: str\n    colour: str = ''\n")],
        [
            replace(
                "models.py",
                "    size: int | Unset = UNSET\n",
                "    size: int | Unset = UNSET\n    colour: str = ''\n",
            )
        ],
    ),
    "python-model-keyword-only": (
        [replace("models.py", "@define\n", "@define(kw_only=True)\n")],
        [replace("models.py", "@define\n", "@define(slots=True)\n")],
    ),
    "python-wire-action-changed": (
        [replace("describe_thing.py", '= "DescribeThing"', '= "DescribeThings"')],
        [replace("describe_thing.py", "HEADERS: dict", "HEADERS: dict  # the headers")],
    ),
    "python-attribute-now-required": (
        [replace("models.py", "size: int | Unset = UNSET", "size: int | Unset")],
        [replace("models.py", "    name: str\n", "    name: str = ''\n")],
    ),
}


def test_every_python_rule_has_a_case() -> None:
    assert {rule for rule in RULES if rule.startswith("python-")} == set(CASES)


def test_every_griffe_breakage_kind_is_handled() -> None:
    handled = set(BREAKAGE_RULES) | IGNORED_BREAKAGES | {griffe.BreakageKind.OBJECT_REMOVED}
    assert handled == set(griffe.BreakageKind)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires(rule: str, tmp_path: Path) -> None:
    # Each firing pair makes one change (a swap moves two parameters), nothing else.
    assert set(rules_fired(tmp_path, CASES[rule][0], rule in COMPLETE_ONLY)) == {rule}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_stays_quiet(rule: str, tmp_path: Path) -> None:
    assert rule not in rules_fired(tmp_path, CASES[rule][1], rule in COMPLETE_ONLY)


@pytest.mark.parametrize("rule", sorted(COMPLETE_ONLY))
def test_the_diff_report_leaves_out_what_only_the_complete_comparison_sees(
    rule: str, tmp_path: Path
) -> None:
    assert rules_fired(tmp_path, CASES[rule][0]) == []


def test_a_return_type_that_gives_more_is_a_change(tmp_path: Path) -> None:
    edit = replace("api.py", "-> Thing | None:", "-> Thing | int | None:")
    assert rules_fired(tmp_path, [edit]) == ["python-return-type-changed"]


def test_the_complete_comparison_adds_nothing_to_what_a_rule_reported(tmp_path: Path) -> None:
    # A removed module, a function turned constant: their members' lines are covered.
    edits = [delete("status.py"), replace("api.py", PING_BODY, "ping = 1\n")]
    assert rules_fired(tmp_path, edits, complete=True) == [
        "python-module-removed",
        "python-object-kind-changed",
    ]


def test_the_same_package_has_no_changes(tmp_path: Path) -> None:
    assert rules_fired(tmp_path, []) == []


def test_removed_field_is_located_in_the_old_file(tmp_path: Path) -> None:
    old = write(tmp_path / "old", BASE)
    files = dict(
        BASE, **{"models.py": BASE["models.py"].replace("    size: int | Unset = UNSET\n", "")}
    )
    new = write(tmp_path / "new", files)
    (change,) = compare_python_api(old, new)
    assert change.location == "thing_client.models.Thing.size"
    assert change.file == f"{PACKAGE}/models.py"
    assert change.line == 12
    assert change.service == "thing_client"


def test_a_removed_package_is_reported(tmp_path: Path) -> None:
    old = write(tmp_path / "old", BASE)
    (tmp_path / "new").mkdir()
    assert [(c.rule.id, c.location) for c in compare_python_api(old, tmp_path / "new")] == [
        ("python-module-removed", "thing_client")
    ]


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        ("Annotated[int | None, Field(alias='Width', ge=2)]", "int | None"),
        ("typing.Annotated[str, Field()]", "str"),
        ("str | Unset", "str | Unset"),
        ("not python (", "not python ("),
    ],
)
def test_base_type_drops_annotated_metadata(annotation: str, expected: str) -> None:
    assert base_type(annotation) == expected
