from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.huaweicloud import check
from ..._runtime.retry import asend, send
from ...client import Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    x_app_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_app_user_id, Unset):
        headers["X-App-UserId"] = x_app_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/2d-digital-human-videos/{job_id}/cancel".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> None:
    check(response)
    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: Client,
    x_app_user_id: str | Unset = UNSET,
) -> Response[None]:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_app_user_id=x_app_user_id,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: Client,
    x_app_user_id: str | Unset = UNSET,
) -> None:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_app_user_id=x_app_user_id,
    )
    _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: Client,
    x_app_user_id: str | Unset = UNSET,
) -> Response[None]:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_app_user_id=x_app_user_id,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: Client,
    x_app_user_id: str | Unset = UNSET,
) -> None:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_app_user_id=x_app_user_id,
    )
    _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))
