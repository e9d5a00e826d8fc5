from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.huaweicloud import reply
from ..._runtime.retry import asend, send
from ...client import Client
from ...models.show_2d_digital_human_video_response import Show2DDigitalHumanVideoResponse
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
        "url": "/v1/{project_id}/2d-digital-human-videos/{job_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Show2DDigitalHumanVideoResponse:
    return reply(response, Show2DDigitalHumanVideoResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[Show2DDigitalHumanVideoResponse]:
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
    client: Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> Response[Show2DDigitalHumanVideoResponse]:
    """Show a 2D avatar video production job.

     Returns a 2D avatar video production job: its state and output asset as
    the list shows them, the model and script it was made from and, with
    show_script=true, the voice, output settings, scenes and music.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[Show2DDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
        x_app_user_id=x_app_user_id,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> Show2DDigitalHumanVideoResponse:
    """Show a 2D avatar video production job.

     Returns a 2D avatar video production job: its state and output asset as
    the list shows them, the model and script it was made from and, with
    show_script=true, the voice, output settings, scenes and music.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Show2DDigitalHumanVideoResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
        x_app_user_id=x_app_user_id,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> Response[Show2DDigitalHumanVideoResponse]:
    """Show a 2D avatar video production job.

     Returns a 2D avatar video production job: its state and output asset as
    the list shows them, the model and script it was made from and, with
    show_script=true, the voice, output settings, scenes and music.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[Show2DDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
        x_app_user_id=x_app_user_id,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: Client,
    show_script: bool | Unset = False,
    x_app_user_id: str | Unset = UNSET,
) -> Show2DDigitalHumanVideoResponse:
    """Show a 2D avatar video production job.

     Returns a 2D avatar video production job: its state and output asset as
    the list shows them, the model and script it was made from and, with
    show_script=true, the voice, output settings, scenes and music.

    Args:
        project_id (str):
        job_id (str):
        show_script (bool | Unset):  Default: False.
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Show2DDigitalHumanVideoResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        show_script=show_script,
        x_app_user_id=x_app_user_id,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))
