"""speclib/extensions.py: the table of the project's extensions, the renaming of
former names, and specs/README.md's "Extensions" table, which must be the module's."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from speclib.catalog import REPOSITORY, find_common, find_specs
from speclib.extensions import (
    EXTENSIONS,
    NAMES,
    PREFIX,
    RENAMED,
    extension_keys,
    markdown_table,
    rename_former,
)
from speclib.loader import load_file

README = REPOSITORY / "specs/README.md"
TABLE_HEADER = "| extension | where | meaning | former names |"


def readme_table() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(TABLE_HEADER)
    end = text.find("\n\n", start)
    return text[start : end + 1]


def test_readme_table_is_the_module_table() -> None:
    """Regenerate with `python -m speclib.extensions` and paste under "## Extensions"."""
    assert readme_table() == markdown_table()
    assert README.read_text(encoding="utf-8").count("| extension |") == 1


def test_the_table() -> None:
    names = [extension.name for extension in EXTENSIONS]
    assert len(names) == len(set(names))
    assert all(name.startswith(PREFIX) for name in names)
    formers = [former for extension in EXTENSIONS for former in extension.former]
    assert len(formers) == len(set(formers))
    assert not set(formers) & NAMES
    assert not any(former.startswith(PREFIX) for former in formers)
    assert all(extension.where and extension.meaning for extension in EXTENSIONS)
    assert RENAMED["x-tc-service"] == RENAMED["x-hw-service"] == "x-videoapi-service"
    assert RENAMED["x-error-code"] == "x-videoapi-invalid-value-code"


def test_every_extension_of_the_specs_is_in_the_table_and_each_is_used() -> None:
    used: set[str] = set()
    for path in [spec.path for spec in find_specs()] + find_common():
        used.update(key for _, key in extension_keys(load_file(path)))
    assert used == NAMES


def test_rename_at_any_depth_keeps_order_and_the_original() -> None:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "x-tc-service": "tiw",
        "x-tc-version": "2019-09-19",
        "paths": {
            "/": {
                "post": {
                    "x-rate-limit": {"requests": 1, "per": "second"},
                    "x-deprecation": {"since": "x", "x-assumption": "deep"},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "properties": {
                        "T": {"type": "integer", "x-unit": "ms", "allOf": [{"x-unit": "s"}]},
                    }
                }
            }
        },
    }
    before = copy.deepcopy(document)
    renamed = rename_former(document)
    assert document == before
    assert list(renamed) == [
        "openapi",
        "x-videoapi-service",
        "x-videoapi-api-version",
        "paths",
        "components",
    ]
    post = renamed["paths"]["/"]["post"]
    assert list(post) == ["x-videoapi-rate-limit", "x-videoapi-deprecation", "responses"]
    assert post["x-videoapi-deprecation"] == {"since": "x", "x-videoapi-assumption": "deep"}
    t = renamed["components"]["schemas"]["A"]["properties"]["T"]
    assert t == {"type": "integer", "x-videoapi-unit": "ms", "allOf": [{"x-videoapi-unit": "s"}]}
    assert rename_former(renamed) == renamed


def test_rename_leaves_names_and_examples_alone() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "x-unit": {
                    "properties": {"x-unit": {"type": "string"}},
                    "examples": [{"x-unit": "ms"}],
                }
            },
            "x-common-error-codes": {"InternalError": "Internal error."},
        },
        "paths": {"/": {"get": {"responses": {"200": {"headers": {"x-unit": {}}}}}}},
    }
    renamed = rename_former(document)
    assert renamed["components"]["schemas"] == document["components"]["schemas"]
    assert renamed["paths"] == document["paths"]
    assert "x-videoapi-cloud-error-codes" in renamed["components"]


def test_rename_refuses_a_former_and_a_current_name_together() -> None:
    with pytest.raises(ValueError, match="x-unit"):
        rename_former({"x-unit": "ms", "x-videoapi-unit": "s"})


def test_readme_names_no_former_extension() -> None:
    text = README.read_text(encoding="utf-8").replace(readme_table(), "")
    named = set(re.findall(r"(?<![\w-])x-[a-z0-9-]*[a-z0-9]", text))
    assert not named & set(RENAMED), sorted(named & set(RENAMED))
    assert {name for name in named if name.startswith(PREFIX)} <= NAMES
