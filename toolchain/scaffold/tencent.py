"""Draft a Tencent Cloud API 3.0 action from tccli's api.json and examples.json.

Facts come from the installed metadata (`toolchain/drift/tencent.py` reads the
same files, so a drafted action has nothing to report to `drift`); the
per-action error codes from the Go SDK's lists when given (`tencent_errors.py`).
The operation is written as specs/README.md says a Tencent action is written:
the `/#X-TC-Action=<Action>` path key, the header block, the
`<Action>Request`/`<Action>Response`/`<Action>Envelope` schemas, nested
structures as shared components (request copies closed, response copies open
and named `<Name>Output` when the request side already uses the name).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from toolchain.drift.tencent import ENVELOPE_FIELDS, api_json_path, declared_member, tccli_version
from toolchain.scaffold.draft import FlowMap, OperationDraft, ScaffoldError, draft
from toolchain.scaffold.tencent_errors import load_error_codes

COMMON = "../../common.yaml"
ENVELOPE_DESCRIPTION = "Response envelope; `Response.Error` is present when the call failed."
# The verbs of actions that change nothing. api.json does not say it; the maintainer
# confirms the drafted `x-videoapi-read-only`.
READ_VERBS = ("Describe", "Get", "List", "Query", "Inquire", "Check")
# Tencent's usual per-action limit; api.json states none (the page does).
DEFAULT_RATE_LIMIT = FlowMap(requests=20, per="second")
JSON_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


class TencentMetadata:
    """tccli's api.json and examples.json of one service version."""

    def __init__(self, service: str, version: str) -> None:
        path = api_json_path(service, version)
        if path is None:
            raise ScaffoldError(f"no tccli api.json is installed for {service} {version}")
        self.api: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        examples = path.with_name("examples.json")
        self.examples: dict[str, Any] = (
            json.loads(examples.read_text(encoding="utf-8")).get("actions", {})
            if examples.is_file()
            else {}
        )
        self.source = f"tccli {tccli_version()} services/{service}/{path.parent.name}"

    def action(self, name: str) -> dict[str, Any]:
        found = self.api.get("actions", {}).get(name)
        if found is None:
            raise ScaffoldError(f"{name} is not an action in {self.source}/api.json")
        return dict(found)

    def members(self, structure: str) -> list[dict[str, Any]]:
        found = self.api.get("objects", {}).get(structure)
        if found is None:
            raise ScaffoldError(f"{structure} is not a structure in {self.source}/api.json")
        return list(found["members"])


class SchemaDrafter:
    """Component schemas for one action's structures, reusing what the spec has."""

    def __init__(self, metadata: TencentMetadata, existing: dict[str, Any]) -> None:
        self.metadata = metadata
        self.existing = existing  # the spec's components/schemas
        self.schemas: dict[str, Any] = {}

    def _known(self, name: str) -> dict[str, Any] | None:
        found = self.schemas.get(name, self.existing.get(name))
        return found if isinstance(found, dict) else None

    def structure(self, vendor: str, request: bool) -> str:
        """The component name holding `vendor` on this side, drafted when absent."""
        for name in (vendor, f"{vendor}Input" if request else f"{vendor}Output"):
            known = self._known(name)
            if known is None:
                self.schemas[name] = {}  # reserved while its members are drafted
                self.schemas[name] = self.object_schema(vendor, name, request)
                return name
            closed = known.get("additionalProperties") is False
            if closed == request or not known:
                return name
        raise ScaffoldError(f"no free component name for {vendor}")

    def object_schema(self, vendor: str, name: str, request: bool) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "object", "description": draft(f"what a {vendor} is")}
        if name != vendor:
            schema["x-videoapi-vendor-name"] = vendor
        if request:
            schema["additionalProperties"] = False
        skip = ENVELOPE_FIELDS if vendor.endswith("Response") else frozenset()
        required: list[str] = []
        properties: dict[str, Any] = {}
        for index, member in enumerate(self.metadata.members(vendor)):
            fact = declared_member(member, f"{vendor}/{index}")
            if fact.name in skip:
                continue
            if fact.required:
                required.append(fact.name)
            properties[fact.name] = self.property(vendor, fact, request)
        if required:
            schema["required"] = required
        schema["properties"] = properties
        return schema

    def property(self, vendor: str, fact: Any, request: bool) -> dict[str, Any]:
        subject = draft(f"{vendor}.{fact.name}")
        if fact.kind == "object":
            ref = {"$ref": f"#/components/schemas/{self.structure(fact.member, request)}"}
            if fact.nullable:
                return {"description": subject, "anyOf": [ref, {"type": "null"}]}
            return {**ref, "description": subject}
        if fact.kind == "array":
            prop: dict[str, Any] = {"type": ["array", "null"] if fact.nullable else "array"}
            prop["description"] = subject
            if fact.member in JSON_TYPES:
                prop["items"] = _primitive(fact.member, fact.values, fact.format)
            else:
                name = self.structure(fact.member, request)
                prop["items"] = {"$ref": f"#/components/schemas/{name}"}
            return prop
        prop = _primitive(fact.kind, fact.values, fact.format)
        if fact.nullable:
            prop["type"] = [prop["type"], "null"]
        prop["description"] = subject
        return prop


def _primitive(kind: str, values: tuple[str, ...], format_: str | None) -> dict[str, Any]:
    prop: dict[str, Any] = {"type": kind}
    if kind == "integer":
        prop["format"] = "int64"  # Tencent integers are the SDKs' int64 (specs/README.md)
    enum = _enum(kind, values)
    if enum:
        prop["enum"] = enum
    return prop


def _enum(kind: str, values: tuple[str, ...]) -> list[Any]:
    """The values the metadata names, when they are values of the field's type."""
    if len(values) < 2 or kind not in ("string", "integer"):
        return []
    if kind == "integer":
        if not all(value.lstrip("-").isdigit() for value in values):
            return []
        return list(dict.fromkeys(int(value) for value in values))
    return list(dict.fromkeys(values))


def _read_only(action: str) -> bool:
    return action.startswith(READ_VERBS)


ExamplePair = tuple[str, str | None, str | None]


def _examples(metadata: TencentMetadata, action: str) -> tuple[dict[str, Any], list[ExamplePair]]:
    """examples/<file> -> Example Object, and (key, request file, response file) pairs."""
    files: dict[str, Any] = {}
    pairs: list[ExamplePair] = []
    for number, example in enumerate(metadata.examples.get(action, []), start=1):
        suffix = "" if number == 1 else f"-{number}"
        request = _json_after_headers(str(example.get("input", "")))
        response = _json(str(example.get("output", "")))
        origin = f"From Tencent's example metadata ({metadata.source}/examples.json)."
        request_file = response_file = None
        if isinstance(request, dict):
            request_file = f"{action}.request{suffix}.yaml"
            files[request_file] = {
                "summary": draft(f"example {number} of {action}"),
                "description": origin,
                "value": request,
            }
        if isinstance(response, dict):
            response_file = f"{action}.response{suffix}.yaml"
            files[response_file] = {
                "summary": draft(f"example {number} of {action}"),
                "description": origin,
                "value": response,
            }
        pairs.append((f"Example{number}", request_file, response_file))
    return files, pairs


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _json_after_headers(text: str) -> Any:
    """The JSON body of an example request (`POST / HTTP/1.1`, headers, a blank line)."""
    _, _, body = text.partition("\n\n")
    return _json(body.strip()) if body.strip() else {}


def draft_action(
    action: str,
    *,
    service: str,
    version: str,
    existing_schemas: dict[str, Any],
    error_codes: dict[str, list[str]],
) -> OperationDraft:
    metadata = TencentMetadata(service, version)
    facts = metadata.action(action)
    drafter = SchemaDrafter(metadata, existing_schemas)
    request_vendor, response_vendor = str(facts["input"]), str(facts["output"])
    request_schema = drafter.object_schema(request_vendor, f"{action}Request", True)
    request_schema["description"] = f"Input of {action}."
    response_schema = drafter.object_schema(response_vendor, f"{action}Response", False)
    response_schema["description"] = f"Output of {action}."
    response_schema["required"] = [*response_schema.get("required", []), "RequestId"]
    response_schema["properties"]["RequestId"] = {
        "$ref": f"{COMMON}#/components/schemas/RequestId",
        "description": "Unique ID of this request.",
    }
    drafter.schemas[f"{action}Request"] = request_schema
    drafter.schemas[f"{action}Response"] = response_schema
    drafter.schemas[f"{action}Envelope"] = {
        "type": "object",
        "description": f"HTTP body of a {action} reply.",
        "required": ["Response"],
        "properties": {
            "Response": {
                "description": "The error, or the output of the action.",
                "anyOf": [
                    {"$ref": f"{COMMON}#/components/schemas/ErrorResult"},
                    {"$ref": f"#/components/schemas/{action}Response"},
                ],
            }
        },
    }
    files, pairs = _examples(metadata, action)
    codes = error_codes.get(action, [])
    notes = [] if codes else [f"{action}: no per-action error codes given (--error-codes)"]
    request_body: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{action}Request"}}
    reply: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{action}Envelope"}}
    request_examples = {key: {"$ref": f"./examples/{req}"} for key, req, _ in pairs if req}
    reply_examples = {key: {"$ref": f"./examples/{res}"} for key, _, res in pairs if res}
    if request_examples:
        request_body["examples"] = request_examples
    if reply_examples:
        reply["examples"] = reply_examples
    node: dict[str, Any] = {
        "operationId": action,
        "x-videoapi-read-only": _read_only(action),
        "summary": draft(f"one line on what {action} does"),
        "description": draft(f"what {action} does, in our words"),
        "x-videoapi-rate-limit": FlowMap(DEFAULT_RATE_LIMIT),
        "x-videoapi-operation-error-codes": {code: draft(f"when {code}") for code in codes},
        "parameters": [
            {
                "name": "X-TC-Action",
                "in": "header",
                "required": True,
                "description": "Action name of this operation.",
                "schema": FlowMap(type="string", const=action),
            },
            {"$ref": "#/components/parameters/X-TC-Version"},
            {"$ref": "#/components/parameters/X-TC-Region"},
            {"$ref": f"{COMMON}#/components/parameters/X-TC-Timestamp"},
            {"$ref": f"{COMMON}#/components/parameters/X-TC-Token"},
            {"$ref": f"{COMMON}#/components/parameters/X-TC-Language"},
        ],
        "requestBody": {"required": True, "content": {"application/json": request_body}},
        "responses": {
            "200": {"description": ENVELOPE_DESCRIPTION, "content": {"application/json": reply}}
        },
    }
    if facts.get("status", "online") != "online":
        notes.append(f"{action}: the vendor gives it the status {facts['status']!r}")
        node["deprecated"] = True
    return OperationDraft(
        name=action,
        path=f"/#X-TC-Action={action}",
        method="post",
        node=node,
        schemas={name: schema for name, schema in drafter.schemas.items()},
        examples=files,
        notes=notes,
    )


def submit_describe_links(
    operations: dict[str, dict[str, Any]], schemas: dict[str, Any], parameters: dict[str, Any]
) -> list[tuple[str, str, dict[str, Any]]]:
    """(source, target, link) for each Submit<X>/Create<X> whose Describe<X> is in the spec:
    the Describe's request fields filled from the submit's reply or request."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for source in operations:
        for verb in ("Submit", "Create"):
            if not source.startswith(verb):
                continue
            target = "Describe" + source[len(verb) :]
            if target not in operations:
                continue
            wanted = _properties(schemas, f"{target}Request")
            output = _properties(schemas, f"{source}Response")
            given = _properties(schemas, f"{source}Request")
            body: dict[str, str] = {}
            for name in wanted:
                if name in output:
                    body[name] = f"$response.body#/Response/{name}"
                elif name in given:
                    body[name] = f"$request.body#/{name}"
            if body:
                link = {
                    "operationId": target,
                    "description": draft(f"why {source}'s reply feeds {target}"),
                    "requestBody": body,
                }
                found.append((source, target, link))
    return found


def _properties(schemas: dict[str, Any], name: str) -> dict[str, Any]:
    schema = schemas.get(name)
    return dict(schema.get("properties", {})) if isinstance(schema, dict) else {}


def error_codes_option(path: Path | None) -> dict[str, list[str]]:
    """The per-action error lists of the Go SDK's client.go at `path` (none without it)."""
    return load_error_codes(path)
