from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.council_kind import CouncilKind
from ...models.problem import Problem
from ...models.status import Status
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    region: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, CouncilKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, Status):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/compliance.html",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Get National Compliance Page

     RegUt's overview as a page for a person in a browser.

    Args:
        region (None | str | Unset): Only the regional councils of this region.
        kind (CouncilKind | None | Unset): `regional` or `interregional`.
        status (None | Status | Unset): Only councils whose worst finding has this status.
        on (datetime.date | None | Unset): The date asked about; default today (Europe/Oslo).
        year (int | None | Unset): The year whose meetings are counted; default: the year of `on`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        region=region,
kind=kind,
status=status,
on=on,
year=year,
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
    region: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Get National Compliance Page

     RegUt's overview as a page for a person in a browser.

    Args:
        region (None | str | Unset): Only the regional councils of this region.
        kind (CouncilKind | None | Unset): `regional` or `interregional`.
        status (None | Status | Unset): Only councils whose worst finding has this status.
        on (datetime.date | None | Unset): The date asked about; default today (Europe/Oslo).
        year (int | None | Unset): The year whose meetings are counted; default: the year of `on`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        client=client,
region=region,
kind=kind,
status=status,
on=on,
year=year,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Get National Compliance Page

     RegUt's overview as a page for a person in a browser.

    Args:
        region (None | str | Unset): Only the regional councils of this region.
        kind (CouncilKind | None | Unset): `regional` or `interregional`.
        status (None | Status | Unset): Only councils whose worst finding has this status.
        on (datetime.date | None | Unset): The date asked about; default today (Europe/Oslo).
        year (int | None | Unset): The year whose meetings are counted; default: the year of `on`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        region=region,
kind=kind,
status=status,
on=on,
year=year,
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
    region: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Get National Compliance Page

     RegUt's overview as a page for a person in a browser.

    Args:
        region (None | str | Unset): Only the regional councils of this region.
        kind (CouncilKind | None | Unset): `regional` or `interregional`.
        status (None | Status | Unset): Only councils whose worst finding has this status.
        on (datetime.date | None | Unset): The date asked about; default today (Europe/Oslo).
        year (int | None | Unset): The year whose meetings are counted; default: the year of `on`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        client=client,
region=region,
kind=kind,
status=status,
on=on,
year=year,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
