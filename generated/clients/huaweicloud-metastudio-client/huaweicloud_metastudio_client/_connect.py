"""A ready client for Huawei Cloud MetaStudio — digital human video production jobs: signed (AK/SK) or token-authenticated, with timeouts and retries."""

from __future__ import annotations

import httpx

from ._runtime.huaweicloud import auth_from, http_clients, region_from
from ._runtime.retry import DEFAULT_BACKOFF, DEFAULT_TIMEOUT, Backoff
from .client import Client

SERVICE = "metastudio"
ENDPOINTS = {
    "cn-east-3": "https://metastudio.cn-east-3.myhuaweicloud.com",
    "cn-north-4": "https://metastudio.cn-north-4.myhuaweicloud.com",
}
DEFAULT_REGION = "cn-north-4"
# The operations the spec marks x-videoapi-read-only, as (method, path template): retried
# on 429, 5xx and transport errors. Others only on 429 and when the request never went
# out, unless retry_writes=True.
READ_ONLY_OPERATIONS: tuple[tuple[str, str], ...] = (
    ("GET", "/v1/{project_id}/2d-digital-human-videos/{job_id}"),
    ("GET", "/v1/{project_id}/digital-human-videos"),
    ("GET", "/v1/{project_id}/photo-digital-human-videos/{job_id}"),
)


def connect(
    ak: str | None = None,
    sk: str | None = None,
    *,
    project_id: str | None = None,
    token: str | None = None,
    region: str | None = None,
    endpoint: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    backoff: Backoff = DEFAULT_BACKOFF,
    retry_writes: bool = False,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> Client:
    """A client for every operation of this package, sync and asyncio.

    The low-level layer (the service client, MetaStudioClient-style, is built on it).
    Credentials default to HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK /
    HUAWEICLOUD_SDK_PROJECT_ID, or an IAM token (HUAWEICLOUD_SDK_TOKEN); the region to
    HUAWEICLOUD_SDK_REGION, then DEFAULT_REGION. `timeout` covers a whole call, every
    attempt included. Operations the spec marks x-videoapi-read-only
    (READ_ONLY_OPERATIONS) are retried on 429, 5xx and transport errors; others only on
    429 or when never sent, or with retry_writes=True. 4xx/5xx raise HuaweiCloudError.
    """
    region = region_from(region, DEFAULT_REGION)
    if endpoint is None:
        if region not in ENDPOINTS:
            raise ValueError(f"unknown region {region!r}; known: {sorted(ENDPOINTS)}")
        endpoint = ENDPOINTS[region]
    sync_http, async_http = http_clients(
        endpoint=endpoint,
        auth=auth_from(ak, sk, project_id, token),
        read_only=READ_ONLY_OPERATIONS,
        timeout=timeout,
        backoff=backoff,
        retry_writes=retry_writes,
        transport=transport,
        async_transport=async_transport,
    )
    client = Client(base_url=str(sync_http.base_url))
    return client.set_httpx_client(sync_http).set_async_httpx_client(async_http)
