from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.retry import asend, send
from ..._runtime.tencentcloud import output
from ...client import Client
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


def _parse_response(*, client: Client, response: httpx.Response) -> DescribeVideoFaceFusionJobResponse:
    return output(response, DescribeVideoFaceFusionJobResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[DescribeVideoFaceFusionJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: DescribeVideoFaceFusionJobRequest,
) -> Response[DescribeVideoFaceFusionJobResponse]:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[DescribeVideoFaceFusionJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: DescribeVideoFaceFusionJobRequest,
) -> DescribeVideoFaceFusionJobResponse:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        DescribeVideoFaceFusionJobResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    *,
    client: Client,
    body: DescribeVideoFaceFusionJobRequest,
) -> Response[DescribeVideoFaceFusionJobResponse]:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[DescribeVideoFaceFusionJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: DescribeVideoFaceFusionJobRequest,
) -> DescribeVideoFaceFusionJobResponse:
    """Query a video face fusion job.

     Returns the state of a video face fusion job and, once it is DONE, the video's URL.

    Args:
        body (DescribeVideoFaceFusionJobRequest): Input of DescribeVideoFaceFusionJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        DescribeVideoFaceFusionJobResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))


def call(*, client: Client, body: DescribeVideoFaceFusionJobRequest) -> DescribeVideoFaceFusionJobResponse:
    """Call DescribeVideoFaceFusionJob and return its output (the same as `sync`)."""
    return sync(client=client, body=body)


async def acall(*, client: Client, body: DescribeVideoFaceFusionJobRequest) -> DescribeVideoFaceFusionJobResponse:
    """Call DescribeVideoFaceFusionJob asynchronously and return its output (`asyncio`)."""
    return await asyncio(client=client, body=body)
