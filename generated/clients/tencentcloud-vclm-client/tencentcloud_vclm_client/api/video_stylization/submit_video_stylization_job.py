from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.tencentcloud import output
from ...client import AuthenticatedClient, Client
from ...models.submit_video_stylization_job_envelope import SubmitVideoStylizationJobEnvelope
from ...models.submit_video_stylization_job_request import SubmitVideoStylizationJobRequest
from ...models.submit_video_stylization_job_response import SubmitVideoStylizationJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SubmitVideoStylizationJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "SubmitVideoStylizationJob"

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
) -> SubmitVideoStylizationJobEnvelope | None:
    if response.status_code == 200:
        response_200 = SubmitVideoStylizationJobEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitVideoStylizationJobEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitVideoStylizationJobRequest,
) -> Response[SubmitVideoStylizationJobEnvelope]:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitVideoStylizationJobEnvelope]
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
    body: SubmitVideoStylizationJobRequest,
) -> SubmitVideoStylizationJobEnvelope | None:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitVideoStylizationJobEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitVideoStylizationJobRequest,
) -> Response[SubmitVideoStylizationJobEnvelope]:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitVideoStylizationJobEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitVideoStylizationJobRequest,
) -> SubmitVideoStylizationJobEnvelope | None:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitVideoStylizationJobEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def call(
    *, client: AuthenticatedClient | Client, body: SubmitVideoStylizationJobRequest
) -> SubmitVideoStylizationJobResponse:
    """Call SubmitVideoStylizationJob and return its output (the reply is parsed once, into it).

    Raises:
        TencentCloudError: when the reply carries Response.Error (raised by the client made by connect()).
    """
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, SubmitVideoStylizationJobResponse.from_dict)


async def acall(
    *, client: AuthenticatedClient | Client, body: SubmitVideoStylizationJobRequest
) -> SubmitVideoStylizationJobResponse:
    """Call SubmitVideoStylizationJob asynchronously and return its output."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, SubmitVideoStylizationJobResponse.from_dict)
