"""The service client of a package (`TiwClient` / `AsyncTiwClient` ...): one method per
operation, its keyword arguments taken from the request, returning the typed output.

The facts come from openapi-python-client's own reading of the client view (the same
names and types as the low-level functions under api/, which the methods call) and
from the spec's `x-videoapi-waiter` and `x-videoapi-paginator` extensions. The module
is rendered from the generator's `service.py.jinja` with the cloud's
`service_setup.py.jinja` (its constructor).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import snake_case

WAITER_EXTENSION = "x-videoapi-waiter"
PAGINATOR_EXTENSION = "x-videoapi-paginator"
# Keyword arguments of waiters and paginators: an operation must not use them.
RESERVED = frozenset({"self", "client", "body", "timeout", "interval", "max_interval"})


class ServiceClientError(RuntimeError):
    """The spec cannot become a service client (a name clash, a bad extension)."""


@dataclass
class Argument:
    name: str
    type: str
    default: str | None  # None: required
    doc: str
    target: str  # "body", "param"


@dataclass
class Method:
    name: str
    operation_id: str
    module: str  # the low-level module, relative to the package: api.<tag>.<name>
    doc: str
    arguments: list[Argument]
    bound: list[str]  # parameters the client binds once (Huawei's project_id)
    body_class: str | None
    output: str
    waiter: dict[str, Any] | None = None
    paginator: dict[str, Any] | None = None
    imports: set[str] = field(default_factory=set)


def text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "get_untrusted_value"):
        value = value.get_untrusted_value()
    return " ".join(str(value).split())


def docstring_safe(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def wrapped(value: str, indent: int, width: int = 96) -> str:
    """Paragraphs (split on blank lines) wrapped, every line after the first indented."""
    paragraphs = [
        textwrap.wrap(docstring_safe(paragraph), width=width) or [""]
        for paragraph in value.split("\n\n")
    ]
    lines = [line for i, p in enumerate(paragraphs) for line in ([""] if i else []) + p]
    return "\n".join((" " * indent + line if n and line else line) for n, line in enumerate(lines))


def method_docstring(method: Method, indent: int = 8) -> str:
    """The method's docstring body: the operation's summary and description, its arguments."""
    body = wrapped(method.doc or method.operation_id, indent)
    if method.arguments:
        body += "\n\n" + " " * indent + "Args:"
        for arg in method.arguments:
            line = f"{arg.name}: {arg.doc or '(not described)'}"
            body += "\n" + " " * (indent + 4) + wrapped(line, indent + 8, 88)
    return body


def parse(spec: dict[str, Any], source: Path) -> Any:
    """openapi-python-client's reading of the spec (typed Any here: its property classes
    are a wide union the code below only reads)."""
    config = Config.from_sources(
        ConfigFile(literal_enums=True), MetaType.NONE, source, "utf-8", False, None
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise ServiceClientError(f"openapi-python-client could not read the spec: {data.detail}")
    return data


def imports_of(prop: Any) -> set[str]:
    """What the service module imports to name `prop`'s type (models too)."""
    found = set(prop.get_imports(prefix="."))
    if hasattr(prop, "get_lazy_imports"):
        found.update(prop.get_lazy_imports(prefix="."))
    return found


def argument(prop: Any, target: str, imports: set[str], doc: str = "") -> Argument:
    imports.update(imports_of(prop))
    default = None
    if not prop.required:
        default = prop.default.python_code.as_unembedded_code() if prop.default else "UNSET"
    return Argument(
        name=str(prop.python_name),
        type=prop.get_type_string().as_unembedded_code(),
        default=default,
        doc=doc or text(prop.description),
        target=target,
    )


def operation_nodes(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """snake_case operation name (openapi-python-client's endpoint.name) -> (id, node)."""
    return {
        snake_case(str(node["operationId"])): (str(node["operationId"]), node)
        for item in spec.get("paths", {}).values()
        for node in item.values()
        if isinstance(node, dict) and "operationId" in node
    }


def output_property(
    endpoint: Any, operation: str, tencent: bool, models: dict[str, Any]
) -> tuple[Any, str]:
    """The success output's property (None: no body) and its type. A Tencent reply's is
    the `<Action>Response` inside the envelope's Response (a union with the error)."""
    [ok] = [r for r in endpoint.responses.patterns if r.status_code.range[0] == 200]
    if not tencent:
        kind = ok.prop.get_type_string().as_unembedded_code()
        if kind in ("None", "Any"):  # an empty reply (openapi-python-client: Any)
            return None, "None"
        return models.get(ok.prop.class_info.name, ok.prop), kind
    [inner] = [p for p in ok.prop.required_properties if text(p.name) == "Response"]
    candidates = getattr(inner, "inner_properties", None) or [inner]
    wanted = f"{operation}Response"
    names = {p.class_info.name for p in candidates if getattr(p, "class_info", None)}
    if wanted not in names:
        raise ServiceClientError(f"{operation}: the envelope's Response has no {wanted}")
    return models[wanted], wanted


def prop_named(model: Any, spec_name: str) -> Any:
    for prop in model.required_properties + model.optional_properties:
        if text(prop.name) == spec_name:
            return prop
    raise ServiceClientError(f"{model.class_info.name} has no property {spec_name!r}")


def methods(spec: dict[str, Any], source: Path, bound: frozenset[str]) -> list[Method]:
    data = parse(spec, source)
    nodes = operation_nodes(spec)
    models: dict[str, Any] = {str(model.class_info.name): model for model in data.models}
    result = []
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            operation, node = nodes[str(endpoint.name)]
            tencent = "#X-TC-Action=" in endpoint.path.get_untrusted_value()
            imports: set[str] = set()
            arguments: list[Argument] = []
            bound_here = []
            described = {
                str(param.get("name")): text(param.get("description"))
                for param in node.get("parameters", [])
            }
            for param in (
                endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
            ):
                if str(param.python_name) in bound:
                    bound_here.append(str(param.python_name))
                    continue
                doc = described.get(text(param.name), "")
                arguments.append(argument(param, "param", imports, doc))
            body_class = None
            if endpoint.bodies:
                model = endpoint.bodies[0].prop
                body_class = model.class_info.name
                imports.update(imports_of(model))
                for prop in model.required_properties + model.optional_properties:
                    arguments.append(argument(prop, "body", imports))
            names = [a.name for a in arguments]
            clashes = {n for n in names if names.count(n) > 1} | (set(names) & RESERVED)
            if clashes:
                raise ServiceClientError(f"{operation}: argument names clash: {sorted(clashes)}")
            prop, output = output_property(endpoint, operation, tencent, models)
            if prop is not None:
                imports.update(imports_of(prop))
            doc = "\n\n".join(
                part for part in (text(endpoint.summary), text(endpoint.description)) if part
            )
            method = Method(
                name=str(endpoint.name),
                operation_id=operation,
                module=f"api.{tag}.{endpoint.name}",
                doc=doc,
                arguments=sorted(arguments, key=lambda a: a.default is not None),
                bound=bound_here,
                body_class=body_class,
                output=output,
                imports=imports,
            )
            method.waiter = waiter(node, method, prop)
            method.paginator = paginator(node, method, prop)
            result.append(method)
    return result


def waiter(node: dict[str, Any], method: Method, output: Any) -> dict[str, Any] | None:
    facts = node.get(WAITER_EXTENSION)
    if facts is None:
        return None
    status = prop_named(output, facts["status"])
    return {
        "name": f"wait_until_{snake_case(facts['name'])}",
        "title": facts["name"],
        "constant": f"_{snake_case(facts['name']).upper()}",
        "status": str(status.python_name),
        "success": list(facts["success"]),
        "failure": list(facts.get("failure", [])),
    }


def paginator(node: dict[str, Any], method: Method, output: Any) -> dict[str, Any] | None:
    facts = node.get(PAGINATOR_EXTENSION)
    if facts is None:
        return None
    items = prop_named(output, facts["items"])
    total = prop_named(output, facts["total"]) if "total" in facts else None
    offset, limit = snake_case(facts["offset"]), snake_case(facts["limit"])
    by_name = {a.name: a for a in method.arguments}
    if offset not in by_name or limit not in by_name:
        raise ServiceClientError(f"{method.operation_id}: no parameter {offset!r} or {limit!r}")
    inner = items.inner_property
    method.imports.update(imports_of(inner))
    return {
        "name": f"iter_{snake_case(facts['name'])}",
        "offset": offset,
        "limit": limit,
        "limit_default": by_name[limit].default or "10",
        "items_field": str(items.python_name),
        "item_type": inner.get_type_string().as_unembedded_code(),
        "total": str(total.python_name) if total is not None else None,
    }
