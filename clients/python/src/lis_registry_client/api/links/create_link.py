from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.link import Link
from ...models.link_request import LinkRequest
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: LinkRequest,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/links",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Link | Problem | None:
    if response.status_code == 201:
        response_201 = Link.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Link | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LinkRequest,
    x_request_id: str | Unset = UNSET,

) -> Response[Link | Problem]:
    """ Create Link

     A link to one page — a council's activity summary of a year, or the compliance overview with its
    filters — for a person to open in any browser without logging in, until it expires. Whoever may
    read the page may ask for a link to it; reads through the link are logged as the asker's.

    Args:
        x_request_id (str | Unset):
        body (LinkRequest): Which page the link opens, and exactly which view of it: the link
            opens that view and no other.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Link | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: LinkRequest,
    x_request_id: str | Unset = UNSET,

) -> Link | Problem | None:
    """ Create Link

     A link to one page — a council's activity summary of a year, or the compliance overview with its
    filters — for a person to open in any browser without logging in, until it expires. Whoever may
    read the page may ask for a link to it; reads through the link are logged as the asker's.

    Args:
        x_request_id (str | Unset):
        body (LinkRequest): Which page the link opens, and exactly which view of it: the link
            opens that view and no other.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Link | Problem
     """


    return sync_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LinkRequest,
    x_request_id: str | Unset = UNSET,

) -> Response[Link | Problem]:
    """ Create Link

     A link to one page — a council's activity summary of a year, or the compliance overview with its
    filters — for a person to open in any browser without logging in, until it expires. Whoever may
    read the page may ask for a link to it; reads through the link are logged as the asker's.

    Args:
        x_request_id (str | Unset):
        body (LinkRequest): Which page the link opens, and exactly which view of it: the link
            opens that view and no other.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Link | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LinkRequest,
    x_request_id: str | Unset = UNSET,

) -> Link | Problem | None:
    """ Create Link

     A link to one page — a council's activity summary of a year, or the compliance overview with its
    filters — for a person to open in any browser without logging in, until it expires. Whoever may
    read the page may ask for a link to it; reads through the link are logged as the asker's.

    Args:
        x_request_id (str | Unset):
        body (LinkRequest): Which page the link opens, and exactly which view of it: the link
            opens that view and no other.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Link | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
