import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.huaweicloud import reply
from ..._runtime.retry import asend, send
from ...client import Client
from ...models.list_digital_human_video_job_type import (
    ListDigitalHumanVideoJobType,
)
from ...models.list_digital_human_video_response import ListDigitalHumanVideoResponse
from ...models.list_digital_human_video_sort_dir import (
    ListDigitalHumanVideoSortDir,
)
from ...models.list_digital_human_video_sort_key import (
    ListDigitalHumanVideoSortKey,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideoSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideoSortDir | Unset = "asc",
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideoJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_ids: list[str] | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_app_user_id, Unset):
        headers["X-App-UserId"] = x_app_user_id

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["state"] = state

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key

    params["sort_key"] = json_sort_key

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir

    params["sort_dir"] = json_sort_dir

    json_create_until: str | Unset = UNSET
    if not isinstance(create_until, Unset):
        json_create_until = create_until.isoformat()
    params["create_until"] = json_create_until

    json_create_since: str | Unset = UNSET
    if not isinstance(create_since, Unset):
        json_create_since = create_since.isoformat()
    params["create_since"] = json_create_since

    json_fuzzy_query_field: list[str] | Unset = UNSET
    if not isinstance(fuzzy_query_field, Unset):
        json_fuzzy_query_field = fuzzy_query_field

    params["fuzzy_query_field"] = json_fuzzy_query_field

    params["script_id"] = script_id

    params["asset_name"] = asset_name

    json_job_type: str | Unset = UNSET
    if not isinstance(job_type, Unset):
        json_job_type = job_type

    params["job_type"] = json_job_type

    params["job_id"] = job_id

    json_job_ids: list[str] | Unset = UNSET
    if not isinstance(job_ids, Unset):
        json_job_ids = job_ids

    params["job_ids"] = json_job_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-videos".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> ListDigitalHumanVideoResponse:
    return reply(response, ListDigitalHumanVideoResponse.from_dict)


def _build_response(*, client: Client, response: httpx.Response) -> Response[ListDigitalHumanVideoResponse]:
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideoSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideoSortDir | Unset = "asc",
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideoJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_ids: list[str] | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> Response[ListDigitalHumanVideoResponse]:
    """List video production jobs.

     Lists the 2D avatar (2D_DIGITAL_HUMAN_VIDEO) and photo digital human
    video production jobs of the project, with filters, sorting and paging.
    Unless create_since/create_until say otherwise, only jobs created in
    the last month are listed.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideoSortKey | Unset):
        sort_dir (ListDigitalHumanVideoSortDir | Unset):  Default: 'asc'.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideoJobType | Unset):
        job_id (str | Unset):
        job_ids (list[str] | Unset):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[ListDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        fuzzy_query_field=fuzzy_query_field,
        script_id=script_id,
        asset_name=asset_name,
        job_type=job_type,
        job_id=job_id,
        job_ids=job_ids,
        x_app_user_id=x_app_user_id,
    )
    response = send(client.get_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideoSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideoSortDir | Unset = "asc",
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideoJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_ids: list[str] | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> ListDigitalHumanVideoResponse:
    """List video production jobs.

     Lists the 2D avatar (2D_DIGITAL_HUMAN_VIDEO) and photo digital human
    video production jobs of the project, with filters, sorting and paging.
    Unless create_since/create_until say otherwise, only jobs created in
    the last month are listed.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideoSortKey | Unset):
        sort_dir (ListDigitalHumanVideoSortDir | Unset):  Default: 'asc'.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideoJobType | Unset):
        job_id (str | Unset):
        job_ids (list[str] | Unset):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        ListDigitalHumanVideoResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        fuzzy_query_field=fuzzy_query_field,
        script_id=script_id,
        asset_name=asset_name,
        job_type=job_type,
        job_id=job_id,
        job_ids=job_ids,
        x_app_user_id=x_app_user_id,
    )
    return _parse_response(client=client, response=send(client.get_httpx_client(), kwargs))


async def asyncio_detailed(
    project_id: str,
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideoSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideoSortDir | Unset = "asc",
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideoJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_ids: list[str] | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> Response[ListDigitalHumanVideoResponse]:
    """List video production jobs.

     Lists the 2D avatar (2D_DIGITAL_HUMAN_VIDEO) and photo digital human
    video production jobs of the project, with filters, sorting and paging.
    Unless create_since/create_until say otherwise, only jobs created in
    the last month are listed.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideoSortKey | Unset):
        sort_dir (ListDigitalHumanVideoSortDir | Unset):  Default: 'asc'.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideoJobType | Unset):
        job_id (str | Unset):
        job_ids (list[str] | Unset):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        Response[ListDigitalHumanVideoResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        fuzzy_query_field=fuzzy_query_field,
        script_id=script_id,
        asset_name=asset_name,
        job_type=job_type,
        job_id=job_id,
        job_ids=job_ids,
        x_app_user_id=x_app_user_id,
    )
    response = await asend(client.get_async_httpx_client(), kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    state: str | Unset = UNSET,
    sort_key: ListDigitalHumanVideoSortKey | Unset = UNSET,
    sort_dir: ListDigitalHumanVideoSortDir | Unset = "asc",
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    fuzzy_query_field: list[str] | Unset = UNSET,
    script_id: str | Unset = UNSET,
    asset_name: str | Unset = UNSET,
    job_type: ListDigitalHumanVideoJobType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_ids: list[str] | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> ListDigitalHumanVideoResponse:
    """List video production jobs.

     Lists the 2D avatar (2D_DIGITAL_HUMAN_VIDEO) and photo digital human
    video production jobs of the project, with filters, sorting and paging.
    Unless create_since/create_until say otherwise, only jobs created in
    the last month are listed.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        state (str | Unset):
        sort_key (ListDigitalHumanVideoSortKey | Unset):
        sort_dir (ListDigitalHumanVideoSortDir | Unset):  Default: 'asc'.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        fuzzy_query_field (list[str] | Unset):
        script_id (str | Unset):
        asset_name (str | Unset):
        job_type (ListDigitalHumanVideoJobType | Unset):
        job_id (str | Unset):
        job_ids (list[str] | Unset):
        x_app_user_id (str | Unset):

    Raises:
        ApiError: The cloud answered with an error (its code, message and request ID).
        NetworkError: No usable answer; DeadlineExceeded when the call's timeout passed.
        InvalidReply: An answer the spec does not allow (a required field missing).

    Returns:
        ListDigitalHumanVideoResponse
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        state=state,
        sort_key=sort_key,
        sort_dir=sort_dir,
        create_until=create_until,
        create_since=create_since,
        fuzzy_query_field=fuzzy_query_field,
        script_id=script_id,
        asset_name=asset_name,
        job_type=job_type,
        job_id=job_id,
        job_ids=job_ids,
        x_app_user_id=x_app_user_id,
    )
    return _parse_response(client=client, response=await asend(client.get_async_httpx_client(), kwargs))
