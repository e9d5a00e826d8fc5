"""The Huawei Cloud SDK's models against a Huawei spec.

`huaweicloudsdk<service>.<version>.model` has a `<Operation>Request` and a
`<Operation>Response` class per operation. Each model class maps its
attributes to wire names (`attribute_map`) and types (`openapi_types`); the
getters' docstrings describe each field, values included. A constructor sets a
required attribute unconditionally and an optional one only when given, which
is how the SDK states required flags; they are compared for what a request
sends (parameters and bodies) and for what a reply carries, by the same rule.
The SDK states no nullability.
"""

from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass
from importlib import metadata as package_metadata
from types import ModuleType
from typing import Any

from speclib.schema_facts import (
    SpecField,
    escape,
    follow,
    object_fields,
    parameter_fields,
    raw_node,
)
from speclib.walk import operations, resolve
from toolchain.declared_fields import DeclaredField, Strictness, compare_fields
from toolchain.doc_prose import named_values
from toolchain.findings import Finding

PRIMITIVES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
# Set by the SDK's signing layer from the credentials, not by the caller.
SET_BY_SIGNING_LAYER = frozenset({"project_id", "X-Sdk-Date", "X-Project-Id"})
STRICTNESS = Strictness(
    nullable_silence=None,
    values_silence="info",
    open_enum="warning",
    missing_on_source="error",
    source_name="vendor metadata",
    preposition="in",
    missing_rule="field-missing-in-vendor",
    unnamed_rule="enum-value-not-in-vendor",
)


@dataclass(frozen=True)
class SdkModels:
    package: str  # distribution name, e.g. huaweicloudsdkmetastudio
    version: str
    module: ModuleType  # the package's `<version>.model` module

    @property
    def source(self) -> str:
        return f"{self.package} {self.version}"

    def model(self, name: str) -> type | None:
        found = getattr(self.module, name, None)
        return found if isinstance(found, type) and hasattr(found, "openapi_types") else None

    def operations(self) -> list[str]:
        return sorted(
            name.removesuffix("Request")
            for name in dir(self.module)
            if name.endswith("Request") and self.model(name) is not None
        )


def load_models(service: str, version: str) -> SdkModels | None:
    package = f"huaweicloudsdk{service}"
    try:
        module = importlib.import_module(f"{package}.{version}.model")
        installed = package_metadata.version(package)
    except (ImportError, package_metadata.PackageNotFoundError):
        return None
    return SdkModels(package, installed, module)


def sdk_kind(sdk_type: str) -> tuple[str, str]:
    """(kind, member) of an SDK type name: `list[DigitalHumanVideo]`, `str`, ..."""
    if sdk_type.startswith("list[") and sdk_type.endswith("]"):
        item = sdk_type[5:-1]
        return "array", PRIMITIVES.get(item, item)
    if sdk_type in PRIMITIVES:
        return PRIMITIVES[sdk_type], PRIMITIVES[sdk_type]
    if sdk_type == "object" or sdk_type.startswith("dict("):
        return "object", ""
    return "object", sdk_type


_ALWAYS_SET = re.compile(r"^ {8}self\.([a-z]\w*) = \1$", re.MULTILINE)


def required_attributes(model: type) -> frozenset[str] | None:
    """The attributes the model's constructor always sets (`self.x = x`, not under an
    `if x is not None`): the SDK's required ones. None when there is no source to read."""
    try:
        source = inspect.getsource(model.__init__)  # type: ignore[misc]
    except (OSError, TypeError):
        return None
    return frozenset(_ALWAYS_SET.findall(source))


def declared_fields(
    models: SdkModels, model: type, skip: frozenset[str], with_required: bool = False
) -> list[DeclaredField]:
    declared: list[DeclaredField] = []
    attribute_map: dict[str, str] = getattr(model, "attribute_map", {})
    openapi_types: dict[str, str] = getattr(model, "openapi_types", {})
    required = required_attributes(model) if with_required else None
    for attribute, sdk_type in openapi_types.items():
        wire = attribute_map.get(attribute, attribute)
        if wire in skip:
            continue
        kind, member = sdk_kind(sdk_type)
        getter = getattr(model, attribute, None)
        document = inspect.getdoc(getter) if isinstance(getter, property) else ""
        declared.append(
            DeclaredField(
                name=wire,
                kind=kind,
                member=member,
                required=None if required is None else attribute in required,
                values=tuple(named_values(_description(document or ""))),
                where=f"{models.source} {model.__name__}.{attribute}",
            )
        )
    return declared


def _description(document: str) -> str:
    """A getter docstring without its first line and its :return:/:rtype: lines."""
    lines = document.splitlines()[1:]
    return "\n".join(line for line in lines if not re.match(r"\s*:(return|rtype)", line))


def compare_model(
    document: dict[str, Any],
    spec_name: str,
    models: SdkModels,
    model: type,
    spec_fields: dict[str, SpecField],
    where: str,
    skip: frozenset[str] = frozenset(),
    with_required: bool = False,
) -> list[Finding]:
    """A model against spec fields (found at `where`), then the models both sides nest,
    once each; `skip` applies to the first model only. `with_required`: compare required
    flags too."""
    findings: list[Finding] = []
    pending: list[tuple[type, dict[str, SpecField], str, frozenset[str]]] = [
        (model, spec_fields, where, skip)
    ]
    visited: set[tuple[str, str]] = set()
    while pending:
        current, fields, pointer, skipped = pending.pop(0)
        comparison = compare_fields(
            declared_fields(models, current, skipped, with_required),
            fields,
            structure=current.__name__,
            spec_name=spec_name,
            strictness=STRICTNESS,
            skip=skipped,
            pointer=pointer,
        )
        findings.extend(comparison.findings)
        for item, ours in comparison.nested:
            nested = models.model(item.member or "")
            key = (item.member or "", ours.shape.structure)
            if nested is None or key in visited:
                continue
            visited.add(key)
            pending.append(
                (nested, object_fields(document, key[1]), f"{key[1]}/properties", frozenset())
            )
    return findings


def _success_status(operation_node: dict[str, Any]) -> str | None:
    statuses = sorted(str(status) for status in operation_node.get("responses", {}))
    return next((status for status in statuses if status.startswith("2")), None)


def compare_operation(
    document: dict[str, Any], spec_name: str, models: SdkModels, path: str, method: str
) -> list[Finding]:
    node = document["paths"][path][method]
    name = str(node.get("operationId"))
    where = f"{spec_name}#/paths/{escape(path)}/{method}"
    request = models.model(f"{name}Request")
    if request is None:
        deprecated = bool(node.get("deprecated"))
        return [
            Finding(
                "action-removed",
                "info" if deprecated else "error",
                f"{name} has no request model in {models.source}",
                models.source,
                where,
            )
        ]
    findings: list[Finding] = []
    parameters = parameter_fields(document, path, method)
    findings += compare_model(
        document,
        spec_name,
        models,
        request,
        parameters,
        f"/paths/{escape(path)}/{method}/parameters",
        skip=SET_BY_SIGNING_LAYER | {"body"},
        with_required=True,
    )
    body_type = getattr(request, "openapi_types", {}).get("body")
    body = (node.get("requestBody") or {}).get("content", {}).get("application/json")
    if body_type and body:
        body_model = models.model(str(body_type))
        pointer = follow(document, f"/paths/{escape(path)}/{method}/requestBody")
        schema_at = follow(document, f"{pointer}/content/application~1json/schema")
        if body_model is not None:
            findings += compare_model(
                document,
                spec_name,
                models,
                body_model,
                object_fields(document, schema_at),
                f"{schema_at}/properties",
                with_required=True,
            )
    response = models.model(f"{name}Response")
    status = _success_status(node)
    if response is not None and status is not None:
        findings += _compare_response(document, spec_name, models, response, path, method, status)
    return findings


def _compare_response(
    document: dict[str, Any],
    spec_name: str,
    models: SdkModels,
    response: type,
    path: str,
    method: str,
    status: str,
) -> list[Finding]:
    pointer = follow(document, f"/paths/{escape(path)}/{method}/responses/{status}")
    reply = resolve(document, {"$ref": f"#{pointer}"})
    headers = set(reply.get("headers") or {})
    wire_names = set(getattr(response, "attribute_map", {}).values())
    findings = [
        Finding(
            "header-missing-in-spec",
            "error",
            f"{response.__name__} carries the response header {header}; the spec does not",
            f"{models.source} {response.__name__}",
            f"{spec_name}#{pointer}/headers",
        )
        for header in sorted(wire_names)
        if header.startswith("X-") and header not in headers
    ]
    content = (reply.get("content") or {}).get("application/json")
    body_fields: dict[str, SpecField] = {}
    if content is not None:
        schema_at = follow(document, f"{pointer}/content/application~1json/schema")
        if isinstance(raw_node(document, schema_at), dict):
            body_fields = object_fields(document, schema_at)
    header_names = headers | {name for name in wire_names if name.startswith("X-")}
    findings += compare_model(
        document,
        spec_name,
        models,
        response,
        body_fields,
        f"{pointer}/content/application~1json/schema",
        skip=frozenset(header_names),
        with_required=True,
    )
    return findings


def compare_spec(document: dict[str, Any], spec_name: str, models: SdkModels) -> list[Finding]:
    findings: list[Finding] = []
    covered: set[str] = set()
    for operation in operations(document):
        if operation.operation_id:
            covered.add(operation.operation_id)
        findings += compare_operation(document, spec_name, models, operation.path, operation.method)
    uncovered = [name for name in models.operations() if name not in covered]
    if uncovered:
        findings.append(
            Finding(
                "action-not-covered",
                "info",
                f"the vendor has {len(uncovered)} operations the spec does not cover: "
                + ", ".join(uncovered),
                models.source,
                spec_name,
            )
        )
    return findings
