from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.representative_public import RepresentativePublic
from ...models.representative_update import RepresentativeUpdate
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    representative_id: UUID,
    *,
    body: RepresentativeUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/representatives/{representative_id}".format(representative_id=quote(str(representative_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RepresentativePublic | None:
    if response.status_code == 200:
        response_200 = RepresentativePublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())



        return response_414

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RepresentativePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    representative_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RepresentativeUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Response[Problem | RepresentativePublic]:
    """ Update Representative

     Change a seat's end date or declared qualifications; the rules are checked again.

    Args:
        representative_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (RepresentativeUpdate): Fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RepresentativePublic]
     """


    kwargs = _get_kwargs(
        representative_id=representative_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    representative_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RepresentativeUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Problem | RepresentativePublic | None:
    """ Update Representative

     Change a seat's end date or declared qualifications; the rules are checked again.

    Args:
        representative_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (RepresentativeUpdate): Fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RepresentativePublic
     """


    return sync_detailed(
        representative_id=representative_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    representative_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RepresentativeUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Response[Problem | RepresentativePublic]:
    """ Update Representative

     Change a seat's end date or declared qualifications; the rules are checked again.

    Args:
        representative_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (RepresentativeUpdate): Fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RepresentativePublic]
     """


    kwargs = _get_kwargs(
        representative_id=representative_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    representative_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RepresentativeUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Problem | RepresentativePublic | None:
    """ Update Representative

     Change a seat's end date or declared qualifications; the rules are checked again.

    Args:
        representative_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (RepresentativeUpdate): Fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RepresentativePublic
     """


    return (await asyncio_detailed(
        representative_id=representative_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
