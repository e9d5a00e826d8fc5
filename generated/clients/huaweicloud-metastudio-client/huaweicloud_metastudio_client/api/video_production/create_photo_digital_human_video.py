from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_photo_digital_human_video_req import CreatePhotoDigitalHumanVideoReq
from ...models.create_photo_digital_human_video_response import CreatePhotoDigitalHumanVideoResponse
from ...models.error_response import ErrorResponse
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePhotoDigitalHumanVideoResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreatePhotoDigitalHumanVideoResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePhotoDigitalHumanVideoResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[CreatePhotoDigitalHumanVideoResponse | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePhotoDigitalHumanVideoResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_app_user_id=x_app_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> CreatePhotoDigitalHumanVideoResponse | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePhotoDigitalHumanVideoResponse | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        x_app_user_id=x_app_user_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[CreatePhotoDigitalHumanVideoResponse | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePhotoDigitalHumanVideoResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_app_user_id=x_app_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhotoDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> CreatePhotoDigitalHumanVideoResponse | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePhotoDigitalHumanVideoResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_app_user_id=x_app_user_id,
        )
    ).parsed
