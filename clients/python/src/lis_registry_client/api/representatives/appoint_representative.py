from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.region_appointment import RegionAppointment
from ...models.representative_public import RepresentativePublic
from ...models.role_appointment import RoleAppointment
from ...models.trainee_appointment import TraineeAppointment
from ...models.trust_appointment import TrustAppointment
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    council_id: UUID,
    *,
    body: RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/councils/{council_id}/representatives".format(council_id=quote(str(council_id), safe=""),),
    }

    
    if isinstance(body, TrustAppointment):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RegionAppointment):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, TraineeAppointment):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RepresentativePublic | None:
    if response.status_code == 201:
        response_201 = RepresentativePublic.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RepresentativePublic]:
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
    body: RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Problem | RepresentativePublic]:
    """ Appoint Representative

     Appoint a representative: a trust for its own seat on a regional council, the region's RegUt
    for an inter-regional seat. Every rule of Seats and terms applies, over the whole term.

    Args:
        council_id (UUID):
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RepresentativePublic]
     """


    kwargs = _get_kwargs(
        council_id=council_id,
body=body,
idempotency_key=idempotency_key,
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
    body: RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Problem | RepresentativePublic | None:
    """ Appoint Representative

     Appoint a representative: a trust for its own seat on a regional council, the region's RegUt
    for an inter-regional seat. Every rule of Seats and terms applies, over the whole term.

    Args:
        council_id (UUID):
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RepresentativePublic
     """


    return sync_detailed(
        council_id=council_id,
client=client,
body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    council_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Problem | RepresentativePublic]:
    """ Appoint Representative

     Appoint a representative: a trust for its own seat on a regional council, the region's RegUt
    for an inter-regional seat. Every rule of Seats and terms applies, over the whole term.

    Args:
        council_id (UUID):
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RepresentativePublic]
     """


    kwargs = _get_kwargs(
        council_id=council_id,
body=body,
idempotency_key=idempotency_key,
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
    body: RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Problem | RepresentativePublic | None:
    """ Appoint Representative

     Appoint a representative: a trust for its own seat on a regional council, the region's RegUt
    for an inter-regional seat. Every rule of Seats and terms applies, over the whole term.

    Args:
        council_id (UUID):
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (RegionAppointment | RoleAppointment | TraineeAppointment | TrustAppointment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RepresentativePublic
     """


    return (await asyncio_detailed(
        council_id=council_id,
client=client,
body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )).parsed
