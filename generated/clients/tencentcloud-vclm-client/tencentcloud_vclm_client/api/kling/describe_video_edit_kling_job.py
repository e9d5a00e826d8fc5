from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.tencentcloud import output
from ...client import AuthenticatedClient, Client
from ...models.describe_video_edit_kling_job_envelope import DescribeVideoEditKlingJobEnvelope
from ...models.describe_video_edit_kling_job_request import DescribeVideoEditKlingJobRequest
from ...models.describe_video_edit_kling_job_response import DescribeVideoEditKlingJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DescribeVideoEditKlingJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "DescribeVideoEditKlingJob"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DescribeVideoEditKlingJobEnvelope | None:
    if response.status_code == 200:
        response_200 = DescribeVideoEditKlingJobEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DescribeVideoEditKlingJobEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeVideoEditKlingJobRequest,
) -> Response[DescribeVideoEditKlingJobEnvelope]:
    """Query a Kling video editing job.

     Returns the state of a video editing job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoEditKlingJobRequest): Input of DescribeVideoEditKlingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeVideoEditKlingJobEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeVideoEditKlingJobRequest,
) -> DescribeVideoEditKlingJobEnvelope | None:
    """Query a Kling video editing job.

     Returns the state of a video editing job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoEditKlingJobRequest): Input of DescribeVideoEditKlingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeVideoEditKlingJobEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeVideoEditKlingJobRequest,
) -> Response[DescribeVideoEditKlingJobEnvelope]:
    """Query a Kling video editing job.

     Returns the state of a video editing job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoEditKlingJobRequest): Input of DescribeVideoEditKlingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeVideoEditKlingJobEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeVideoEditKlingJobRequest,
) -> DescribeVideoEditKlingJobEnvelope | None:
    """Query a Kling video editing job.

     Returns the state of a video editing job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoEditKlingJobRequest): Input of DescribeVideoEditKlingJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeVideoEditKlingJobEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def call(
    *, client: AuthenticatedClient | Client, body: DescribeVideoEditKlingJobRequest
) -> DescribeVideoEditKlingJobResponse:
    """Call DescribeVideoEditKlingJob and return its output (the reply is parsed once, into it).

    Raises:
        TencentCloudError: when the reply carries Response.Error (raised by the client made by connect()).
    """
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, DescribeVideoEditKlingJobResponse.from_dict)


async def acall(
    *, client: AuthenticatedClient | Client, body: DescribeVideoEditKlingJobRequest
) -> DescribeVideoEditKlingJobResponse:
    """Call DescribeVideoEditKlingJob asynchronously and return its output."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, DescribeVideoEditKlingJobResponse.from_dict)
