"""Tencent Cloud API 3.0 on the server side: TC3 verification, routing, the envelope.

Every reply is HTTP 200 with `Content-Type: application/json`; failures carry
Response.Error, exactly as the cloud (and the official SDK's parser) expects.
"""

from __future__ import annotations

import hmac
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clouds.tencentcloud import TENCENTCLOUD, tc3
from emulator.clock import Clock
from emulator.config import Config
from emulator.http import NotJson, Reply, Request, clip, json_reply, parse_json
from emulator.protocols.errors import ApiError
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
    def too_large(cls, limit: int) -> Reply:
        limit = min(limit, cls.MAX_BODY_BYTES)
        return cls._error(
            "-",
            ApiError("RequestSizeLimitExceeded", f"The request body exceeds {limit} bytes."),
            str(uuid.uuid4()),
        )

    @classmethod
    def incomplete_body(cls, seconds: float) -> Reply:
        return cls._error(
            "-",
            ApiError("InvalidParameter", f"The request body did not arrive within {seconds:g} s."),
            str(uuid.uuid4()),
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

    def handle(self, request: Request) -> Reply:
        request_id = str(uuid.uuid4())
        action = clip(request.header("x-tc-action") or "-")
        try:
            if request.method == "GET" and len(request.raw_query) > self.MAX_QUERY_BYTES:
                raise ApiError(
                    "RequestSizeLimitExceeded",
                    f"The query string of a GET request exceeds {self.MAX_QUERY_BYTES} bytes.",
                )
            output = self._call(request, request_id)
        except ApiError as error:
            return self._error(action, error, request_id)
        except Exception:  # a bug of ours: the caller still gets the cloud's InternalError
            log.exception("internal error in %s", action)
            return self._error(
                action, ApiError("InternalError", "An internal error occurred."), request_id
            )
        reply = json_reply(200, {"Response": {**output, "RequestId": request_id}})
        reply.action = action
        return reply

    @staticmethod
    def _error(action: str, error: ApiError, request_id: str) -> Reply:
        envelope = {
            "Error": {"Code": error.code, "Message": error.message},
            "RequestId": request_id,
        }
        reply = json_reply(200, {"Response": envelope})
        reply.action, reply.outcome = action, error.code
        return reply

    def _call(self, request: Request, request_id: str) -> dict[str, Any]:
        if request.method not in ("GET", "POST"):
            raise ApiError(
                "UnsupportedProtocol",
                f"HTTP method {clip(request.method)} is not supported; use GET or POST.",
            )
        credential = self._credential(request)
        action = request.header("x-tc-action")
        if not action:
            raise ApiError("MissingParameter", "The request is missing the X-TC-Action header.")
        service = self._service(credential, action)
        if action not in service.actions:
            raise ApiError(
                "InvalidAction",
                f"The action `{clip(action)}` does not exist in {service.name} {service.version}.",
            )
        version = request.header("x-tc-version")
        if not version:
            raise ApiError("MissingParameter", "The request is missing the X-TC-Version header.")
        if version != service.version:
            raise ApiError(
                "NoSuchVersion", f"The version `{clip(version)}` does not exist for {service.name}."
            )
        timestamp = self._timestamp(request)
        if credential is not None:
            self._verify(request, credential, service, timestamp)
        if self.config.rate_limit:
            limit = service.schemas.operations[action].rate_limit
            if not self.limiter.allow((service.name, action), limit):
                raise ApiError(
                    "RequestLimitExceeded",
                    f"{action} of {service.name} allows {limit}; the limit was exceeded.",
                )
        region = request.header("x-tc-region")
        if service.regions and region not in service.regions:
            raise ApiError(
                "UnsupportedRegion",
                f"{action} is not supported in region `{clip(region or '')}`; "
                f"it supports {', '.join(service.regions)}.",
            )
        params = self._params(request, service, action)
        context = ActionContext(
            action, params, region, credential[0] if credential else None, request_id
        )
        return service.actions[action](context)

    def _credential(self, request: Request) -> tuple[str, str, str, list[str], str] | None:
        header = request.header("authorization")
        if not self.config.auth:
            return None
        if not header:
            raise ApiError(
                "AuthFailure.InvalidAuthorization", "The Authorization header is missing."
            )
        try:
            return tc3.parse_authorization(header)
        except ValueError:
            raise ApiError(
                "AuthFailure.InvalidAuthorization", "The Authorization header is malformed."
            ) from None

    def _service(
        self, credential: tuple[str, str, str, list[str], str] | None, action: str
    ) -> TencentService:
        if credential is not None:
            service = self.services.get(credential[2])
            if service is None:
                raise ApiError(
                    "AuthFailure.SignatureFailure",
                    f"The credential scope names an unknown service `{credential[2]}`.",
                )
            return service
        for service in self.services.values():  # without auth, route by action name
            if action in service.actions:
                return service
        raise ApiError("InvalidAction", f"The action `{clip(action)}` does not exist.")

    def _timestamp(self, request: Request) -> int:
        raw = request.header("x-tc-timestamp")
        if raw is None:
            raise ApiError("MissingParameter", "The request is missing the X-TC-Timestamp header.")
        if not raw.isdigit():
            raise ApiError("InvalidParameter", "X-TC-Timestamp must be a UNIX time in seconds.")
        timestamp = int(raw)
        # Against real time: the admin clock moves tasks on, not the callers' clocks.
        if self.config.auth and abs(self.clock.wall() - timestamp) > self.config.clock_skew_seconds:
            raise ApiError(
                "AuthFailure.SignatureExpire",
                f"The signature has expired: X-TC-Timestamp {timestamp} is more than "
                f"{self.config.clock_skew_seconds} seconds away from the server time.",
            )
        return timestamp

    def _verify(
        self,
        request: Request,
        credential: tuple[str, str, str, list[str], str],
        service: TencentService,
        timestamp: int,
    ) -> None:
        secret_id, date, scope_service, signed_headers, signature = credential
        secret_key = self.config.tencent_credentials.get(secret_id)
        if secret_key is None:
            raise ApiError(
                "AuthFailure.SecretIdNotFound", "The SecretId does not exist or is disabled."
            )
        if date != tc3.utc_date(timestamp):
            raise ApiError(
                "AuthFailure.SignatureFailure",
                "The credential scope date is not the date of X-TC-Timestamp.",
            )
        missing = [name for name in signed_headers if request.header(name) is None]
        if missing or "host" not in signed_headers:
            raise ApiError(
                "AuthFailure.SignatureFailure",
                "The signed headers must include host and be present.",
            )
        signed = [(name, (request.header(name) or "").strip()) for name in signed_headers]
        payload = tc3.hashed_payload(request.body if request.method == "POST" else b"")
        if request.header("x-tc-content-sha256") == "UNSIGNED-PAYLOAD":
            payload = tc3.hashed_payload(b"UNSIGNED-PAYLOAD")
        query = request.raw_query if request.method == "GET" else ""
        canonical = tc3.canonical_request_for(request.method, query, signed, payload)
        expected = tc3.signature(
            secret_key, date, scope_service, tc3.string_to_sign(timestamp, scope_service, canonical)
        )
        if not hmac.compare_digest(expected, signature):
            raise ApiError("AuthFailure.SignatureFailure", "The request signature does not match.")

    def _params(self, request: Request, service: TencentService, action: str) -> dict[str, Any]:
        schemas = service.schemas.operations[action]
        schema = schemas.request_body_schema or {}
        if request.method == "GET":
            params: Any = unflatten(request.query_pairs(), schema, schemas.resolve)
        else:
            content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
            if content_type not in ("application/json", ""):
                raise ApiError(
                    "InvalidParameter",
                    f"POST bodies must be application/json, not `{clip(content_type)}`.",
                )
            try:
                params = parse_json(request.body) if request.body.strip() else {}
            except NotJson as error:
                raise ApiError(
                    "InvalidParameter", f"The request body is not valid UTF-8 JSON: {error}."
                ) from None
            if not isinstance(params, dict):
                raise ApiError("InvalidParameter", "The request body must be a JSON object.")
        if schemas.request_body is not None:
            violation = first_error(schemas.request_body.first_errors(params))
            if violation is not None:
                raise parameter_error(violation, service.type_mismatch_code)
        return dict(params)
