from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_2d_digital_human_video_req import Create2DDigitalHumanVideoReq
from ...models.create_2d_digital_human_video_response import Create2DDigitalHumanVideoResponse
from ...models.error_response import ErrorResponse
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Create2DDigitalHumanVideoResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Create2DDigitalHumanVideoResponse.from_dict(response.json())

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
) -> Response[Create2DDigitalHumanVideoResponse | ErrorResponse]:
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
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[Create2DDigitalHumanVideoResponse | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Create2DDigitalHumanVideoResponse | ErrorResponse]
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
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Create2DDigitalHumanVideoResponse | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Create2DDigitalHumanVideoResponse | ErrorResponse
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
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Response[Create2DDigitalHumanVideoResponse | ErrorResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Create2DDigitalHumanVideoResponse | ErrorResponse]
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
    body: Create2DDigitalHumanVideoReq,
    x_app_user_id: str | Unset = UNSET,
) -> Create2DDigitalHumanVideoResponse | ErrorResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Create2DDigitalHumanVideoResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_app_user_id=x_app_user_id,
        )
    ).parsed
