from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.proposal_list import ProposalList
from ...models.proposal_status import ProposalStatus
from ...models.region_code import RegionCode
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    specialty: None | str | Unset = UNSET,
    status: None | ProposalStatus | Unset = UNSET,
    responsible_region: None | RegionCode | Unset = UNSET,
    consultation_deadline_before: datetime.date | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
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

    json_specialty: None | str | Unset
    if isinstance(specialty, Unset):
        json_specialty = UNSET
    else:
        json_specialty = specialty
    params["specialty"] = json_specialty

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ProposalStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_responsible_region: None | str | Unset
    if isinstance(responsible_region, Unset):
        json_responsible_region = UNSET
    elif isinstance(responsible_region, RegionCode):
        json_responsible_region = responsible_region.value
    else:
        json_responsible_region = responsible_region
    params["responsible_region"] = json_responsible_region

    json_consultation_deadline_before: None | str | Unset
    if isinstance(consultation_deadline_before, Unset):
        json_consultation_deadline_before = UNSET
    elif isinstance(consultation_deadline_before, datetime.date):
        json_consultation_deadline_before = consultation_deadline_before.isoformat()
    else:
        json_consultation_deadline_before = consultation_deadline_before
    params["consultation_deadline_before"] = json_consultation_deadline_before

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

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
        "url": "/v1/proposals",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | ProposalList | None:
    if response.status_code == 200:
        response_200 = ProposalList.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | ProposalList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    specialty: None | str | Unset = UNSET,
    status: None | ProposalStatus | Unset = UNSET,
    responsible_region: None | RegionCode | Unset = UNSET,
    consultation_deadline_before: datetime.date | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Problem | ProposalList]:
    """ List Proposals

     Proposals, oldest first; anonymous callers see their public fields.

    Args:
        specialty (None | str | Unset): Only proposals for this specialty.
        status (None | ProposalStatus | Unset): Only proposals in this status.
        responsible_region (None | RegionCode | Unset): Only proposals run by this region's RegUt.
        consultation_deadline_before (datetime.date | None | Unset): Only open consultations whose
            deadline is before this day.
        updated_since (datetime.datetime | None | Unset): Only proposals changed at or after this
            instant.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProposalList]
     """


    kwargs = _get_kwargs(
        specialty=specialty,
status=status,
responsible_region=responsible_region,
consultation_deadline_before=consultation_deadline_before,
updated_since=updated_since,
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
    client: AuthenticatedClient | Client,
    specialty: None | str | Unset = UNSET,
    status: None | ProposalStatus | Unset = UNSET,
    responsible_region: None | RegionCode | Unset = UNSET,
    consultation_deadline_before: datetime.date | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Problem | ProposalList | None:
    """ List Proposals

     Proposals, oldest first; anonymous callers see their public fields.

    Args:
        specialty (None | str | Unset): Only proposals for this specialty.
        status (None | ProposalStatus | Unset): Only proposals in this status.
        responsible_region (None | RegionCode | Unset): Only proposals run by this region's RegUt.
        consultation_deadline_before (datetime.date | None | Unset): Only open consultations whose
            deadline is before this day.
        updated_since (datetime.datetime | None | Unset): Only proposals changed at or after this
            instant.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProposalList
     """


    return sync_detailed(
        client=client,
specialty=specialty,
status=status,
responsible_region=responsible_region,
consultation_deadline_before=consultation_deadline_before,
updated_since=updated_since,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    specialty: None | str | Unset = UNSET,
    status: None | ProposalStatus | Unset = UNSET,
    responsible_region: None | RegionCode | Unset = UNSET,
    consultation_deadline_before: datetime.date | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Problem | ProposalList]:
    """ List Proposals

     Proposals, oldest first; anonymous callers see their public fields.

    Args:
        specialty (None | str | Unset): Only proposals for this specialty.
        status (None | ProposalStatus | Unset): Only proposals in this status.
        responsible_region (None | RegionCode | Unset): Only proposals run by this region's RegUt.
        consultation_deadline_before (datetime.date | None | Unset): Only open consultations whose
            deadline is before this day.
        updated_since (datetime.datetime | None | Unset): Only proposals changed at or after this
            instant.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProposalList]
     """


    kwargs = _get_kwargs(
        specialty=specialty,
status=status,
responsible_region=responsible_region,
consultation_deadline_before=consultation_deadline_before,
updated_since=updated_since,
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
    client: AuthenticatedClient | Client,
    specialty: None | str | Unset = UNSET,
    status: None | ProposalStatus | Unset = UNSET,
    responsible_region: None | RegionCode | Unset = UNSET,
    consultation_deadline_before: datetime.date | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Problem | ProposalList | None:
    """ List Proposals

     Proposals, oldest first; anonymous callers see their public fields.

    Args:
        specialty (None | str | Unset): Only proposals for this specialty.
        status (None | ProposalStatus | Unset): Only proposals in this status.
        responsible_region (None | RegionCode | Unset): Only proposals run by this region's RegUt.
        consultation_deadline_before (datetime.date | None | Unset): Only open consultations whose
            deadline is before this day.
        updated_since (datetime.datetime | None | Unset): Only proposals changed at or after this
            instant.
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProposalList
     """


    return (await asyncio_detailed(
        client=client,
specialty=specialty,
status=status,
responsible_region=responsible_region,
consultation_deadline_before=consultation_deadline_before,
updated_since=updated_since,
limit=limit,
cursor=cursor,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
