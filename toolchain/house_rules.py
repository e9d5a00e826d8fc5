"""House rules for the specs, run on the bundled document.

Each rule is a function that yields findings; `RULES` lists them by id. The
rules are documented in specs/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from clouds import UnknownCloud, cloud_of
from clouds.cloud import READ_ONLY_EXTENSION
from speclib.extensions import NAMES as EXTENSION_NAMES
from speclib.extensions import RENAMED as RENAMED_EXTENSIONS
from speclib.extensions import extension_keys
from speclib.walk import (
    operation_parameters,
    operations,
    reachable_schemas,
    request_schema_roots,
    resolve,
    response_schema_roots,
    webhook_schema_roots,
)
from toolchain.doccheck.acceptance import EXTENSION as DOC_CHECK_ACCEPTED
from toolchain.doccheck.acceptance import entry_problems
from toolchain.scaffold.draft import DRAFT_PREFIX, is_draft


@dataclass(frozen=True)
class RuleViolation:
    rule: str
    location: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.location}: {self.message}"


Rule = Callable[[dict[str, Any]], Iterator[RuleViolation]]
ACTION_NAME = re.compile(r"^[A-Z][A-Za-z0-9]+$")
ERROR_CODE = re.compile(r"^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$")
COMPONENT_SECTIONS = (
    "schemas",
    "parameters",
    "responses",
    "headers",
    "examples",
    "requestBodies",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


def check_operation_id(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for operation in operations(document):
        if operation.operation_id is None:
            yield RuleViolation("operation-id", operation.location, "operation has no operationId")
        elif not ACTION_NAME.match(operation.operation_id):
            yield RuleViolation(
                "operation-id",
                operation.location,
                f"operationId {operation.operation_id!r} is not the cloud's action name "
                "(PascalCase, letters and digits)",
            )


def check_summary(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for operation in operations(document):
        if not str(operation.node.get("summary", "")).strip():
            yield RuleViolation("operation-summary", operation.location, "operation has no summary")


def _check_code_table(table: Any, location: str, rule: str) -> Iterator[RuleViolation]:
    if not isinstance(table, dict) or not table:
        yield RuleViolation(rule, location, "no error codes listed")
        return
    for code, description in table.items():
        if not ERROR_CODE.match(str(code)):
            yield RuleViolation(rule, location, f"{code!r} is not an error code")
        if not isinstance(description, str) or not description.strip():
            yield RuleViolation(rule, location, f"error code {code} has no description")


def check_error_codes(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for operation in operations(document):
        yield from _check_code_table(
            operation.node.get("x-videoapi-operation-error-codes"),
            f"{operation.location} x-videoapi-operation-error-codes",
            "operation-error-codes",
        )
    if "paths" in document:
        yield from _check_code_table(
            document.get("x-videoapi-cloud-error-codes"),
            "#/x-videoapi-cloud-error-codes",
            "operation-error-codes",
        )


def check_rate_limit(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for operation in operations(document):
        limit = operation.node.get("x-videoapi-rate-limit")
        valid = (
            isinstance(limit, dict)
            and isinstance(limit.get("requests"), int)
            and limit["requests"] > 0
            and limit.get("per") in ("second", "minute")
        )
        if not valid:
            yield RuleViolation(
                "operation-rate-limit",
                operation.location,
                "x-videoapi-rate-limit must be {requests: <positive int>, per: second|minute}",
            )


def check_read_only(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for operation in operations(document):
        if not isinstance(operation.node.get(READ_ONLY_EXTENSION), bool):
            yield RuleViolation(
                "operation-read-only",
                operation.location,
                f"{READ_ONLY_EXTENSION} must be true (the operation changes nothing on the "
                "cloud) or false",
            )


def _pointer(path: tuple[str | int, ...]) -> str:
    return "#/" + "/".join(str(step).replace("~", "~0").replace("/", "~1") for step in path)


def check_extension_known(document: dict[str, Any]) -> Iterator[RuleViolation]:
    """Every extension is one of speclib/extensions.py (a former name says the current one)."""
    for path, key in extension_keys(document):
        if key in EXTENSION_NAMES:
            continue
        if key in RENAMED_EXTENSIONS:
            message = f"{key} was renamed: write {RENAMED_EXTENSIONS[key]}"
        else:
            message = f"{key} is not an extension of this project (speclib/extensions.py)"
        yield RuleViolation("extension-known", _pointer(path), message)


def _all_schema_roots(document: dict[str, Any]) -> list[tuple[str, Any]]:
    roots = request_schema_roots(document) + response_schema_roots(document)
    for operation in operations(document):
        for parameter in operation_parameters(document, operation):
            where = f"{operation.location} parameter {parameter.get('name')}"
            roots.append((where, parameter.get("schema")))
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        roots.append((f"#/components/schemas/{name}", schema))
    return roots


def check_property_type(document: dict[str, Any]) -> Iterator[RuleViolation]:
    typed = ("type", "$ref", "anyOf", "oneOf", "allOf", "const")
    for location, schema in reachable_schemas(document, _all_schema_roots(document)):
        for name, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict) or not any(key in prop for key in typed):
                yield RuleViolation(
                    "property-type", f"{location}/properties/{name}", "property has no type"
                )


def check_property_description(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for location, schema in reachable_schemas(document, _all_schema_roots(document)):
        for name, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict) or not str(prop.get("description", "")).strip():
                yield RuleViolation(
                    "property-description",
                    f"{location}/properties/{name}",
                    "property has no description",
                )


_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def check_enum_values(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for location, schema in reachable_schemas(document, _all_schema_roots(document)):
        if "enum" not in schema:
            continue
        values = schema["enum"]
        if not isinstance(values, list) or not values:
            yield RuleViolation("enum-values", location, "enum has no values")
            continue
        if len({repr(v) for v in values}) != len(values):
            yield RuleViolation("enum-values", location, "enum repeats a value")
        types = schema.get("type")
        allowed = [types] if isinstance(types, str) else list(types or [])
        for value in values:
            if allowed and not any(_TYPE_CHECKS.get(t, lambda _: True)(value) for t in allowed):
                yield RuleViolation(
                    "enum-values", location, f"enum value {value!r} is not of type {types}"
                )


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def check_unused_components(document: dict[str, Any]) -> Iterator[RuleViolation]:
    components = document.get("components", {})
    used: set[str] = set()
    outside = {k: v for k, v in document.items() if k != "components"}
    pending = list(_references(outside))
    while pending:
        ref = pending.pop()
        if ref in used:
            continue
        used.add(ref)
        if ref.startswith("#/components/"):
            pending.extend(_references(resolve(document, {"$ref": ref})))
    requirements = list(document.get("security", []))
    for operation in operations(document):
        requirements.extend(operation.node.get("security", []))
    for requirement in requirements:
        used.update(f"#/components/securitySchemes/{name}" for name in requirement)
    for section in COMPONENT_SECTIONS:
        for name in components.get(section, {}) or {}:
            pointer = f"#/components/{section}/{name.replace('~', '~0').replace('/', '~1')}"
            if pointer not in used:
                yield RuleViolation("unused-component", pointer, "component is never used")


def _object_schemas(
    document: dict[str, Any], roots: list[tuple[str, Any]]
) -> Iterator[tuple[str, dict[str, Any]]]:
    for location, schema in reachable_schemas(document, roots):
        types = schema.get("type")
        is_object = types == "object" or (isinstance(types, list) and "object" in types)
        if is_object or "properties" in schema:
            yield location, schema


def check_request_closed(document: dict[str, Any]) -> Iterator[RuleViolation]:
    for location, schema in _object_schemas(document, request_schema_roots(document)):
        if schema.get("additionalProperties") is not False:
            yield RuleViolation(
                "request-closed",
                location,
                "request objects must set additionalProperties: false (the cloud rejects "
                "unknown parameters)",
            )


def check_response_open(document: dict[str, Any]) -> Iterator[RuleViolation]:
    # Events the cloud sends (webhooks) are read by clients as replies are.
    roots = response_schema_roots(document) + webhook_schema_roots(document)
    for location, schema in _object_schemas(document, roots):
        if schema.get("additionalProperties") is False:
            yield RuleViolation(
                "response-open",
                location,
                "response and event objects must not forbid additional properties (clients "
                "must tolerate fields the cloud adds later)",
            )


def check_declared_error_code(document: dict[str, Any]) -> Iterator[RuleViolation]:
    common = document.get("x-videoapi-cloud-error-codes")
    common_codes = set(common) if isinstance(common, dict) else set()
    for operation in operations(document):
        listed = operation.node.get("x-videoapi-operation-error-codes")
        codes = common_codes | (set(listed) if isinstance(listed, dict) else set())
        body = resolve(document, operation.node.get("requestBody", {}))
        roots = [
            (f"{operation.location} request {media}", content.get("schema"))
            for media, content in (body.get("content") or {}).items()
        ]
        for location, schema in reachable_schemas(document, roots):
            code = schema.get("x-videoapi-invalid-value-code")
            if code is not None and code not in codes:
                yield RuleViolation(
                    "error-code-declared",
                    location,
                    f"x-videoapi-invalid-value-code {code!r} is not among the operation's "
                    "x-videoapi-operation-error-codes "
                    "or the common codes",
                )


def check_cloud_convention(document: dict[str, Any]) -> Iterator[RuleViolation]:
    """How the spec's cloud writes an operation (Tencent: clouds/tencentcloud/rpc_convention.py)."""
    try:
        cloud = cloud_of(document)
    except UnknownCloud:  # lint-specs reports it ([cloud-folder])
        return
    if cloud.convention_rule is None:
        return
    for location, message in cloud.convention_problems(document):
        yield RuleViolation(cloud.convention_rule, location, message)


def _request_fields(document: dict[str, Any], operation: Any) -> set[str] | None:
    """Property names of an operation's JSON request body (None when it has none)."""
    body = resolve(document, operation.node.get("requestBody", {}))
    media = (body.get("content") or {}).get("application/json")
    if media is None:
        return None
    return set(resolve(document, media.get("schema", {})).get("properties") or {})


def check_links(document: dict[str, Any]) -> Iterator[RuleViolation]:
    by_id = {op.operation_id: op for op in operations(document) if op.operation_id}
    for operation in operations(document):
        for status, reply in (operation.node.get("responses") or {}).items():
            for name, link in (resolve(document, reply).get("links") or {}).items():
                where = f"{operation.location} {status} link {name}"
                target = by_id.get(link.get("operationId"))
                if target is None:
                    yield RuleViolation(
                        "operation-links", where, "must name an operationId of this spec"
                    )
                    continue
                if not str(link.get("description", "")).strip():
                    yield RuleViolation("operation-links", where, "link has no description")
                declared = {
                    (str(p.get("in")), str(p.get("name")))
                    for p in operation_parameters(document, target)
                }
                for key in link.get("parameters") or {}:
                    location, _, parameter = str(key).rpartition(".")
                    if not any(parameter == n and location in ("", i) for i, n in declared):
                        yield RuleViolation(
                            "operation-links",
                            where,
                            f"{target.operation_id} has no parameter {key}",
                        )
                body = link.get("requestBody")
                fields = _request_fields(document, target)
                if isinstance(body, dict):
                    for field in sorted(set(body) - (fields or set())):
                        yield RuleViolation(
                            "operation-links",
                            where,
                            f"{target.operation_id}'s request body has no field {field}",
                        )


def check_doc_check_accepted(document: dict[str, Any]) -> Iterator[RuleViolation]:
    """Each accepted difference from the vendor page names a doc-check rule and a
    subject, says why, and is listed once."""
    for operation in operations(document):
        if DOC_CHECK_ACCEPTED not in operation.node:
            continue
        entries = operation.node[DOC_CHECK_ACCEPTED]
        where = f"{operation.location} {DOC_CHECK_ACCEPTED}"
        if not isinstance(entries, list) or not entries:
            yield RuleViolation("doc-check-accepted", where, "must be a non-empty list")
            continue
        seen: set[tuple[str, str]] = set()
        for index, entry in enumerate(entries):
            for problem in entry_problems(entry):
                yield RuleViolation("doc-check-accepted", f"{where}[{index}]", problem)
            if isinstance(entry, dict):
                identity = (str(entry.get("rule")), str(entry.get("subject")))
                if identity in seen:
                    yield RuleViolation(
                        "doc-check-accepted",
                        f"{where}[{index}]",
                        f"accepts {identity[0]} {identity[1]} a second time",
                    )
                seen.add(identity)


PROSE_KEYS = frozenset({"summary", "description"})
CODE_TABLES = frozenset({"x-videoapi-operation-error-codes", "x-videoapi-cloud-error-codes"})


def _drafts(node: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str | int, ...]]:
    """Paths of the prose still marked as a draft (example values are data, not prose)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "value" and "summary" in node:  # an Example Object's value
                continue
            here = (*path, key)
            if (key in PROSE_KEYS or (path and path[-1] in CODE_TABLES)) and is_draft(value):
                yield here
            else:
                yield from _drafts(value, here)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _drafts(item, (*path, index))


def check_no_drafts(document: dict[str, Any]) -> Iterator[RuleViolation]:
    """A scaffolded operation (toolchain/scaffold/) is done once its prose is written."""
    for path in _drafts(document, ()):
        yield RuleViolation(
            "description-draft",
            _pointer(path),
            f"still a draft ({DRAFT_PREFIX} ...): write it in our own words",
        )


RULES: dict[str, Rule] = {
    "operation-id": check_operation_id,
    "operation-summary": check_summary,
    "operation-error-codes": check_error_codes,
    "operation-rate-limit": check_rate_limit,
    "operation-read-only": check_read_only,
    "extension-known": check_extension_known,
    "property-type": check_property_type,
    "property-description": check_property_description,
    "enum-values": check_enum_values,
    "unused-component": check_unused_components,
    "request-closed": check_request_closed,
    "response-open": check_response_open,
    "error-code-declared": check_declared_error_code,
    "tencent-rpc": check_cloud_convention,
    "operation-links": check_links,
    "doc-check-accepted": check_doc_check_accepted,
    "description-draft": check_no_drafts,
}


def run_rules(document: dict[str, Any]) -> list[RuleViolation]:
    findings: dict[RuleViolation, None] = {}
    for rule in RULES.values():
        findings.update(dict.fromkeys(rule(document)))
    return list(findings)
