"""Request signing for the contract tests, with the project's one implementation of each algorithm.

schemathesis sends requests with `requests`; the signers (clouds/tencentcloud/tc3.py,
clouds/huaweicloud/sdk_hmac.py) are `httpx.Auth` classes. `RequestsSigner` runs one
on the request exactly as `requests` is about to send it (final body, headers and
query) and copies the result back, so what is signed is what goes on the wire.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx
import requests

from clouds import Cloud
from clouds.huaweicloud import sdk_hmac
from clouds.huaweicloud.client_runtime import auth_from
from clouds.tencentcloud import tc3
from clouds.tencentcloud.client_runtime import credentials

TENCENT_PATH_PREFIX = "/#X-TC-Action="
# VCLM names no regions; its spec's X-TC-Region example.
DEFAULT_TENCENT_REGION = "ap-guangzhou"


class RequestsSigner(requests.auth.AuthBase):
    """A `requests` auth that signs with an `httpx.Auth` from generator/runtime."""

    def __init__(self, auth: httpx.Auth, *, action: str | None = None) -> None:
        self.auth = auth
        # TC3Auth refuses a request without X-TC-Action; a case that leaves the header
        # out on purpose is still signed (the header is not part of the signature) and
        # then sent without it.
        self.action = action

    def __repr__(self) -> str:
        return f"RequestsSigner({self.auth!r})"

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        content = body_bytes(prepared.body)
        sent = {latin1(k): latin1(v) for k, v in prepared.headers.items()}
        borrowed = self.action is not None and "X-TC-Action" not in prepared.headers
        if borrowed:
            sent[b"X-TC-Action"] = str(self.action).encode("ascii")
        request = httpx.Request(
            str(prepared.method), str(prepared.url), headers=list(sent.items()), content=content
        )
        flow = self.auth.sync_auth_flow(request)
        signed = next(flow)
        flow.close()
        before = {k.lower(): v for k, v in sent.items()}
        for name, value in signed.headers.raw:
            key = name.lower()
            if key == b"content-length" or (borrowed and key == b"x-tc-action"):
                continue
            if before.get(key) != value:  # what the signer added or changed, byte for byte
                prepared.headers[name.decode("latin-1")] = value.decode("latin-1")
        # SdkHmacAuth rewrites the query to its canonical form, which must be what is sent.
        prepared.url = str(signed.url)
        return prepared


def body_bytes(body: object) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    raise TypeError(f"cannot sign a streamed body ({type(body).__name__})")


def latin1(value: str | bytes) -> bytes:
    # How http.client puts a str header on the wire.
    return value if isinstance(value, bytes) else value.encode("latin-1", "replace")


def tencent_action(path: str) -> str:
    """The action a Tencent path key names: `/#X-TC-Action=<Action>` (specs/README.md)."""
    if not path.startswith(TENCENT_PATH_PREFIX):
        raise ValueError(f"{path!r} does not follow the Tencent RPC convention")
    return path.removeprefix(TENCENT_PATH_PREFIX)


def tencent_region(document: Mapping[str, Any], wanted: str | None) -> str:
    """TENCENTCLOUD_REGION if the API is offered there, else the first region its spec names."""
    regions = Cloud.regions(document)
    if regions:
        return wanted if wanted in regions else regions[0]
    return wanted or DEFAULT_TENCENT_REGION


def tencent_signer(document: Mapping[str, Any], action: str) -> RequestsSigner:
    """TC3-HMAC-SHA256 with TENCENTCLOUD_SECRET_ID / _SECRET_KEY (and _REGION, _SESSION_TOKEN)."""
    secret_id, secret_key = credentials(None, None)
    region = tencent_region(document, os.environ.get("TENCENTCLOUD_REGION"))
    auth = tc3.TC3Auth(
        secret_id,
        secret_key,
        service=Cloud.service(document),
        version=str(document["x-videoapi-api-version"]),
        region=region,
        token=os.environ.get("TENCENTCLOUD_SESSION_TOKEN"),
    )
    return RequestsSigner(auth, action=action)


def huawei_signer() -> RequestsSigner:
    """SDK-HMAC-SHA256 with HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID (or an IAM token)."""
    auth = auth_from(None, None, None, None)
    assert isinstance(auth, sdk_hmac.SdkHmacAuth | sdk_hmac.IAMTokenAuth)
    return RequestsSigner(auth)
