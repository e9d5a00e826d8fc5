from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.retry import asend, send
from ..._runtime.tencentcloud import output
from ...client import Client
from ...models.start_online_record_request import StartOnlineRecordRequest
from ...models.start_online_record_response import StartOnlineRecordResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StartOnlineRecordRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "StartOnlineRecord"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> StartOnlineRecordResponse:
    return output(response, StartOnlineRecordResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[StartOnlineRecordResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: StartOnlineRecordRequest,
) -> Response[StartOnlineRecordResponse]:
    """Start a real-time recording task.

     Starts a recorder that joins the room as RecordUserId and records the whiteboard and
    the audio and video streams. The task begins in PREPARED, moves to RECORDING once
    the recorder has joined, and records until StopOnlineRecord is called or the room
    stays idle for AutoStopTimeout seconds.

    Args:
        body (StartOnlineRecordRequest): Input of StartOnlineRecord.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[StartOnlineRecordResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: StartOnlineRecordRequest,
) -> StartOnlineRecordResponse:
    """Start a real-time recording task.

     Starts a recorder that joins the room as RecordUserId and records the whiteboard and
    the audio and video streams. The task begins in PREPARED, moves to RECORDING once
    the recorder has joined, and records until StopOnlineRecord is called or the room
    stays idle for AutoStopTimeout seconds.

    Args:
        body (StartOnlineRecordRequest): Input of StartOnlineRecord.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        StartOnlineRecordResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    *,
    client: Client,
    body: StartOnlineRecordRequest,
) -> Response[StartOnlineRecordResponse]:
    """Start a real-time recording task.

     Starts a recorder that joins the room as RecordUserId and records the whiteboard and
    the audio and video streams. The task begins in PREPARED, moves to RECORDING once
    the recorder has joined, and records until StopOnlineRecord is called or the room
    stays idle for AutoStopTimeout seconds.

    Args:
        body (StartOnlineRecordRequest): Input of StartOnlineRecord.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[StartOnlineRecordResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: StartOnlineRecordRequest,
) -> StartOnlineRecordResponse:
    """Start a real-time recording task.

     Starts a recorder that joins the room as RecordUserId and records the whiteboard and
    the audio and video streams. The task begins in PREPARED, moves to RECORDING once
    the recorder has joined, and records until StopOnlineRecord is called or the room
    stays idle for AutoStopTimeout seconds.

    Args:
        body (StartOnlineRecordRequest): Input of StartOnlineRecord.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        StartOnlineRecordResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))


def call(*, client: Client, body: StartOnlineRecordRequest) -> StartOnlineRecordResponse:
    """Call StartOnlineRecord and return its output (the same as `sync`)."""
    return sync(client=client, body=body)


async def acall(*, client: Client, body: StartOnlineRecordRequest) -> StartOnlineRecordResponse:
    """Call StartOnlineRecord asynchronously and return its output (`asyncio`)."""
    return await asyncio(client=client, body=body)
