from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.retry import asend, send
from ..._runtime.tencentcloud import output
from ...client import Client
from ...models.set_online_record_callback_request import SetOnlineRecordCallbackRequest
from ...models.set_online_record_callback_response import SetOnlineRecordCallbackResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SetOnlineRecordCallbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Tencent Cloud RPC action: POST / with the action in X-TC-Action; the
    # package's signing layer adds the other X-TC-* headers.
    headers["X-TC-Action"] = "SetOnlineRecordCallback"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> SetOnlineRecordCallbackResponse:
    return output(response, SetOnlineRecordCallbackResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[SetOnlineRecordCallbackResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Client,
    body: SetOnlineRecordCallbackRequest,
) -> Response[SetOnlineRecordCallbackResponse]:
    """Set the callback URL for real-time recording events.

     Registers the URL that receives the application's recording events (see the
    OnlineRecordStarted, OnlineRecordStopped and OnlineRecordFinished webhooks). An
    empty Callback removes the registered URL.

    Args:
        body (SetOnlineRecordCallbackRequest): Input of SetOnlineRecordCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[SetOnlineRecordCallbackResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: SetOnlineRecordCallbackRequest,
) -> SetOnlineRecordCallbackResponse:
    """Set the callback URL for real-time recording events.

     Registers the URL that receives the application's recording events (see the
    OnlineRecordStarted, OnlineRecordStopped and OnlineRecordFinished webhooks). An
    empty Callback removes the registered URL.

    Args:
        body (SetOnlineRecordCallbackRequest): Input of SetOnlineRecordCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        SetOnlineRecordCallbackResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    *,
    client: Client,
    body: SetOnlineRecordCallbackRequest,
) -> Response[SetOnlineRecordCallbackResponse]:
    """Set the callback URL for real-time recording events.

     Registers the URL that receives the application's recording events (see the
    OnlineRecordStarted, OnlineRecordStopped and OnlineRecordFinished webhooks). An
    empty Callback removes the registered URL.

    Args:
        body (SetOnlineRecordCallbackRequest): Input of SetOnlineRecordCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[SetOnlineRecordCallbackResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: SetOnlineRecordCallbackRequest,
) -> SetOnlineRecordCallbackResponse:
    """Set the callback URL for real-time recording events.

     Registers the URL that receives the application's recording events (see the
    OnlineRecordStarted, OnlineRecordStopped and OnlineRecordFinished webhooks). An
    empty Callback removes the registered URL.

    Args:
        body (SetOnlineRecordCallbackRequest): Input of SetOnlineRecordCallback.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        SetOnlineRecordCallbackResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))


def call(*, client: Client, body: SetOnlineRecordCallbackRequest) -> SetOnlineRecordCallbackResponse:
    """Call SetOnlineRecordCallback and return its output (the same as `sync`)."""
    return sync(client=client, body=body)


async def acall(*, client: Client, body: SetOnlineRecordCallbackRequest) -> SetOnlineRecordCallbackResponse:
    """Call SetOnlineRecordCallback asynchronously and return its output (`asyncio`)."""
    return await asyncio(client=client, body=body)
