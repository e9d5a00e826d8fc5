"""Draft a Huawei Cloud REST operation from the official SDK's client and models.

The SDK's client builds each call in `_<operation>_http_info`: the method, the
resource path, which request attributes go into the path, the query and the
headers, whether there is a body, and the response headers. The models give
each field's wire name and type (`attribute_map`, `openapi_types`), the
required flags of requests and replies (`toolchain/drift/huawei.py` reads them from the constructor)
and the values the getters' docstrings name. The SDK states no nullability,
status code or error codes: the 200 reply and the shared error replies of
common.yaml are drafted, the operation's codes left to the maintainer.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any

from speclib.loader import load_file
from toolchain.drift.huawei import (
    SET_BY_SIGNING_LAYER,
    SdkModels,
    declared_fields,
    load_models,
    required_attributes,
    sdk_kind,
)
from toolchain.scaffold.draft import FlowMap, OperationDraft, ScaffoldError, draft

COMMON = "../../common.yaml"
READ_METHODS = ("get", "head")
DEFAULT_RATE_LIMIT = FlowMap(requests=20, per="second")
ERROR_REPLIES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "404": "NotFound",
    "500": "InternalError",
}
PRIMITIVE_FORMATS = {"integer": "int32", "number": "float"}

_FIELD = re.compile(r'"(method|resource_path|response_type)": "([^"]+)"')
_QUERY = re.compile(r"query_params\.append\(\('([\w.\-]+)', local_var_params\['(\w+)'\]\)\)")
_HEADER = re.compile(r"header_params\['([\w\-]+)'\] = local_var_params\['(\w+)'\]")
_BODY = re.compile(r"body = local_var_params\['body'\]")
_RESPONSE_HEADERS = re.compile(r"response_headers = \[([^\]]*)\]")


class HttpInfo:
    """What the SDK's client sends for one operation."""

    def __init__(self, source: str) -> None:
        fields = dict(_FIELD.findall(source))
        self.method = fields["method"].lower()
        self.path = fields["resource_path"]
        # project_id is filled in by the SDK's core from the credentials
        self.path_params = re.findall(r"\{(\w+)\}", self.path)
        self.query = [(wire, attribute) for wire, attribute in _QUERY.findall(source)]
        self.headers = [(wire, attribute) for wire, attribute in _HEADER.findall(source)]
        self.has_body = bool(_BODY.search(source))
        listed = _RESPONSE_HEADERS.search(source)
        self.response_headers = re.findall(r'"([^"]+)"', listed.group(1)) if listed else []


def http_info(service: str, version: str, operation: str) -> HttpInfo:
    module = importlib.import_module(f"huaweicloudsdk{service}.{version}.{service}_client")
    client = next(
        (
            value
            for name, value in vars(module).items()
            if name.endswith("Client") and getattr(value, "__module__", "") == module.__name__
        ),
        None,
    )
    if client is None:
        raise ScaffoldError(f"huaweicloudsdk{service} has no client class")
    wanted = f'"response_type": "{operation}Response"'
    for name, member in vars(client).items():
        function = getattr(member, "__func__", member)
        if not name.endswith("_http_info") or not callable(function):
            continue
        source = inspect.getsource(function)
        if wanted in source:
            return HttpInfo(source)
    raise ScaffoldError(f"huaweicloudsdk{service}'s client has no call for {operation}")


class SchemaDrafter:
    def __init__(self, models: SdkModels, existing: dict[str, Any], common: dict[str, Any]) -> None:
        self.models = models
        self.existing = existing
        self.common = common  # common.yaml's schemas, referred to where they fit
        self.schemas: dict[str, Any] = {}

    def ref(self, vendor: str, request: bool) -> str:
        named = self._named_after(vendor, request)
        if named is not None:  # a component of ours already models it under another name
            return f"#/components/schemas/{named}"
        shared = self.common.get(vendor)
        if (
            isinstance(shared, dict)
            and (shared.get("additionalProperties") is False) == request
            and self._same_required(vendor, shared)
        ):
            return f"{COMMON}#/components/schemas/{vendor}"
        return f"#/components/schemas/{self.structure(vendor, request)}"

    def _named_after(self, vendor: str, request: bool) -> str | None:
        """The spec's component whose x-videoapi-vendor-name is this model, if any."""
        for name, schema in {**self.existing, **self.schemas}.items():
            if (
                isinstance(schema, dict)
                and schema.get("x-videoapi-vendor-name") == vendor
                and (schema.get("additionalProperties") is False) == request
            ):
                return name
        return None

    def _same_required(self, vendor: str, shared: dict[str, Any]) -> bool:
        """Whether a common schema of the model's name requires what the SDK's model does
        (the SDK's ErrorResponse of a job's error_info requires nothing; the error body
        common.yaml calls ErrorResponse requires both fields)."""
        model = self.models.model(vendor)
        always = required_attributes(model) if model is not None else None
        if always is None:
            return True
        wire = getattr(model, "attribute_map", {})
        return {wire.get(name, name) for name in always} == set(shared.get("required", []))

    def structure(self, vendor: str, request: bool) -> str:
        for name in (vendor, f"{vendor}Input" if request else f"{vendor}Output"):
            known = self.schemas.get(name, self.existing.get(name))
            if known is None:
                model = self.models.model(vendor)
                if model is None:
                    raise ScaffoldError(f"{vendor} is not a model of {self.models.source}")
                self.schemas[name] = {}
                self.schemas[name] = self.object_schema(model, name, request)
                return name
            if not known or (known.get("additionalProperties") is False) == request:
                return name
        raise ScaffoldError(f"no free component name for {vendor}")

    def object_schema(
        self, model: type, name: str, request: bool, skip: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        vendor = model.__name__
        schema: dict[str, Any] = {"type": "object", "description": draft(f"what a {vendor} is")}
        if name != vendor:
            schema["x-videoapi-vendor-name"] = vendor
        if request:
            schema["additionalProperties"] = False
        required: list[str] = []
        properties: dict[str, Any] = {}
        for fact in declared_fields(self.models, model, skip, with_required=True):
            if fact.required:
                required.append(fact.name)
            properties[fact.name] = self.property(vendor, fact, request)
        if required:
            schema["required"] = required
        schema["properties"] = properties
        return schema

    def property(self, vendor: str, fact: Any, request: bool) -> dict[str, Any]:
        subject = draft(f"{vendor}.{fact.name}")
        if fact.kind == "object" and fact.member:
            return {"$ref": self.ref(fact.member, request), "description": subject}
        if fact.kind == "object":
            return {"type": "object", "description": subject}
        if fact.kind == "array":
            if fact.member in PRIMITIVE_FORMATS or fact.member in ("string", "boolean"):
                items = _primitive(fact.member, fact.values)
            else:
                items = {"$ref": self.ref(fact.member, request)}
            return {"type": "array", "description": subject, "items": items}
        return {**_primitive(fact.kind, fact.values), "description": subject}


def _primitive(kind: str, values: tuple[str, ...]) -> dict[str, Any]:
    prop: dict[str, Any] = {"type": kind}
    if kind in PRIMITIVE_FORMATS:
        prop["format"] = PRIMITIVE_FORMATS[kind]
    if kind == "string" and values:  # the docstrings name a value only where it is the set
        prop["enum"] = list(dict.fromkeys(values))
    return prop


def _common_components(document_path: Path | None, section: str) -> dict[str, Any]:
    if document_path is None or not document_path.is_file():
        return {}
    common = load_file(document_path)
    return dict((common.get("components") or {}).get(section) or {})


def _parameter_ref(
    wire: str, where: str, local: dict[str, Any], common: dict[str, Any]
) -> dict[str, str] | None:
    for prefix, table in (("", local), (COMMON, common)):
        found = table.get(wire)
        if isinstance(found, dict) and found.get("name") == wire and found.get("in") == where:
            return {"$ref": f"{prefix}#/components/parameters/{wire}"}
    return None


def draft_operation(
    operation: str,
    *,
    service: str,
    version: str,
    document: dict[str, Any],
    existing_schemas: dict[str, Any],
    spec_path: Path | None = None,
) -> OperationDraft:
    models = load_models(service, version)
    if models is None:
        raise ScaffoldError(f"huaweicloudsdk{service} ({version}) is not installed")
    request_model = models.model(f"{operation}Request")
    response_model = models.model(f"{operation}Response")
    if request_model is None or response_model is None:
        raise ScaffoldError(f"{operation} is not an operation of {models.source}")
    info = http_info(service, version, operation)
    common_path = spec_path.parents[2] / "common.yaml" if spec_path else None
    drafter = SchemaDrafter(models, existing_schemas, _common_components(common_path, "schemas"))
    local = dict((document.get("components") or {}).get("parameters") or {})
    common = _common_components(common_path, "parameters")
    request_facts = {
        fact.name: fact for fact in declared_fields(models, request_model, frozenset(), True)
    }
    parameters: list[dict[str, Any]] = []
    for where, wires in (
        ("path", info.path_params),
        ("query", [wire for wire, _ in info.query]),
        ("header", [wire for wire, _ in info.headers]),
    ):
        for wire in wires:
            ref = _parameter_ref(wire, where, local, common)
            if ref is not None:
                parameters.append(ref)
                continue
            fact = request_facts.get(wire)
            if fact is None:
                continue
            schema = _primitive(fact.kind or "string", fact.values)
            if where == "path":
                schema["minLength"] = 1
            parameters.append(
                {
                    "name": wire,
                    "in": where,
                    "required": where == "path" or bool(fact.required),
                    "description": draft(f"{operation}.{wire}"),
                    "schema": schema,
                }
            )
    for wire in sorted(SET_BY_SIGNING_LAYER - {"project_id"}):
        ref = _parameter_ref(wire, "header", {}, common)
        if ref is not None:
            parameters.append(ref)
    node: dict[str, Any] = {
        "operationId": operation,
        "x-videoapi-read-only": info.method in READ_METHODS,
        "summary": draft(f"one line on what {operation} does"),
        "description": draft(f"what {operation} does, in our words"),
        "x-videoapi-rate-limit": FlowMap(DEFAULT_RATE_LIMIT),
        "x-videoapi-operation-error-codes": {},
        "parameters": parameters,
    }
    if info.has_body:
        body_type = str(getattr(request_model, "openapi_types", {}).get("body", ""))
        kind, member = sdk_kind(body_type)
        if kind != "object" or not member:
            raise ScaffoldError(f"{operation}'s body is {body_type}, not a model")
        required = "body" in (required_attributes(request_model) or frozenset())
        name = drafter.structure(member, True)
        node["requestBody"] = {
            "required": required,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
        }
    header_names = frozenset(info.response_headers) | frozenset(
        wire
        for wire in getattr(response_model, "attribute_map", {}).values()
        if wire.startswith("X-")
    )
    response_name = f"{operation}Response"
    drafter.schemas[response_name] = drafter.object_schema(
        response_model, response_name, False, skip=header_names
    )
    reply: dict[str, Any] = {"description": draft(f"what {operation} returns")}
    reply["headers"] = {
        header: {"$ref": f"{COMMON}#/components/headers/{header}"}
        for header in sorted(header_names)
    }
    reply["content"] = {
        "application/json": {"schema": {"$ref": f"#/components/schemas/{response_name}"}}
    }
    node["responses"] = {"200": reply} | {
        status: {"$ref": f"{COMMON}#/components/responses/{name}"}
        for status, name in ERROR_REPLIES.items()
    }
    return OperationDraft(
        name=operation,
        path=info.path,
        method=info.method,
        node=node,
        schemas=drafter.schemas,
        notes=[f"{operation}: the SDK names no error codes; list them from the API page"],
    )


def _path_parameters(node: dict[str, Any], local: dict[str, Any]) -> list[str]:
    names = []
    for parameter in node.get("parameters", []):
        ref = parameter.get("$ref", "")
        if ref.startswith("#/components/parameters/"):
            parameter = local.get(ref.rsplit("/", 1)[1], {})
        if parameter.get("in") == "path":
            names.append(str(parameter.get("name")))
    return names


def create_show_links(
    operations: dict[str, dict[str, Any]], schemas: dict[str, Any], parameters: dict[str, Any]
) -> list[tuple[str, str, dict[str, Any]]]:
    """(source, target, link) for each Create<X> whose Show<X> is in the spec."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for source in operations:
        if not source.startswith("Create"):
            continue
        target = "Show" + source[len("Create") :]
        if target not in operations:
            continue
        output = (schemas.get(f"{source}Response") or {}).get("properties", {})
        values: dict[str, str] = {}
        for name in _path_parameters(operations[target], parameters):
            if name == "project_id":
                values[f"path.{name}"] = "$request.path.project_id"
            elif name in output:
                values[f"path.{name}"] = f"$response.body#/{name}"
        if values:
            link = {
                "operationId": target,
                "description": draft(f"why {source}'s reply feeds {target}"),
                "parameters": values,
            }
            found.append((source, target, link))
    return found
