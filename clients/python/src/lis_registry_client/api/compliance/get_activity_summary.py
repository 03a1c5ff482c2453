from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.activity_summary import ActivitySummary
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    council_id: UUID,
    *,
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

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/councils/{council_id}/activity-summary".format(council_id=quote(str(council_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivitySummary | Any | Problem | None:
    if response.status_code == 200:
        response_200 = ActivitySummary.from_dict(response.json())



        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

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

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())



        return response_406

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActivitySummary | Any | Problem]:
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
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[ActivitySummary | Any | Problem]:
    """ Get Activity Summary

     The council's year for RegUt (000 *Møtefrekvens*, HN-REGUT-ANNUAL; 002 §4): meetings held and
    cancelled, attendance per seat, consultations answered and missed, assessments given, changes of
    membership and leadership, and the compliance findings at year end.

    Args:
        council_id (UUID):
        year (int | None | Unset): The calendar year summarised; default this year in Norway,
            partial until it is over. A year not begun yet is a 422.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivitySummary | Any | Problem]
     """


    kwargs = _get_kwargs(
        council_id=council_id,
year=year,
if_none_match=if_none_match,
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
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> ActivitySummary | Any | Problem | None:
    """ Get Activity Summary

     The council's year for RegUt (000 *Møtefrekvens*, HN-REGUT-ANNUAL; 002 §4): meetings held and
    cancelled, attendance per seat, consultations answered and missed, assessments given, changes of
    membership and leadership, and the compliance findings at year end.

    Args:
        council_id (UUID):
        year (int | None | Unset): The calendar year summarised; default this year in Norway,
            partial until it is over. A year not begun yet is a 422.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivitySummary | Any | Problem
     """


    return sync_detailed(
        council_id=council_id,
client=client,
year=year,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    council_id: UUID,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[ActivitySummary | Any | Problem]:
    """ Get Activity Summary

     The council's year for RegUt (000 *Møtefrekvens*, HN-REGUT-ANNUAL; 002 §4): meetings held and
    cancelled, attendance per seat, consultations answered and missed, assessments given, changes of
    membership and leadership, and the compliance findings at year end.

    Args:
        council_id (UUID):
        year (int | None | Unset): The calendar year summarised; default this year in Norway,
            partial until it is over. A year not begun yet is a 422.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivitySummary | Any | Problem]
     """


    kwargs = _get_kwargs(
        council_id=council_id,
year=year,
if_none_match=if_none_match,
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
    year: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> ActivitySummary | Any | Problem | None:
    """ Get Activity Summary

     The council's year for RegUt (000 *Møtefrekvens*, HN-REGUT-ANNUAL; 002 §4): meetings held and
    cancelled, attendance per seat, consultations answered and missed, assessments given, changes of
    membership and leadership, and the compliance findings at year end.

    Args:
        council_id (UUID):
        year (int | None | Unset): The calendar year summarised; default this year in Norway,
            partial until it is over. A year not begun yet is a 422.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivitySummary | Any | Problem
     """


    return (await asyncio_detailed(
        council_id=council_id,
client=client,
year=year,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
