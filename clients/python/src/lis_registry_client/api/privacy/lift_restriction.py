from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.privacy_change import PrivacyChange
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    person_id: UUID,
    *,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/people/{person_id}/restriction".format(person_id=quote(str(person_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PrivacyChange | Problem | None:
    if response.status_code == 200:
        response_200 = PrivacyChange.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PrivacyChange | Problem]:
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
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Response[PrivacyChange | Problem]:
    """ Lift Restriction

     Lift a restriction: the contact data and HPR number are shown again as before. If-Match: the
    person's ETag (`GET /v1/people/{id}`).

    Args:
        person_id (UUID):
        if_match (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrivacyChange | Problem]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
if_match=if_match,
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
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> PrivacyChange | Problem | None:
    """ Lift Restriction

     Lift a restriction: the contact data and HPR number are shown again as before. If-Match: the
    person's ETag (`GET /v1/people/{id}`).

    Args:
        person_id (UUID):
        if_match (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrivacyChange | Problem
     """


    return sync_detailed(
        person_id=person_id,
client=client,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Response[PrivacyChange | Problem]:
    """ Lift Restriction

     Lift a restriction: the contact data and HPR number are shown again as before. If-Match: the
    person's ETag (`GET /v1/people/{id}`).

    Args:
        person_id (UUID):
        if_match (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrivacyChange | Problem]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
if_match=if_match,
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
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> PrivacyChange | Problem | None:
    """ Lift Restriction

     Lift a restriction: the contact data and HPR number are shown again as before. If-Match: the
    person's ETag (`GET /v1/people/{id}`).

    Args:
        person_id (UUID):
        if_match (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrivacyChange | Problem
     """


    return (await asyncio_detailed(
        person_id=person_id,
client=client,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
