from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.tencentcloud import output
from ...client import AuthenticatedClient, Client
from ...models.describe_video_face_fusion_job_envelope import DescribeVideoFaceFusionJobEnvelope
from ...models.describe_video_face_fusion_job_request import DescribeVideoFaceFusionJobRequest
from ...models.describe_video_face_fusion_job_response import DescribeVideoFaceFusionJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DescribeVideoFaceFusionJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "DescribeVideoFaceFusionJob"

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
) -> DescribeVideoFaceFusionJobEnvelope | None:
    if response.status_code == 200:
        response_200 = DescribeVideoFaceFusionJobEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DescribeVideoFaceFusionJobEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeVideoFaceFusionJobRequest,
) -> Response[DescribeVideoFaceFusionJobEnvelope]:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeVideoFaceFusionJobEnvelope]
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
    body: DescribeVideoFaceFusionJobRequest,
) -> DescribeVideoFaceFusionJobEnvelope | None:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeVideoFaceFusionJobEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeVideoFaceFusionJobRequest,
) -> Response[DescribeVideoFaceFusionJobEnvelope]:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeVideoFaceFusionJobEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeVideoFaceFusionJobRequest,
) -> DescribeVideoFaceFusionJobEnvelope | None:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeVideoFaceFusionJobEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def call(
    *, client: AuthenticatedClient | Client, body: DescribeVideoFaceFusionJobRequest
) -> DescribeVideoFaceFusionJobResponse:
    """Call DescribeVideoFaceFusionJob and return its output (the reply is parsed once, into it).

    Raises:
        TencentCloudError: when the reply carries Response.Error (raised by the client made by connect()).
    """
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, DescribeVideoFaceFusionJobResponse.from_dict)


async def acall(
    *, client: AuthenticatedClient | Client, body: DescribeVideoFaceFusionJobRequest
) -> DescribeVideoFaceFusionJobResponse:
    """Call DescribeVideoFaceFusionJob asynchronously and return its output."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, DescribeVideoFaceFusionJobResponse.from_dict)
