"""Tencent Cloud API 3.0 on the server side: routing, the envelope, the parameters (who
calls and whether the request is theirs: tencent_auth.py).

Every reply is HTTP 200 with `Content-Type: application/json`; failures carry
Response.Error, exactly as the cloud (and the official SDK's parser) expects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from clouds.tencentcloud import TENCENTCLOUD
from emulator.clock import Clock
from emulator.config import Config
from emulator.http import NotJson, Reply, Request, clip, json_reply, new_request_id, parse_json
from emulator.messages import localized, text
from emulator.protocols.errors import ApiError
from emulator.protocols.tencent_auth import Call, TencentAuth, check_language, read_call, where
from emulator.protocols.tencent_params import first_error, parameter_error, unflatten
from emulator.rate_limit import RateLimiter
from emulator.schemas import ServiceSchemas

log = logging.getLogger("emulator")


@dataclass(frozen=True)
class ActionContext:
    """What a handler gets: the validated parameters and who asked."""

    action: str
    params: dict[str, Any]
    region: str | None
    secret_id: str | None
    request_id: str
    language: str | None = None  # X-TC-Language / Language: zh-CN or en-US


Handler = Callable[[ActionContext], dict[str, Any]]


@dataclass
class TencentService:
    name: str  # the credential-scope service, e.g. "tiw"
    version: str
    schemas: ServiceSchemas
    actions: dict[str, Handler]
    regions: tuple[str, ...] = ()
    # The code a type mismatch gets (TIW documents its own).
    type_mismatch_code: str = "InvalidParameter"
    # Parameter (dotted path) -> the code of a value its schema refuses, where the service
    # documents one (default InvalidParameterValue).


class TencentCloudProtocol:
    """Every call is `GET /` or `POST /`; the action and the signed service tell them apart."""

    cloud = TENCENTCLOUD

    @staticmethod
    def claims(path: str) -> bool:
        return path == "/"

    # The documented request size limits (Request Structure): a GET's query string,
    # and a POST body signed with TC3.
    MAX_QUERY_BYTES = 32 * 1024
    MAX_BODY_BYTES = 10 * 1024 * 1024

    @classmethod
    def too_large(cls, limit: int, headers: Mapping[str, str]) -> Reply:
        """The reply to a body over `limit` bytes, in the language of the request's headers
        (names lower-cased): the body, and any Language parameter in it, was not read."""
        limit = min(limit, cls.MAX_BODY_BYTES)
        return cls._error(
            "-",
            ApiError("RequestSizeLimitExceeded", text("request.body_size", limit=limit)),
            new_request_id(),
            headers.get("x-tc-language"),
        )

    @classmethod
    def incomplete_body(cls, seconds: float, headers: Mapping[str, str]) -> Reply:
        """The reply to a body that did not arrive in `seconds`, as too_large answers."""
        return cls._error(
            "-",
            ApiError("InvalidParameter", text("request.body_late", seconds=f"{seconds:g}")),
            new_request_id(),
            headers.get("x-tc-language"),
        )

    def __init__(
        self,
        services: list[TencentService],
        config: Config,
        clock: Clock,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.services = {service.name: service for service in services}
        self.config, self.clock = config, clock
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.auth = TencentAuth(config, clock)

    def handle(self, request: Request) -> Reply:
        request_id = new_request_id()
        action = clip(request.header("x-tc-action") or "-")
        language = request.header("x-tc-language")
        try:
            if request.method not in ("GET", "POST"):
                method = clip(request.method)
                raise ApiError("UnsupportedProtocol", text("request.method", method=method))
            if request.method == "GET" and len(request.raw_query) > self.MAX_QUERY_BYTES:
                raise ApiError(
                    "RequestSizeLimitExceeded",
                    text("request.query_size", limit=self.MAX_QUERY_BYTES),
                )
            call = read_call(request, self.config.auth)
            action, language = clip(call.action) if call.action else action, call.language
            output = self._call(request, call, request_id)
        except ApiError as error:
            return self._error(action, error, request_id, language)
        except Exception:  # a bug of ours: the caller still gets the cloud's InternalError
            log.exception("internal error in %s", action)
            return self._error(
                action, ApiError("InternalError", text("internal")), request_id, language
            )
        reply = json_reply(200, {"Response": {**output, "RequestId": request_id}})
        reply.action = action
        return reply

    @staticmethod
    def _error(action: str, error: ApiError, request_id: str, language: str | None) -> Reply:
        envelope = {
            "Error": {"Code": error.code, "Message": localized(error.message, language)},
            "RequestId": request_id,
        }
        reply = json_reply(200, {"Response": envelope})
        reply.action, reply.outcome = action, error.code
        return reply

    def _call(self, request: Request, call: Call, request_id: str) -> dict[str, Any]:
        action = call.action
        if not action:
            name = where(call, "action")
            raise ApiError("MissingParameter", text("request.missing", name=name))
        service = self._service(call.scope_service, action)
        version = call.version
        if not version:
            name = where(call, "version")
            raise ApiError("MissingParameter", text("request.missing", name=name))
        if version != service.version:
            raise ApiError(
                "NoSuchVersion",
                text("request.version", version=clip(version), service=service.name),
            )
        check_language(call)
        timestamp = self.auth.timestamp(call)
        self.auth.verify(request, call, service.name, timestamp)
        if self.config.rate_limit:
            limit = service.schemas.operations[action].rate_limit
            if not self.limiter.allow((service.name, action), limit):
                raise ApiError(
                    "RequestLimitExceeded",
                    text("request.rate_limit", action=action, service=service.name, limit=limit),
                )
        region = call.region
        if service.regions and region not in service.regions:
            raise ApiError(
                "UnsupportedRegion",
                text(
                    "request.region",
                    action=action,
                    region=clip(region or ""),
                    regions=", ".join(service.regions),
                ),
            )
        params = self._params(request, call, service, action)
        context = ActionContext(action, params, region, call.secret_id, request_id, call.language)
        return service.actions[action](context)

    def _service(self, scope_service: str | None, action: str) -> TencentService:
        """The service whose action this is. The cloud tells services apart by host; here one
        port serves them all, so the action names it, and a TC3 credential scope must agree."""
        owner = next(
            (service for service in self.services.values() if action in service.actions), None
        )
        scoped = self.services.get(scope_service) if scope_service else None
        if owner is None:
            if scoped is not None:
                raise ApiError(
                    "InvalidAction",
                    text(
                        "request.action_of",
                        action=clip(action),
                        service=scoped.name,
                        version=scoped.version,
                    ),
                )
            raise ApiError("InvalidAction", text("request.action", action=clip(action)))
        if scope_service is not None and scope_service != owner.name:
            raise ApiError(
                "AuthFailure.InvalidAuthorization",
                text(
                    "auth.scope_service",
                    scope=clip(scope_service),
                    action=clip(action),
                    service=owner.name,
                ),
            )
        return owner

    def _params(
        self, request: Request, call: Call, service: TencentService, action: str
    ) -> dict[str, Any]:
        schemas = service.schemas.operations[action]
        schema = schemas.request_body_schema or {}
        if call.form is not None:  # signature v1: the parameters beside the common ones
            params: Any = unflatten(call.form, schema, schemas.resolve)
        elif request.method == "GET":
            params = unflatten(request.query_pairs(), schema, schemas.resolve)
        else:
            content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
            if content_type not in ("application/json", ""):
                raise ApiError(
                    "InvalidParameter", text("request.content_type", value=clip(content_type))
                )
            try:
                params = parse_json(request.body) if request.body.strip() else {}
            except NotJson as error:  # its reason is short, and in both languages
                raise ApiError(
                    "InvalidParameter", text("request.not_json", reason=error.reason)
                ) from None
            if not isinstance(params, dict):
                raise ApiError("InvalidParameter", text("request.not_object"))
        if schemas.request_body is not None:
            violation = first_error(schemas.request_body.first_errors(params))
            if violation is not None:
                raise parameter_error(violation, service.type_mismatch_code)
        return dict(params)
