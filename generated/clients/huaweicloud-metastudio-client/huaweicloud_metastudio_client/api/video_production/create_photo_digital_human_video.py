from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.huaweicloud import reply
from ..._runtime.retry import asend, send
from ...client import Client
from ...models.create_photo_digital_human_video_req import CreatePhotoDigitalHumanVideoReq
from ...models.create_photo_digital_human_video_response import CreatePhotoDigitalHumanVideoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_app_user_id, Unset):
        headers["X-App-UserId"] = x_app_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/photo-digital-human-videos".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> CreatePhotoDigitalHumanVideoResponse:
    return reply(response, CreatePhotoDigitalHumanVideoResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[CreatePhotoDigitalHumanVideoResponse]:
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
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[CreatePhotoDigitalHumanVideoResponse]:
    """Create a photo digital human video production job.

     Starts making a video of a digital human made from one photo of a
    person, speaking one scene. The job starts WAITING and can be followed
    with ShowPhotoDigitalHumanVideo or ListDigitalHumanVideo, and canceled
    while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (CreatePhotoDigitalHumanVideoReq): Body of CreatePhotoDigitalHumanVideo.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[CreatePhotoDigitalHumanVideoResponse]
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
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> CreatePhotoDigitalHumanVideoResponse:
    """Create a photo digital human video production job.

     Starts making a video of a digital human made from one photo of a
    person, speaking one scene. The job starts WAITING and can be followed
    with ShowPhotoDigitalHumanVideo or ListDigitalHumanVideo, and canceled
    while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (CreatePhotoDigitalHumanVideoReq): Body of CreatePhotoDigitalHumanVideo.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        CreatePhotoDigitalHumanVideoResponse
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
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[CreatePhotoDigitalHumanVideoResponse]:
    """Create a photo digital human video production job.

     Starts making a video of a digital human made from one photo of a
    person, speaking one scene. The job starts WAITING and can be followed
    with ShowPhotoDigitalHumanVideo or ListDigitalHumanVideo, and canceled
    while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (CreatePhotoDigitalHumanVideoReq): Body of CreatePhotoDigitalHumanVideo.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[CreatePhotoDigitalHumanVideoResponse]
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
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> CreatePhotoDigitalHumanVideoResponse:
    """Create a photo digital human video production job.

     Starts making a video of a digital human made from one photo of a
    person, speaking one scene. The job starts WAITING and can be followed
    with ShowPhotoDigitalHumanVideo or ListDigitalHumanVideo, and canceled
    while it is still WAITING.

    Args:
        project_id (str):
        x_app_user_id (str | Unset):
        body (CreatePhotoDigitalHumanVideoReq): Body of CreatePhotoDigitalHumanVideo.

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        CreatePhotoDigitalHumanVideoResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_app_user_id=x_app_user_id,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))
