"""Compiled request and reply schemas of every operation, from the bundled specs in generated/.

The emulator validates what it receives and the tests validate what it sends
against the same documents, so the specs stay the single source of truth.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from emulator.rate_limit import RateLimit
from speclib.formats import FORMAT_CHECKER, with_integer_ranges
from speclib.walk import operations, resolve

# How many schema violations are looked at to choose the one reported: more than any
# real request has, few enough that building them is instant.
ERRORS_CONSIDERED = 64
# The bundled specs: generated/openapi/ of the checkout around the emulator, else the copies
# an installed videoapi-emulator carries (emulator/_specs/, toolchain/emulator_dist.py).
CHECKOUT_BUNDLES = Path(__file__).resolve().parent.parent / "generated" / "openapi"
INSTALLED_BUNDLES = Path(__file__).resolve().parent / "_specs"
GENERATED = CHECKOUT_BUNDLES if CHECKOUT_BUNDLES.is_dir() else INSTALLED_BUNDLES
BUNDLE_URI = "urn:videoapi-specs:emulator"


@dataclass(frozen=True)
class OperationSchemas:
    operation_id: str
    document: dict[str, Any]
    request_body: RequestSchema | None
    request_body_schema: dict[str, Any] | None
    request_body_required: bool
    parameters: dict[str, dict[str, Any]]  # query/path/header parameters by name
    replies: dict[str, Draft202012Validator]  # by status code
    rate_limit: RateLimit | None = None  # x-videoapi-rate-limit; None: not limited

    def resolve(self, schema: Any) -> Any:
        return resolve(self.document, schema)


@dataclass(frozen=True)
class ServiceSchemas:
    document: dict[str, Any]
    operations: dict[str, OperationSchemas]


def _validator(registry: Registry[Any], pointer: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{BUNDLE_URI}#{pointer}"},
        registry=registry,
        format_checker=FORMAT_CHECKER,
    )


def inline_references(document: dict[str, Any], node: Any, trail: tuple[str, ...] = ()) -> Any:
    """`node` with every internal $ref replaced by its target, so that validating a
    request needs no reference lookups (request schemas are not recursive)."""
    if isinstance(node, list):
        return [inline_references(document, item, trail) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in trail:
            raise ValueError(f"recursive schema at {ref}")
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        target = inline_references(document, resolve(document, {"$ref": ref}), (*trail, ref))
        return {**target, **siblings} if isinstance(target, dict) else target
    return {key: inline_references(document, value, trail) for key, value in node.items()}


class RequestSchema:
    """A request schema compiled twice: jsonschema-rs (Rust) answers "is this valid?" in
    about a microsecond, and only a request it rejects is handed to jsonschema, whose
    errors (which keyword, where) the protocols turn into the clouds' error codes.

    jsonschema stays the judge: what it finds no error in is accepted, so the two can
    disagree only where jsonschema-rs is the more lenient, which the contract tests and
    tests/emulator/test_validation.py look for."""

    def __init__(self, schema: Any) -> None:
        # jsonschema-rs checks no format on numbers: the ranges are spelled out for it.
        schema = with_integer_ranges(schema)
        self.schema = schema
        self.explain = Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
        self._fast = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)

    def fast_is_valid(self, instance: Any) -> bool:
        try:
            return bool(self._fast.is_valid(instance))
        except (ValueError, TypeError, OverflowError):  # e.g. integers beyond 64 bits
            return False

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        """Every violation, found lazily (jsonschema descends only as far as it is asked)."""
        if self.fast_is_valid(instance):
            return iter(())
        return self.explain.iter_errors(instance)

    def first_errors(self, instance: Any) -> list[ValidationError]:
        """The first ERRORS_CONSIDERED violations, among which a protocol chooses the one it
        reports: a body of a million bad values costs no more than one with a few."""
        return list(islice(self.iter_errors(instance), ERRORS_CONSIDERED))


def request_validator(document: dict[str, Any], schema: Any) -> RequestSchema:
    return RequestSchema(inline_references(document, schema))


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1").replace("#", "%23")


@cache
def service_schemas(cloud: str, service: str, version: str) -> ServiceSchemas:
    path = GENERATED / cloud / service / version / "openapi.json"
    return schemas_of(json.loads(path.read_text(encoding="utf-8")))


def schemas_of(document: dict[str, Any]) -> ServiceSchemas:
    """The compiled schemas (and rate limits) of every operation of a bundled document."""
    registry: Registry[Any] = Registry().with_resource(
        BUNDLE_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    found = {}
    for operation in operations(document):
        base = f"/paths/{_escape(operation.path)}/{operation.method}"
        body = operation.node.get("requestBody", {}).get("content", {}).get("application/json")
        replies = {
            status: _validator(
                registry, f"{base}/responses/{status}/content/application~1json/schema"
            )
            for status, reply in operation.node.get("responses", {}).items()
            if "application/json" in resolve(document, reply).get("content", {})
            and "$ref" not in reply
        }
        for status, reply in operation.node.get("responses", {}).items():
            if "$ref" in reply:
                target = reply["$ref"].removeprefix("#")
                replies[status] = _validator(registry, f"{target}/content/application~1json/schema")
        parameters = {}
        for raw in operation.node.get("parameters", []):
            parameter = resolve(document, raw)
            parameters[parameter["name"]] = parameter
        found[operation.operation_id or ""] = OperationSchemas(
            operation_id=operation.operation_id or "",
            document=document,
            request_body=request_validator(document, body["schema"]) if body else None,
            request_body_schema=resolve(document, body["schema"]) if body else None,
            request_body_required=bool(operation.node.get("requestBody", {}).get("required")),
            parameters=parameters,
            replies=replies,
            rate_limit=RateLimit.of_operation(operation.node),
        )
    return ServiceSchemas(document, found)
