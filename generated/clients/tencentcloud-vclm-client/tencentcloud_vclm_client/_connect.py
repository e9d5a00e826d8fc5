"""A ready client for Tencent Cloud VCLM — video generation jobs: signed (TC3-HMAC-SHA256), with timeouts and retries."""

from __future__ import annotations

import httpx

from ._runtime.retry import DEFAULT_BACKOFF, Backoff
from ._runtime.tencentcloud import http_clients
from .client import Client

SERVICE = "vclm"
VERSION = "2024-05-23"
DEFAULT_ENDPOINT = "vclm.tencentcloudapi.com"
DEFAULT_REGION: str | None = None
# The actions the spec marks x-videoapi-read-only: retried on RequestLimitExceeded,
# InternalError, 5xx and connection errors. Others are not retried unless retry_writes=True.
READ_ONLY_ACTIONS = frozenset(
    [
        "DescribeAigcElement",
        "DescribeHumanActorJob",
        "DescribeHunyuanToVideoJob",
        "DescribeImageToVideoGeneralJob",
        "DescribeImageToVideoJob",
        "DescribeImageToVideoViduJob",
        "DescribeMotionControlKlingJob",
        "DescribePortraitSingJob",
        "DescribeReferenceToVideoViduJob",
        "DescribeTemplateToVideoJob",
        "DescribeTextToVideoJob",
        "DescribeTextToVideoViduJob",
        "DescribeVideoEditKlingJob",
        "DescribeVideoExtendKlingJob",
        "DescribeVideoFaceFusionJob",
        "DescribeVideoStylizationJob",
    ]
)


def connect(
    secret_id: str | None = None,
    secret_key: str | None = None,
    *,
    region: str | None = DEFAULT_REGION,
    endpoint: str | None = None,
    token: str | None = None,
    language: str | None = None,
    timeout: float = 10.0,
    backoff: Backoff = DEFAULT_BACKOFF,
    retry_writes: bool = False,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> Client:
    """A client for every operation of this package, sync and asyncio.

    Credentials default to TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (and
    TENCENTCLOUD_SESSION_TOKEN); `endpoint` is `host[:port]` or a URL, by default
    DEFAULT_ENDPOINT. The actions the spec marks x-videoapi-read-only
    (READ_ONLY_ACTIONS) are retried; others only with retry_writes=True. Errors in the
    reply raise TencentCloudError.
    """
    sync_http, async_http = http_clients(
        service=SERVICE,
        version=VERSION,
        endpoint=endpoint or DEFAULT_ENDPOINT,
        read_only=READ_ONLY_ACTIONS,
        secret_id=secret_id,
        secret_key=secret_key,
        region=region,
        token=token,
        language=language,
        timeout=timeout,
        backoff=backoff,
        retry_writes=retry_writes,
        transport=transport,
        async_transport=async_transport,
    )
    client = Client(base_url=str(sync_http.base_url))
    return client.set_httpx_client(sync_http).set_async_httpx_client(async_http)
