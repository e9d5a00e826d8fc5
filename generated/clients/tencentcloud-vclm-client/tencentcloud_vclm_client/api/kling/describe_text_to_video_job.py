from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.tencentcloud import output
from ...client import AuthenticatedClient, Client
from ...models.describe_text_to_video_job_envelope import DescribeTextToVideoJobEnvelope
from ...models.describe_text_to_video_job_request import DescribeTextToVideoJobRequest
from ...models.describe_text_to_video_job_response import DescribeTextToVideoJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DescribeTextToVideoJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "DescribeTextToVideoJob"

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
) -> DescribeTextToVideoJobEnvelope | None:
    if response.status_code == 200:
        response_200 = DescribeTextToVideoJobEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DescribeTextToVideoJobEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeTextToVideoJobRequest,
) -> Response[DescribeTextToVideoJobEnvelope]:
    """Query a Kling text-to-video job.

     Returns the state of a text-to-video job and, once it is DONE, the video's URL.

    Args:
        body (DescribeTextToVideoJobRequest): Input of DescribeTextToVideoJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeTextToVideoJobEnvelope]
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
    body: DescribeTextToVideoJobRequest,
) -> DescribeTextToVideoJobEnvelope | None:
    """Query a Kling text-to-video job.

     Returns the state of a text-to-video job and, once it is DONE, the video's URL.

    Args:
        body (DescribeTextToVideoJobRequest): Input of DescribeTextToVideoJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeTextToVideoJobEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeTextToVideoJobRequest,
) -> Response[DescribeTextToVideoJobEnvelope]:
    """Query a Kling text-to-video job.

     Returns the state of a text-to-video job and, once it is DONE, the video's URL.

    Args:
        body (DescribeTextToVideoJobRequest): Input of DescribeTextToVideoJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeTextToVideoJobEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeTextToVideoJobRequest,
) -> DescribeTextToVideoJobEnvelope | None:
    """Query a Kling text-to-video job.

     Returns the state of a text-to-video job and, once it is DONE, the video's URL.

    Args:
        body (DescribeTextToVideoJobRequest): Input of DescribeTextToVideoJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeTextToVideoJobEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def call(
    *, client: AuthenticatedClient | Client, body: DescribeTextToVideoJobRequest
) -> DescribeTextToVideoJobResponse:
    """Call DescribeTextToVideoJob and return its output (the reply is parsed once, into it).

    Raises:
        TencentCloudError: when the reply carries Response.Error (raised by the client made by connect()).
    """
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, DescribeTextToVideoJobResponse.from_dict)


async def acall(
    *, client: AuthenticatedClient | Client, body: DescribeTextToVideoJobRequest
) -> DescribeTextToVideoJobResponse:
    """Call DescribeTextToVideoJob asynchronously and return its output."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, DescribeTextToVideoJobResponse.from_dict)
