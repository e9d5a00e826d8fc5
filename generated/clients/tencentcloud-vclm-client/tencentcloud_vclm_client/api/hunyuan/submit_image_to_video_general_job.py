from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.tencentcloud import output
from ...client import AuthenticatedClient, Client
from ...models.submit_image_to_video_general_job_envelope import SubmitImageToVideoGeneralJobEnvelope
from ...models.submit_image_to_video_general_job_request import SubmitImageToVideoGeneralJobRequest
from ...models.submit_image_to_video_general_job_response import SubmitImageToVideoGeneralJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SubmitImageToVideoGeneralJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "SubmitImageToVideoGeneralJob"

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
) -> SubmitImageToVideoGeneralJobEnvelope | None:
    if response.status_code == 200:
        response_200 = SubmitImageToVideoGeneralJobEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitImageToVideoGeneralJobEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitImageToVideoGeneralJobRequest,
) -> Response[SubmitImageToVideoGeneralJobEnvelope]:
    """Submit a general image-to-video job.

     Starts generating a short video from an image and a prompt and returns the job's ID.

    Args:
        body (SubmitImageToVideoGeneralJobRequest): Input of SubmitImageToVideoGeneralJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitImageToVideoGeneralJobEnvelope]
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
    body: SubmitImageToVideoGeneralJobRequest,
) -> SubmitImageToVideoGeneralJobEnvelope | None:
    """Submit a general image-to-video job.

     Starts generating a short video from an image and a prompt and returns the job's ID.

    Args:
        body (SubmitImageToVideoGeneralJobRequest): Input of SubmitImageToVideoGeneralJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitImageToVideoGeneralJobEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitImageToVideoGeneralJobRequest,
) -> Response[SubmitImageToVideoGeneralJobEnvelope]:
    """Submit a general image-to-video job.

     Starts generating a short video from an image and a prompt and returns the job's ID.

    Args:
        body (SubmitImageToVideoGeneralJobRequest): Input of SubmitImageToVideoGeneralJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitImageToVideoGeneralJobEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitImageToVideoGeneralJobRequest,
) -> SubmitImageToVideoGeneralJobEnvelope | None:
    """Submit a general image-to-video job.

     Starts generating a short video from an image and a prompt and returns the job's ID.

    Args:
        body (SubmitImageToVideoGeneralJobRequest): Input of SubmitImageToVideoGeneralJob.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitImageToVideoGeneralJobEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def call(
    *, client: AuthenticatedClient | Client, body: SubmitImageToVideoGeneralJobRequest
) -> SubmitImageToVideoGeneralJobResponse:
    """Call SubmitImageToVideoGeneralJob and return its output (the reply is parsed once, into it).

    Raises:
        TencentCloudError: when the reply carries Response.Error (raised by the client made by connect()).
    """
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, SubmitImageToVideoGeneralJobResponse.from_dict)


async def acall(
    *, client: AuthenticatedClient | Client, body: SubmitImageToVideoGeneralJobRequest
) -> SubmitImageToVideoGeneralJobResponse:
    """Call SubmitImageToVideoGeneralJob asynchronously and return its output."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return output(response.content, SubmitImageToVideoGeneralJobResponse.from_dict)
