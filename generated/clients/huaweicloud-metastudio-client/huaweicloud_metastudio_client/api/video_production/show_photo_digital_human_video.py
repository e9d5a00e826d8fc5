from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.show_photo_digital_human_video_response import ShowPhotoDigitalHumanVideoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_app_user_id, Unset):
        headers["X-App-UserId"] = x_app_user_id

    params: dict[str, Any] = {}

    params["show_script"] = show_script

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/photo-digital-human-videos/{job_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ShowPhotoDigitalHumanVideoResponse | None:
    if response.status_code == 200:
        response_200 = ShowPhotoDigitalHumanVideoResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ShowPhotoDigitalHumanVideoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ShowPhotoDigitalHumanVideoResponse]:
    """Show a photo digital human video production job.

     Returns a photo digital human video production job: its state and
    output asset as the list shows them, the script it was made from and,
    with show_script=true, the photo, voice, output settings and scene.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShowPhotoDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
        x_app_user_id=x_app_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> ErrorResponse | ShowPhotoDigitalHumanVideoResponse | None:
    """Show a photo digital human video production job.

     Returns a photo digital human video production job: its state and
    output asset as the list shows them, the script it was made from and,
    with show_script=true, the photo, voice, output settings and scene.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShowPhotoDigitalHumanVideoResponse
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
        show_script=show_script,
        x_app_user_id=x_app_user_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ShowPhotoDigitalHumanVideoResponse]:
    """Show a photo digital human video production job.

     Returns a photo digital human video production job: its state and
    output asset as the list shows them, the script it was made from and,
    with show_script=true, the photo, voice, output settings and scene.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShowPhotoDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
        x_app_user_id=x_app_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> ErrorResponse | ShowPhotoDigitalHumanVideoResponse | None:
    """Show a photo digital human video production job.

     Returns a photo digital human video production job: its state and
    output asset as the list shows them, the script it was made from and,
    with show_script=true, the photo, voice, output settings and scene.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShowPhotoDigitalHumanVideoResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            show_script=show_script,
            x_app_user_id=x_app_user_id,
        )
    ).parsed
