from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.huaweicloud import reply
from ..._runtime.retry import asend, send
from ...client import Client
from ...models.create_2d_digital_human_video_req import Create2DDigitalHumanVideoReq
from ...models.create_2d_digital_human_video_response import Create2DDigitalHumanVideoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_app_user_id, Unset):
        headers["X-App-UserId"] = x_app_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/2d-digital-human-videos".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Create2DDigitalHumanVideoResponse:
    return reply(response, Create2DDigitalHumanVideoResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Create2DDigitalHumanVideoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: Client,
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[Create2DDigitalHumanVideoResponse]:
    """Create a 2D avatar video production job.

     Starts making a video of a 2D avatar (a digital human modelled on a
    person) from a script: the model, the voice, the scenes and the output
    settings, given here or taken from a saved script. The job starts
    WAITING and can be followed with Show2DDigitalHumanVideo or
    ListDigitalHumanVideo, and canceled while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (Create2DDigitalHumanVideoReq): Body of Create2DDigitalHumanVideo. With script_id,
            the script's settings apply to whatever the body leaves out; the body's own settings win.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[Create2DDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_app_user_id=x_app_user_id,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: Client,
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Create2DDigitalHumanVideoResponse:
    """Create a 2D avatar video production job.

     Starts making a video of a 2D avatar (a digital human modelled on a
    person) from a script: the model, the voice, the scenes and the output
    settings, given here or taken from a saved script. The job starts
    WAITING and can be followed with Show2DDigitalHumanVideo or
    ListDigitalHumanVideo, and canceled while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (Create2DDigitalHumanVideoReq): Body of Create2DDigitalHumanVideo. With script_id,
            the script's settings apply to whatever the body leaves out; the body's own settings win.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Create2DDigitalHumanVideoResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_app_user_id=x_app_user_id,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    project_id: str,
    *,
    client: Client,
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[Create2DDigitalHumanVideoResponse]:
    """Create a 2D avatar video production job.

     Starts making a video of a 2D avatar (a digital human modelled on a
    person) from a script: the model, the voice, the scenes and the output
    settings, given here or taken from a saved script. The job starts
    WAITING and can be followed with Show2DDigitalHumanVideo or
    ListDigitalHumanVideo, and canceled while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (Create2DDigitalHumanVideoReq): Body of Create2DDigitalHumanVideo. With script_id,
            the script's settings apply to whatever the body leaves out; the body's own settings win.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[Create2DDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_app_user_id=x_app_user_id,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: Client,
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Create2DDigitalHumanVideoResponse:
    """Create a 2D avatar video production job.

     Starts making a video of a 2D avatar (a digital human modelled on a
    person) from a script: the model, the voice, the scenes and the output
    settings, given here or taken from a saved script. The job starts
    WAITING and can be followed with Show2DDigitalHumanVideo or
    ListDigitalHumanVideo, and canceled while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (Create2DDigitalHumanVideoReq): Body of Create2DDigitalHumanVideo. With script_id,
            the script's settings apply to whatever the body leaves out; the body's own settings win.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Create2DDigitalHumanVideoResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_app_user_id=x_app_user_id,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))
