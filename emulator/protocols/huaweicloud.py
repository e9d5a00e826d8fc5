"""Huawei Cloud API Gateway on the server side: routing, AK/SK and token auth, typed
parameters and the error body, written once for every Huawei service.

Failures are 4xx/5xx with `{"error_code", "error_msg"}`; every reply carries X-Request-Id,
which the official SDK reads into `x_request_id` (and `request_id` of its exceptions).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema.exceptions import best_match

from clouds.huaweicloud import HUAWEICLOUD
from emulator.clock import Clock
from emulator.config import Config
from emulator.http import NotJson, Reply, Request, clip, json_reply, new_request_id, parse_json
from emulator.protocols.errors import ApiError, describe
from emulator.protocols.huawei_gateway import HuaweiGateway, no_api
from emulator.protocols.huawei_gateway import latin1_to_utf8 as _latin1_to_utf8
from emulator.protocols.query_text import coerce, schema_type
from emulator.rate_limit import RateLimiter
from emulator.schemas import OperationSchemas, RequestSchema, ServiceSchemas
from speclib.walk import operations

log = logging.getLogger("emulator")

NOT_FOUND = "MSS.00000002"  # a resource the service does not know
INVALID_PARAMETER = "MSS.00000003"
INTERNAL_ERROR = "MSS.00000004"
BODY_NOT_JSON = "MSS.10000002"
BODY_INVALID = "MSS.10000003"
# What is kept of the requests seen, each a pure function of the request's text: the route of
# a path, the pairs of a query string, an operation's typed query. At most KEPT of each, and
# only for a path or query string of at most KEPT_CHARS characters.
KEPT = 1024
KEPT_CHARS = 2048


@dataclass(frozen=True)
class HuaweiContext:
    """What a handler gets: the matched operation and its validated, typed parameters."""

    operation_id: str
    path_params: dict[str, str]
    query: dict[str, Any]  # declared query parameters, typed, with the spec's defaults
    headers: dict[str, str]  # names lower-cased
    project_id: str | None
    request_id: str
    body: Any = None  # the validated JSON body, for operations that have one


# (status, JSON body); a None body is a reply without one (a cancel's 200).
HuaweiHandler = Callable[[HuaweiContext], tuple[int, dict[str, Any] | None]]


@dataclass(frozen=True)
class HuaweiRoute:
    method: str
    pattern: re.Pattern[str]
    operation_id: str
    handler: HuaweiHandler

    @classmethod
    def from_openapi(
        cls, method: str, path: str, operation_id: str, handler: HuaweiHandler
    ) -> HuaweiRoute:
        return cls(method.upper(), path_pattern(path), operation_id, handler)


@dataclass
class HuaweiService:
    name: str
    schemas: ServiceSchemas
    routes: list[HuaweiRoute]

    @property
    def version(self) -> str:
        """The API version (the spec's info.version, the first segment of every path)."""
        return str(self.schemas.document["info"]["version"])


_NO_DEFAULT: Any = object()


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str  # path, query or header
    required: bool
    schema: dict[str, Any]
    validator: RequestSchema
    default: Any = _NO_DEFAULT

    def problem(self, value: Any) -> str | None:
        """Why a given value breaks the parameter's schema, or None."""
        if self.validator.fast_is_valid(value):
            return None
        error = best_match(self.validator.first_errors(value))
        return None if error is None else describe(error)


def path_pattern(path: str) -> re.Pattern[str]:
    """`/v1/{project_id}/videos` as a regex with one named group per template variable."""
    parts = re.split(r"\{([^}]+)\}", path)
    regex = ""
    for index, part in enumerate(parts):
        if index % 2 == 0:
            regex += re.escape(part)
        elif part.isidentifier():
            regex += f"(?P<{part}>[^/]+)"
        else:
            raise ValueError(f"path variable {part!r} of {path} is not a valid group name")
    return re.compile(regex)


def service_routes(
    schemas: ServiceSchemas, handlers: dict[str, HuaweiHandler]
) -> list[HuaweiRoute]:
    """A route for each handled operation, with the method and path the spec gives it.

    Operations without a handler are left out, so they answer 404 like an unknown path.
    """
    routes = []
    for operation in operations(schemas.document):
        handler = handlers.get(operation.operation_id or "")
        if handler is not None:
            routes.append(
                HuaweiRoute.from_openapi(
                    operation.method, operation.path, operation.operation_id or "", handler
                )
            )
    unknown = set(handlers) - {route.operation_id for route in routes}
    if unknown:
        raise ValueError(f"handlers for operations the spec lacks: {', '.join(sorted(unknown))}")
    return routes


def _query_value(values: list[str], schema: dict[str, Any]) -> Any:
    if schema_type(schema) == "array":
        # Both spellings reach real services: the SDK repeats the key, hand-written URLs
        # often join the items with commas.
        items = schema.get("items", {})
        return [coerce(part, items) for value in values for part in value.split(",") if part]
    # A repeated scalar is joined with commas, as the Java services behind the gateway bind it.
    return coerce(",".join(values), schema)


class HuaweiCloudProtocol:
    """REST behind the API gateway: every path but Tencent's `/` (the gateway itself, finding
    the API, authentication and throttling: huawei_gateway.py)."""

    cloud = HUAWEICLOUD

    @staticmethod
    def claims(path: str) -> bool:
        return path != "/"

    # Huawei's gateway answers in one language: the request's headers change nothing.
    @staticmethod
    def too_large(limit: int, headers: Mapping[str, str]) -> Reply:
        reply = json_reply(
            413,
            {
                "error_code": "APIG.0201",
                "error_msg": f"Request entity too large (limit {limit} bytes)",
            },
            [("X-Request-Id", new_request_id())],
        )
        reply.outcome = "APIG.0201"
        return reply

    @staticmethod
    def incomplete_body(seconds: float, headers: Mapping[str, str]) -> Reply:
        request_id = new_request_id()
        reply = json_reply(
            400,
            {
                "error_code": BODY_NOT_JSON,
                "error_msg": f"The request body did not arrive within {seconds:g} s.",
            },
            [("X-Request-Id", request_id)],
        )
        reply.outcome = BODY_NOT_JSON
        return reply

    def __init__(
        self,
        services: list[HuaweiService],
        config: Config,
        clock: Clock,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.config, self.clock = config, clock
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.gateway = HuaweiGateway(config, clock, self.limiter)
        self.services = {service.name: service for service in services}
        self.routes = [(service, route) for service in services for route in service.routes]
        self.parameters = {
            (service.name, route.operation_id): self._parameters(
                service.schemas.operations[route.operation_id]
            )
            for service, route in self.routes
        }
        self._routes: dict[tuple[str, str], tuple[HuaweiService, HuaweiRoute, dict[str, str]]]
        self._routes = {}
        self._pairs_of: dict[str, list[tuple[str, str]]] = {}
        # (service, operation, query string) -> its typed query, when every value was valid.
        self._queries: dict[tuple[str, str, str], dict[str, Any]] = {}

    @staticmethod
    def _parameters(schemas: OperationSchemas) -> list[_Parameter]:
        found = []
        for name, parameter in schemas.parameters.items():
            schema = dict(parameter.get("schema", {}))
            validator = RequestSchema(schema)
            location, required = str(parameter.get("in")), bool(parameter.get("required"))
            default = schema.get("default", _NO_DEFAULT)
            found.append(_Parameter(name, location, required, schema, validator, default))
        return found

    def handle(self, request: Request) -> Reply:
        request_id = new_request_id()
        headers = [("X-Request-Id", request_id)]
        operation_id = "-"
        try:
            service, route, groups = self._route(request)
            operation_id = route.operation_id
            pairs = self._pairs(request)
            project_id = groups.get("project_id")
            self.gateway.authenticate(
                request, pairs, None if project_id is None else unquote(project_id)
            )
            limit = service.schemas.operations[route.operation_id].rate_limit
            self.gateway.throttle(service.name, route.operation_id, limit)
            context = self._context(request, pairs, service, route, groups, request_id)
            status, payload = route.handler(context)
            if payload is None:
                reply = Reply(status, b"", list(headers))
            else:
                reply = json_reply(status, payload, headers)
        except ApiError as error:
            reply = json_reply(
                error.status, {"error_code": error.code, "error_msg": error.message}, headers
            )
            reply.outcome = error.code
        except Exception:
            # A bug in the emulator, not the caller's fault: log it, never leak a traceback.
            log.exception("%s failed (request %s)", operation_id, request_id)
            reply = json_reply(
                500, {"error_code": INTERNAL_ERROR, "error_msg": "Internal Error"}, headers
            )
            reply.outcome = INTERNAL_ERROR
        reply.action = operation_id
        return reply

    def _route(self, request: Request) -> tuple[HuaweiService, HuaweiRoute, dict[str, str]]:
        """The service and route of the request, and the path's variables as sent."""
        found = self._routes.get((request.method, request.path))
        if found is not None:
            return found
        path_known = False
        for service, route in self.routes:
            match = route.pattern.fullmatch(request.path)
            if match is not None:
                if route.method == request.method:
                    found = service, route, match.groupdict()
                    _keep(self._routes, (request.method, request.path), found, request.path)
                    return found
                path_known = True
        raise no_api(request, path_known)

    def _pairs(self, request: Request) -> list[tuple[str, str]]:
        """The query string's (name, value) pairs (the caller does not change them)."""
        raw = request.raw_query
        pairs = self._pairs_of.get(raw)
        if pairs is None:
            pairs = parse_qsl(_latin1_to_utf8(raw), keep_blank_values=True)
            _keep(self._pairs_of, raw, pairs, raw)
        return pairs

    # ---- parameters and body ----
    def _context(
        self,
        request: Request,
        pairs: list[tuple[str, str]],
        service: HuaweiService,
        route: HuaweiRoute,
        groups: dict[str, str],
        request_id: str,
    ) -> HuaweiContext:
        path_params = {name: unquote(value) for name, value in groups.items()}
        parameters = self.parameters[(service.name, route.operation_id)]
        key = (service.name, route.operation_id, request.raw_query)
        kept = self._queries.get(key)
        if kept is None:
            kept = self._typed(parameters, pairs, path_params, request)
            _keep(self._queries, key, kept, request.raw_query)
        else:  # every query parameter was valid: the others are checked, in their order
            self._typed([p for p in parameters if p.location != "query"], [], path_params, request)
        query = {
            name: list(value) if type(value) is list else value for name, value in kept.items()
        }
        schemas = service.schemas.operations[route.operation_id]
        return HuaweiContext(
            operation_id=route.operation_id,
            path_params=path_params,
            query=query,
            headers=dict(request.headers),
            project_id=path_params.get("project_id"),
            request_id=request_id,
            body=self._body(request, schemas),
        )

    def _typed(
        self,
        parameters: list[_Parameter],
        pairs: list[tuple[str, str]],
        path_params: dict[str, str],
        request: Request,
    ) -> dict[str, Any]:
        """The declared query parameters, typed, with the spec's defaults; the first
        parameter (in the spec's order) that is missing or invalid is refused."""
        raw_query: dict[str, list[str]] = {}
        for key, text in pairs:
            if text != "":  # a blank value means "not given", not an invalid one
                raw_query.setdefault(key, []).append(text)
        query: dict[str, Any] = {}
        for parameter in parameters:
            value = self._raw_value(parameter, path_params, raw_query, request)
            if value is None:
                if parameter.default is not _NO_DEFAULT:
                    value = parameter.default
                elif parameter.required:
                    raise ApiError(
                        INVALID_PARAMETER, f"Invalid parameter: {parameter.name}: missing", 400
                    )
                else:
                    continue
            else:
                problem = parameter.problem(value)
                if problem is not None:
                    raise ApiError(
                        INVALID_PARAMETER, f"Invalid parameter: {parameter.name}: {problem}", 400
                    )
            if parameter.location == "query":
                query[parameter.name] = value
        return query

    @staticmethod
    def _raw_value(
        parameter: _Parameter,
        path_params: dict[str, str],
        raw_query: dict[str, list[str]],
        request: Request,
    ) -> Any:
        """The parameter as received, typed by its schema; None when absent."""
        if parameter.location == "path":
            return path_params.get(parameter.name)
        if parameter.location == "query":
            texts = raw_query.get(parameter.name)
            if texts is None:
                return None
            value = _query_value(texts, parameter.schema)
            return None if value == [] else value
        if parameter.location == "header":
            header = request.header(parameter.name)
            return None if header is None else _latin1_to_utf8(header)
        return None  # cookies: no Huawei operation declares one

    @staticmethod
    def _body(request: Request, schemas: OperationSchemas) -> Any:
        if schemas.request_body is None:
            return None  # the gateway passes an unexpected body on; the service ignores it
        content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
        if content_type not in ("application/json", ""):
            # MetaStudio documents no code of its own for this: its malformed-body code.
            raise ApiError(
                BODY_NOT_JSON,
                f"The request body must be application/json, not `{clip(content_type)}`.",
                400,
            )
        if not request.body.strip() and schemas.request_body_required:
            raise ApiError(BODY_NOT_JSON, "The request body is missing.", 400)
        try:
            # An empty optional body is an empty object; validation names what is missing.
            body = parse_json(request.body) if request.body.strip() else {}
        except NotJson as reason:
            raise ApiError(
                BODY_NOT_JSON, f"The request body is not valid JSON: {reason}.", 400
            ) from None
        error = best_match(schemas.request_body.first_errors(body))
        if error is not None:
            where = clip(".".join(str(part) for part in error.absolute_path) or "(body)")
            raise ApiError(
                BODY_INVALID, f"Parameter validation failed: {where}: {describe(error)}", 400
            )
        return body


def _keep(kept: dict[Any, Any], key: Any, value: Any, text: str) -> None:
    """Keep `value` (derived from `text` alone) unless the text is too long; a full cache is
    emptied, so that what is kept stays bounded whatever the requests."""
    if len(text) <= KEPT_CHARS:
        if len(kept) >= KEPT:
            kept.clear()
        kept[key] = value
