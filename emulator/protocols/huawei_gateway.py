"""What Huawei Cloud's API gateway (APIG) does before a service sees a request: find the API,
authenticate the caller (AK/SK signature or IAM token), hold the caller to its project, and
throttle. Its replies are the gateway's documented ones (APIG error codes):

- APIG.0101, 404: no API has this path ("The API does not exist or has not been published
  in the environment.") or none has this method on it ("The API does not exist.").
- APIG.0301, 401: IAM authentication failed: a bad or expired signature, a bad token, an AK
  that does not exist ("Get secretKey failed,ak:...,err:ak not exist"), and (our reading;
  no page names a code of its own for it) a project the AK is not bound to, or an
  X-Project-Id that is not the path's project.
- APIG.0308, 429: the throttling threshold has been reached.
"""

from __future__ import annotations

import hmac
import re
from datetime import UTC, datetime
from functools import lru_cache

from clouds.huaweicloud import sdk_hmac
from emulator.clock import Clock
from emulator.config import Config
from emulator.http import Request
from emulator.protocols.errors import ApiError
from emulator.rate_limit import RateLimit, RateLimiter

SIGNATURE_TTL_SECONDS = 15 * 60  # the gateway's documented tolerance for X-Sdk-Date
NO_API = "APIG.0101"
IAM_FAILED = "APIG.0301"
THROTTLED = "APIG.0308"  # the gateway's reply (429) when a throttling policy is exceeded
_IAM = "Incorrect IAM authentication information: "
_SDK_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z")


@lru_cache(maxsize=256)  # one value a second for every client
def _sdk_date(text: str) -> float | None:
    """X-Sdk-Date (20240102T030405Z) as a UNIX time; None when it is not one."""
    match = _SDK_DATE.fullmatch(text)
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).timestamp()
    except ValueError:  # e.g. month 13
        return None


def latin1_to_utf8(text: str) -> str:
    # The server hands over header and query bytes as latin-1; clients sign them as UTF-8.
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def no_api(request: Request, path_known: bool) -> ApiError:
    """The gateway's reply when no published API matches the method and path."""
    if path_known:
        return ApiError(NO_API, "The API does not exist.", 404)
    return ApiError(
        NO_API, "The API does not exist or has not been published in the environment.", 404
    )


class HuaweiGateway:
    def __init__(self, config: Config, clock: Clock, limiter: RateLimiter) -> None:
        self.config, self.clock, self.limiter = config, clock, limiter

    def throttle(self, service: str, operation_id: str, limit: RateLimit | None) -> None:
        """The operation's documented limit, after authentication."""
        if not self.config.rate_limit or self.limiter.allow((service, operation_id), limit):
            return
        assert limit is not None  # only a limited operation is refused
        raise ApiError(
            THROTTLED,
            "The throttling threshold has been reached: policy api over ratelimit,"
            f"limit:{limit.requests},time:1 {limit.per} "
            f"({operation_id} of {service} allows {limit})",
            429,
        )

    def authenticate(
        self, request: Request, pairs: list[tuple[str, str]], project_id: str | None
    ) -> None:
        """Refuse the request unless a known caller signed it for a project of theirs."""
        if not self.config.auth:
            return
        token = request.header("x-auth-token")
        if token is not None and token in self.config.huawei_tokens:
            ak = None  # an IAM token of the emulator's is good for every project
        else:
            authorization = request.header("authorization")
            if authorization is None:
                reason = "x-auth-token not found" if token is None else "decrypt token fail"
                raise ApiError(IAM_FAILED, _IAM + reason, 401)
            ak = self._verify_signature(request, pairs, authorization)
        header_project = request.header("x-project-id")
        if header_project is not None and project_id is not None and header_project != project_id:
            raise ApiError(
                IAM_FAILED,
                _IAM + f"X-Project-Id {header_project} is not the project of the path "
                f"({project_id})",
                401,
            )
        bound = self.config.huawei_projects.get(ak) if ak else None
        asked = project_id or header_project
        if bound is not None and asked is not None and asked != bound:
            raise ApiError(
                IAM_FAILED, _IAM + f"the project {asked} is not a project of AK {ak}", 401
            )

    def _verify_signature(
        self, request: Request, pairs: list[tuple[str, str]], authorization: str
    ) -> str:
        """The AK whose signature this is; else the gateway's refusal."""
        failed = ApiError(IAM_FAILED, _IAM + "verify aksk signature fail", 401)
        try:
            ak, names, claimed = sdk_hmac.parse_authorization(authorization)
        except ValueError:
            raise failed from None
        signed = {name: request.header(name) for name in names}
        # The date must be signed: otherwise a captured request could be replayed forever.
        raw_date = signed.get("x-sdk-date")
        signed_at = None if raw_date is None else _sdk_date(raw_date)
        if raw_date is None or signed_at is None:
            raise failed
        # Against real time: the admin clock moves tasks on, not the callers' clocks.
        if abs(self.clock.wall() - signed_at) > SIGNATURE_TTL_SECONDS:
            raise ApiError(IAM_FAILED, _IAM + "signature expired", 401)
        sk = self.config.huawei_credentials.get(ak)
        if sk is None:
            raise ApiError(IAM_FAILED, _IAM + f"Get secretKey failed,ak:{ak},err:ak not exist", 401)
        if any(value is None for value in signed.values()):
            raise failed
        headers = {name: latin1_to_utf8(value or "") for name, value in signed.items()}
        if sdk_hmac.signed_headers(headers) != names:  # the client signs them sorted
            raise failed
        canonical = sdk_hmac.canonical_request(
            request.method, request.path, pairs, headers, request.body
        )
        expected = sdk_hmac.signature(sk, sdk_hmac.string_to_sign(raw_date, canonical))
        if not hmac.compare_digest(expected, claimed):
            raise failed
        return ak
