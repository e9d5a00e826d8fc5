from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.retry import asend, send
from ..._runtime.tencentcloud import output
from ...client import Client
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


def _parse_response(*, client: Client, response: httpx.Response) -> SubmitVideoStylizationJobResponse:
    return output(response, SubmitVideoStylizationJobResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[SubmitVideoStylizationJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: SubmitVideoStylizationJobRequest,
) -> Response[SubmitVideoStylizationJobResponse]:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[SubmitVideoStylizationJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: SubmitVideoStylizationJobRequest,
) -> SubmitVideoStylizationJobResponse:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        SubmitVideoStylizationJobResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    *,
    client: Client,
    body: SubmitVideoStylizationJobRequest,
) -> Response[SubmitVideoStylizationJobResponse]:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[SubmitVideoStylizationJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: SubmitVideoStylizationJobRequest,
) -> SubmitVideoStylizationJobResponse:
    """Submit a video stylization job.

     Starts restyling an input video in one of the preset styles and returns
    the ID of the job, which DescribeVideoStylizationJob then reports on.
    The job can be queried for 48 hours after it was submitted.

    Deprecated: the vendor took this action offline in 2026 and removed it
    from the current SDKs and CLI.

    Args:
        body (SubmitVideoStylizationJobRequest): Input of SubmitVideoStylizationJob.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        SubmitVideoStylizationJobResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))


def call(*, client: Client, body: SubmitVideoStylizationJobRequest) -> SubmitVideoStylizationJobResponse:
    """Call SubmitVideoStylizationJob and return its output (the same as `sync`)."""
    return sync(client=client, body=body)


async def acall(*, client: Client, body: SubmitVideoStylizationJobRequest) -> SubmitVideoStylizationJobResponse:
    """Call SubmitVideoStylizationJob asynchronously and return its output (`asyncio`)."""
    return await asyncio(client=client, body=body)
