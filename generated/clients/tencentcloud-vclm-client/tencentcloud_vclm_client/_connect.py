"""A ready client for Tencent Cloud VCLM — video generation jobs: signed (TC3-HMAC-SHA256), with timeouts and retries."""

from __future__ import annotations

import httpx

from ._runtime.retry import DEFAULT_BACKOFF, DEFAULT_TIMEOUT, Backoff
from ._runtime.tencentcloud import http_clients, region_from
from .client import Client

SERVICE = "vclm"
VERSION = "2024-05-23"
DEFAULT_ENDPOINT = "vclm.tencentcloudapi.com"
DEFAULT_REGION: str | None = None
# The actions the spec marks x-videoapi-read-only: retried on RequestLimitExceeded,
# InternalError, 5xx and transport errors. Others only on RequestLimitExceeded and when the
# request never went out, unless retry_writes=True.
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
    region: str | None = None,
    endpoint: str | None = None,
    token: str | None = None,
    language: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    backoff: Backoff = DEFAULT_BACKOFF,
    retry_writes: bool = False,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> Client:
    """A client for every operation of this package, sync and asyncio.

    The low-level layer (the service client, TiwClient-style, is built on it).
    Credentials default to TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (and
    TENCENTCLOUD_SESSION_TOKEN), the region to TENCENTCLOUD_REGION, then DEFAULT_REGION;
    `endpoint` is a URL (`http://127.0.0.1:8080`) or `host[:port]` (HTTPS), by default
    DEFAULT_ENDPOINT. `timeout` covers a whole call, every attempt included. The actions
    the spec marks x-videoapi-read-only (READ_ONLY_ACTIONS) are retried; others only when
    refused with RequestLimitExceeded or never sent, or with retry_writes=True. Errors in
    the reply raise TencentCloudError.
    """
    sync_http, async_http = http_clients(
        service=SERVICE,
        version=VERSION,
        endpoint=endpoint or DEFAULT_ENDPOINT,
        read_only=READ_ONLY_ACTIONS,
        secret_id=secret_id,
        secret_key=secret_key,
        region=region_from(region, DEFAULT_REGION),
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
