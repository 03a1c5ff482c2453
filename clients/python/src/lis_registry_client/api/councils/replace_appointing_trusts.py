from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.appointing_trusts import AppointingTrusts
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    council_id: UUID,
    *,
    body: AppointingTrusts,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/councils/{council_id}/appointing-trusts".format(council_id=quote(str(council_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AppointingTrusts | Problem | None:
    if response.status_code == 200:
        response_200 = AppointingTrusts.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AppointingTrusts | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    council_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AppointingTrusts,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Response[AppointingTrusts | Problem]:
    """ Replace Appointing Trusts

     Set the trusts that appoint to a regional council, in the shape GET answers: its region's RegUt
    adds a private hospital that trains in the specialty or removes a trust that does not
    (TRUST-HAS-SEAT, TRUST-IN-REGION).

    Args:
        council_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (AppointingTrusts): The health trusts that appoint to a regional council, by code:
            what GET answers and PUT takes,
            so a client can read the list, change it and send it back. Empty for an inter-regional
            council,
            whose seats belong to regions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointingTrusts | Problem]
     """


    kwargs = _get_kwargs(
        council_id=council_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    council_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AppointingTrusts,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> AppointingTrusts | Problem | None:
    """ Replace Appointing Trusts

     Set the trusts that appoint to a regional council, in the shape GET answers: its region's RegUt
    adds a private hospital that trains in the specialty or removes a trust that does not
    (TRUST-HAS-SEAT, TRUST-IN-REGION).

    Args:
        council_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (AppointingTrusts): The health trusts that appoint to a regional council, by code:
            what GET answers and PUT takes,
            so a client can read the list, change it and send it back. Empty for an inter-regional
            council,
            whose seats belong to regions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointingTrusts | Problem
     """


    return sync_detailed(
        council_id=council_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    council_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AppointingTrusts,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> Response[AppointingTrusts | Problem]:
    """ Replace Appointing Trusts

     Set the trusts that appoint to a regional council, in the shape GET answers: its region's RegUt
    adds a private hospital that trains in the specialty or removes a trust that does not
    (TRUST-HAS-SEAT, TRUST-IN-REGION).

    Args:
        council_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (AppointingTrusts): The health trusts that appoint to a regional council, by code:
            what GET answers and PUT takes,
            so a client can read the list, change it and send it back. Empty for an inter-regional
            council,
            whose seats belong to regions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointingTrusts | Problem]
     """


    kwargs = _get_kwargs(
        council_id=council_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    council_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AppointingTrusts,
    if_match: str,
    x_request_id: str | Unset = UNSET,

) -> AppointingTrusts | Problem | None:
    """ Replace Appointing Trusts

     Set the trusts that appoint to a regional council, in the shape GET answers: its region's RegUt
    adds a private hospital that trains in the specialty or removes a trust that does not
    (TRUST-HAS-SEAT, TRUST-IN-REGION).

    Args:
        council_id (UUID):
        if_match (str):
        x_request_id (str | Unset):
        body (AppointingTrusts): The health trusts that appoint to a regional council, by code:
            what GET answers and PUT takes,
            so a client can read the list, change it and send it back. Empty for an inter-regional
            council,
            whose seats belong to regions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointingTrusts | Problem
     """


    return (await asyncio_detailed(
        council_id=council_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
