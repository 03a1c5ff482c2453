from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.disclosure_list import DisclosureList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    person: None | Unset | UUID = UNSET,
    client_query: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
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

    json_person: None | str | Unset
    if isinstance(person, Unset):
        json_person = UNSET
    elif isinstance(person, UUID):
        json_person = str(person)
    else:
        json_person = person
    params["person"] = json_person

    json_client_query: None | str | Unset
    if isinstance(client_query, Unset):
        json_client_query = UNSET
    else:
        json_client_query = client_query
    params["client"] = json_client_query

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/v1/disclosures",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DisclosureList | Problem | None:
    if response.status_code == 200:
        response_200 = DisclosureList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | DisclosureList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    person: None | Unset | UUID = UNSET,
    client_query: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | DisclosureList | Problem]:
    """ List Disclosures

     Who was shown whose non-public data, newest first (administrators).

    Args:
        person (None | Unset | UUID): Only those about this person.
        client_query (None | str | Unset): Only those to this calling system (client id).
        since (datetime.datetime | None | Unset): Only those at or after this moment.
        until (datetime.datetime | None | Unset): Only those before this moment.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DisclosureList | Problem]
     """


    kwargs = _get_kwargs(
        person=person,
client_query=client_query,
since=since,
until=until,
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
    client: AuthenticatedClient,
    person: None | Unset | UUID = UNSET,
    client_query: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | DisclosureList | Problem | None:
    """ List Disclosures

     Who was shown whose non-public data, newest first (administrators).

    Args:
        person (None | Unset | UUID): Only those about this person.
        client_query (None | str | Unset): Only those to this calling system (client id).
        since (datetime.datetime | None | Unset): Only those at or after this moment.
        until (datetime.datetime | None | Unset): Only those before this moment.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DisclosureList | Problem
     """


    return sync_detailed(
        client=client,
person=person,
client_query=client_query,
since=since,
until=until,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person: None | Unset | UUID = UNSET,
    client_query: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | DisclosureList | Problem]:
    """ List Disclosures

     Who was shown whose non-public data, newest first (administrators).

    Args:
        person (None | Unset | UUID): Only those about this person.
        client_query (None | str | Unset): Only those to this calling system (client id).
        since (datetime.datetime | None | Unset): Only those at or after this moment.
        until (datetime.datetime | None | Unset): Only those before this moment.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DisclosureList | Problem]
     """


    kwargs = _get_kwargs(
        person=person,
client_query=client_query,
since=since,
until=until,
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
    client: AuthenticatedClient,
    person: None | Unset | UUID = UNSET,
    client_query: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | DisclosureList | Problem | None:
    """ List Disclosures

     Who was shown whose non-public data, newest first (administrators).

    Args:
        person (None | Unset | UUID): Only those about this person.
        client_query (None | str | Unset): Only those to this calling system (client id).
        since (datetime.datetime | None | Unset): Only those at or after this moment.
        until (datetime.datetime | None | Unset): Only those before this moment.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DisclosureList | Problem
     """


    return (await asyncio_detailed(
        client=client,
person=person,
client_query=client_query,
since=since,
until=until,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
