from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.person_record import PersonRecord
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    person_id: UUID,
    *,
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
        "url": "/v1/people/{person_id}/record".format(person_id=quote(str(person_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PersonRecord | Problem | None:
    if response.status_code == 200:
        response_200 = PersonRecord.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | PersonRecord | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | PersonRecord | Problem]:
    """ Get Person Record

     Everything held about a person — seats, attendance, proposals, audit, who read their data — for an
    administrator, or the RegUt of a region where they hold or held a seat. `limit` and `cursor` page
    the disclosures.

    Args:
        person_id (UUID):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PersonRecord | Problem]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
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
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | PersonRecord | Problem | None:
    """ Get Person Record

     Everything held about a person — seats, attendance, proposals, audit, who read their data — for an
    administrator, or the RegUt of a region where they hold or held a seat. `limit` and `cursor` page
    the disclosures.

    Args:
        person_id (UUID):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PersonRecord | Problem
     """


    return sync_detailed(
        person_id=person_id,
client=client,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | PersonRecord | Problem]:
    """ Get Person Record

     Everything held about a person — seats, attendance, proposals, audit, who read their data — for an
    administrator, or the RegUt of a region where they hold or held a seat. `limit` and `cursor` page
    the disclosures.

    Args:
        person_id (UUID):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PersonRecord | Problem]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
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
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | PersonRecord | Problem | None:
    """ Get Person Record

     Everything held about a person — seats, attendance, proposals, audit, who read their data — for an
    administrator, or the RegUt of a region where they hold or held a seat. `limit` and `cursor` page
    the disclosures.

    Args:
        person_id (UUID):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PersonRecord | Problem
     """


    return (await asyncio_detailed(
        person_id=person_id,
client=client,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
