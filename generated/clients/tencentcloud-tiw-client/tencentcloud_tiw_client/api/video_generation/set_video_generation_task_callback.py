from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.retry import asend, send
from ..._runtime.tencentcloud import output
from ...client import Client
from ...models.set_video_generation_task_callback_request import SetVideoGenerationTaskCallbackRequest
from ...models.set_video_generation_task_callback_response import SetVideoGenerationTaskCallbackResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SetVideoGenerationTaskCallbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "SetVideoGenerationTaskCallback"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> SetVideoGenerationTaskCallbackResponse:
    return output(response, SetVideoGenerationTaskCallbackResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[SetVideoGenerationTaskCallbackResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: SetVideoGenerationTaskCallbackRequest,
) -> Response[SetVideoGenerationTaskCallbackResponse]:
    """Set the callback URL for recording video generation events.

     Registers the URL that receives the application's video generation events (see the
    VideoGenerationFinished webhook). An empty Callback removes the registered URL.

    Args:
        body (SetVideoGenerationTaskCallbackRequest): Input of SetVideoGenerationTaskCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[SetVideoGenerationTaskCallbackResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: SetVideoGenerationTaskCallbackRequest,
) -> SetVideoGenerationTaskCallbackResponse:
    """Set the callback URL for recording video generation events.

     Registers the URL that receives the application's video generation events (see the
    VideoGenerationFinished webhook). An empty Callback removes the registered URL.

    Args:
        body (SetVideoGenerationTaskCallbackRequest): Input of SetVideoGenerationTaskCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        SetVideoGenerationTaskCallbackResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    *,
    client: Client,
    body: SetVideoGenerationTaskCallbackRequest,
) -> Response[SetVideoGenerationTaskCallbackResponse]:
    """Set the callback URL for recording video generation events.

     Registers the URL that receives the application's video generation events (see the
    VideoGenerationFinished webhook). An empty Callback removes the registered URL.

    Args:
        body (SetVideoGenerationTaskCallbackRequest): Input of SetVideoGenerationTaskCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[SetVideoGenerationTaskCallbackResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: SetVideoGenerationTaskCallbackRequest,
) -> SetVideoGenerationTaskCallbackResponse:
    """Set the callback URL for recording video generation events.

     Registers the URL that receives the application's video generation events (see the
    VideoGenerationFinished webhook). An empty Callback removes the registered URL.

    Args:
        body (SetVideoGenerationTaskCallbackRequest): Input of SetVideoGenerationTaskCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        SetVideoGenerationTaskCallbackResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))


def call(*, client: Client, body: SetVideoGenerationTaskCallbackRequest) -> SetVideoGenerationTaskCallbackResponse:
    """Call SetVideoGenerationTaskCallback and return its output (the same as `sync`)."""
    return sync(client=client, body=body)


async def acall(
    *, client: Client, body: SetVideoGenerationTaskCallbackRequest
) -> SetVideoGenerationTaskCallbackResponse:
    """Call SetVideoGenerationTaskCallback asynchronously and return its output (`asyncio`)."""
    return await asyncio(client=client, body=body)
