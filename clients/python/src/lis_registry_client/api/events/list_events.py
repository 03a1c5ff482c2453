from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.event_list import EventList
from ...models.event_type import EventType
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    after: int | Unset = 0,
    type_: list[EventType] | None | Unset = UNSET,
    limit: int | Unset = 100,
    wait: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    params["after"] = after

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = []
        for type_type_0_item_data in type_:
            type_type_0_item = type_type_0_item_data.value
            json_type_.append(type_type_0_item)


    else:
        json_type_ = type_
    params["type"] = json_type_

    params["limit"] = limit

    params["wait"] = wait


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | EventList | Problem | None:
    if response.status_code == 200:
        response_200 = EventList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | EventList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    type_: list[EventType] | None | Unset = UNSET,
    limit: int | Unset = 100,
    wait: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | EventList | Problem]:
    """ List Events

     Every change after `after`, exactly once and in the order the changes were committed, even when
    writers commit concurrently. Save `next_after` and ask again with it.

    Args:
        after (int | Unset): The last event id seen; 0 (the default) from the start. Default: 0.
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several); an unknown type is refused, naming the parameter, rather than matching
            nothing.
        limit (int | Unset): At most this many events. Default: 100.
        wait (int | Unset): When no event is there yet, wait up to this many seconds for one (long
            polling); a service may be set to wait less. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventList | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
type_=type_,
limit=limit,
wait=wait,
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
    after: int | Unset = 0,
    type_: list[EventType] | None | Unset = UNSET,
    limit: int | Unset = 100,
    wait: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | EventList | Problem | None:
    """ List Events

     Every change after `after`, exactly once and in the order the changes were committed, even when
    writers commit concurrently. Save `next_after` and ask again with it.

    Args:
        after (int | Unset): The last event id seen; 0 (the default) from the start. Default: 0.
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several); an unknown type is refused, naming the parameter, rather than matching
            nothing.
        limit (int | Unset): At most this many events. Default: 100.
        wait (int | Unset): When no event is there yet, wait up to this many seconds for one (long
            polling); a service may be set to wait less. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventList | Problem
     """


    return sync_detailed(
        client=client,
after=after,
type_=type_,
limit=limit,
wait=wait,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    type_: list[EventType] | None | Unset = UNSET,
    limit: int | Unset = 100,
    wait: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | EventList | Problem]:
    """ List Events

     Every change after `after`, exactly once and in the order the changes were committed, even when
    writers commit concurrently. Save `next_after` and ask again with it.

    Args:
        after (int | Unset): The last event id seen; 0 (the default) from the start. Default: 0.
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several); an unknown type is refused, naming the parameter, rather than matching
            nothing.
        limit (int | Unset): At most this many events. Default: 100.
        wait (int | Unset): When no event is there yet, wait up to this many seconds for one (long
            polling); a service may be set to wait less. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventList | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
type_=type_,
limit=limit,
wait=wait,
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
    after: int | Unset = 0,
    type_: list[EventType] | None | Unset = UNSET,
    limit: int | Unset = 100,
    wait: int | Unset = 0,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | EventList | Problem | None:
    """ List Events

     Every change after `after`, exactly once and in the order the changes were committed, even when
    writers commit concurrently. Save `next_after` and ask again with it.

    Args:
        after (int | Unset): The last event id seen; 0 (the default) from the start. Default: 0.
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several); an unknown type is refused, naming the parameter, rather than matching
            nothing.
        limit (int | Unset): At most this many events. Default: 100.
        wait (int | Unset): When no event is there yet, wait up to this many seconds for one (long
            polling); a service may be set to wait less. Default: 0.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventList | Problem
     """


    return (await asyncio_detailed(
        client=client,
after=after,
type_=type_,
limit=limit,
wait=wait,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
