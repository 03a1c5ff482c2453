from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.specialty_list import SpecialtyList
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    hospital_based: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_hospital_based: bool | None | Unset
    if isinstance(hospital_based, Unset):
        json_hospital_based = UNSET
    else:
        json_hospital_based = hospital_based
    params["hospital_based"] = json_hospital_based

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/specialties",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | SpecialtyList | None:
    if response.status_code == 200:
        response_200 = SpecialtyList.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())



        return response_414

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | SpecialtyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    hospital_based: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Problem | SpecialtyList]:
    """ List Specialties

     The medical specialties, with their responsible RegUt.

    Args:
        hospital_based (bool | None | Unset): Only specialties trained in hospitals (those with
            councils).
        updated_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339 with offset).
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SpecialtyList]
     """


    kwargs = _get_kwargs(
        hospital_based=hospital_based,
updated_since=updated_since,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    hospital_based: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Problem | SpecialtyList | None:
    """ List Specialties

     The medical specialties, with their responsible RegUt.

    Args:
        hospital_based (bool | None | Unset): Only specialties trained in hospitals (those with
            councils).
        updated_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339 with offset).
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SpecialtyList
     """


    return sync_detailed(
        client=client,
hospital_based=hospital_based,
updated_since=updated_since,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    hospital_based: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Problem | SpecialtyList]:
    """ List Specialties

     The medical specialties, with their responsible RegUt.

    Args:
        hospital_based (bool | None | Unset): Only specialties trained in hospitals (those with
            councils).
        updated_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339 with offset).
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SpecialtyList]
     """


    kwargs = _get_kwargs(
        hospital_based=hospital_based,
updated_since=updated_since,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    hospital_based: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Problem | SpecialtyList | None:
    """ List Specialties

     The medical specialties, with their responsible RegUt.

    Args:
        hospital_based (bool | None | Unset): Only specialties trained in hospitals (those with
            councils).
        updated_since (datetime.datetime | None | Unset): Only what changed at or after this
            instant (RFC 3339 with offset).
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SpecialtyList
     """


    return (await asyncio_detailed(
        client=client,
hospital_based=hospital_based,
updated_since=updated_since,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
