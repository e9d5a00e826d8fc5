from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    x_app_user_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
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
    x_app_user_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
        x_app_user_id=x_app_user_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_app_user_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_app_user_id=x_app_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_app_user_id: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel a waiting 2D avatar video production job.

     Cancels a 2D avatar video production job that is still WAITING; it
    ends CANCELED. A job in any other state, or an unknown job, is refused
    with 400 (the page lists no 404 for this operation).

    Args:
        project_id (str):
        job_id (str):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            x_app_user_id=x_app_user_id,
        )
    ).parsed
