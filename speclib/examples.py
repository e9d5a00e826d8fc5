"""Validate every example in a bundled spec against the schema it illustrates.

Covered: media-type and parameter `example`/`examples` (Example Objects) and
JSON Schema `examples` lists. Formats (uri, date-time, ...) are asserted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from speclib.formats import FORMAT_CHECKER
from speclib.walk import resolve

BUNDLE_URI = "urn:videoapi-specs:bundle"


@dataclass(frozen=True)
class ExampleError:
    location: str
    message: str

    def __str__(self) -> str:
        return f"[example] {self.location}: {self.message}"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def _explain(error: ValidationError) -> list[ValidationError]:
    """The errors that explain a failure; for anyOf/oneOf, those of the branches
    that matched furthest (an envelope's success branch, not its error branch)."""
    if not error.context:
        return [error]
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.schema_path[0] if sub.schema_path else None, []).append(sub)

    def depth(errors: list[ValidationError]) -> int:
        return max(len(e.absolute_path) for e in errors)

    deepest = max(depth(errors) for errors in branches.values())
    return [
        leaf
        for errors in branches.values()
        if depth(errors) == deepest
        for sub in errors
        for leaf in _explain(sub)
    ]


class ExampleChecker:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(BUNDLE_URI, resource)

    def validator(self, pointer: str) -> Draft202012Validator:
        fragment = quote(pointer, safe="/~!$&'()*+,;=:@")
        return Draft202012Validator(
            {"$ref": f"{BUNDLE_URI}#{fragment}"},
            registry=self.registry,
            format_checker=FORMAT_CHECKER,
        )

    def errors_for(self, pointer: str, value: Any, location: str) -> Iterator[ExampleError]:
        for error in self.validator(pointer).iter_errors(value):
            for leaf in _explain(error):
                where = "/".join(str(p) for p in leaf.absolute_path) or "(root)"
                yield ExampleError(location, f"at {where}: {leaf.message}")

    def check(self) -> list[ExampleError]:
        found: list[ExampleError] = []
        for pointer, node in _walk(self.document, "#"):
            bare = pointer[1:]
            examples = node.get("examples")
            if isinstance(examples, list) and "examples" not in pointer.rsplit("/", 1)[-1:]:
                # A JSON Schema with an `examples` list: each must satisfy it.
                for index, value in enumerate(examples):
                    found.extend(self.errors_for(bare, value, f"{pointer}/examples/{index}"))
            if "schema" not in node:
                continue
            if isinstance(examples, dict):
                for name, raw in examples.items():
                    example = resolve(self.document, raw)
                    if not isinstance(example, dict) or "value" not in example:
                        found.append(
                            ExampleError(f"{pointer}/examples/{name}", "example has no value")
                        )
                        continue
                    found.extend(
                        self.errors_for(
                            f"{bare}/schema", example["value"], f"{pointer}/examples/{name}"
                        )
                    )
            if "example" in node:
                found.extend(
                    self.errors_for(f"{bare}/schema", node["example"], f"{pointer}/example")
                )
        return found


def check_examples(document: dict[str, Any]) -> list[ExampleError]:
    """Every example of `document` that does not validate, with the reason."""
    return ExampleChecker(document).check()


def count_examples(document: dict[str, Any]) -> int:
    total = 0
    for _pointer, node in _walk(document, "#"):
        examples = node.get("examples")
        if isinstance(examples, list) or (isinstance(examples, dict) and "schema" in node):
            total += len(examples)
        if "example" in node and "schema" in node:
            total += 1
    return total
