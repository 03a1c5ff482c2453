from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.council_kind import CouncilKind
from ...models.delimiter import Delimiter
from ...models.directory import Directory
from ...models.get_directory_format_type_0 import GetDirectoryFormatType0
from ...models.problem import Problem
from ...models.region_code import RegionCode
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    region: None | RegionCode | Unset = UNSET,
    specialty: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    format_: GetDirectoryFormatType0 | None | Unset = UNSET,
    delimiter: Delimiter | None | Unset = UNSET,
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
    elif isinstance(region, RegionCode):
        json_region = region.value
    else:
        json_region = region
    params["region"] = json_region

    json_specialty: None | str | Unset
    if isinstance(specialty, Unset):
        json_specialty = UNSET
    else:
        json_specialty = specialty
    params["specialty"] = json_specialty

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, CouncilKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetDirectoryFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    json_delimiter: None | str | Unset
    if isinstance(delimiter, Unset):
        json_delimiter = UNSET
    elif isinstance(delimiter, Delimiter):
        json_delimiter = delimiter.value
    else:
        json_delimiter = delimiter
    params["delimiter"] = json_delimiter


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/directory",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Directory | Problem | None:
    if response.status_code == 200:
        response_200 = Directory.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Directory | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: None | RegionCode | Unset = UNSET,
    specialty: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    format_: GetDirectoryFormatType0 | None | Unset = UNSET,
    delimiter: Delimiter | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Directory | Problem]:
    """ Get Directory

     Who to contact on every council and body today: its contact e-mail, leader, deputy leader and
    coordinator, its representatives with their trust, role and deputy, the next meeting, and the RegUt
    to contact. Public data only: names, titles, and e-mails their owners agreed to publish.

    Args:
        region (None | RegionCode | Unset): Only the councils and bodies of this region.
        specialty (None | str | Unset): Only this specialty's councils.
        kind (CouncilKind | None | Unset): Only councils or bodies of this kind.
        format_ (GetDirectoryFormatType0 | None | Unset): For a client that cannot set `Accept`:
            `json`; `csv` and `xlsx` are redirects to `GET /v1/directory.csv` and `GET
            /v1/directory.xlsx`.
        delimiter (Delimiter | None | Unset): Passed on with a redirect to `GET
            /v1/directory.csv`: `comma` or `semicolon`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Directory | Problem]
     """


    kwargs = _get_kwargs(
        region=region,
specialty=specialty,
kind=kind,
format_=format_,
delimiter=delimiter,
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
    region: None | RegionCode | Unset = UNSET,
    specialty: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    format_: GetDirectoryFormatType0 | None | Unset = UNSET,
    delimiter: Delimiter | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Directory | Problem | None:
    """ Get Directory

     Who to contact on every council and body today: its contact e-mail, leader, deputy leader and
    coordinator, its representatives with their trust, role and deputy, the next meeting, and the RegUt
    to contact. Public data only: names, titles, and e-mails their owners agreed to publish.

    Args:
        region (None | RegionCode | Unset): Only the councils and bodies of this region.
        specialty (None | str | Unset): Only this specialty's councils.
        kind (CouncilKind | None | Unset): Only councils or bodies of this kind.
        format_ (GetDirectoryFormatType0 | None | Unset): For a client that cannot set `Accept`:
            `json`; `csv` and `xlsx` are redirects to `GET /v1/directory.csv` and `GET
            /v1/directory.xlsx`.
        delimiter (Delimiter | None | Unset): Passed on with a redirect to `GET
            /v1/directory.csv`: `comma` or `semicolon`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Directory | Problem
     """


    return sync_detailed(
        client=client,
region=region,
specialty=specialty,
kind=kind,
format_=format_,
delimiter=delimiter,
if_none_match=if_none_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: None | RegionCode | Unset = UNSET,
    specialty: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    format_: GetDirectoryFormatType0 | None | Unset = UNSET,
    delimiter: Delimiter | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | Directory | Problem]:
    """ Get Directory

     Who to contact on every council and body today: its contact e-mail, leader, deputy leader and
    coordinator, its representatives with their trust, role and deputy, the next meeting, and the RegUt
    to contact. Public data only: names, titles, and e-mails their owners agreed to publish.

    Args:
        region (None | RegionCode | Unset): Only the councils and bodies of this region.
        specialty (None | str | Unset): Only this specialty's councils.
        kind (CouncilKind | None | Unset): Only councils or bodies of this kind.
        format_ (GetDirectoryFormatType0 | None | Unset): For a client that cannot set `Accept`:
            `json`; `csv` and `xlsx` are redirects to `GET /v1/directory.csv` and `GET
            /v1/directory.xlsx`.
        delimiter (Delimiter | None | Unset): Passed on with a redirect to `GET
            /v1/directory.csv`: `comma` or `semicolon`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Directory | Problem]
     """


    kwargs = _get_kwargs(
        region=region,
specialty=specialty,
kind=kind,
format_=format_,
delimiter=delimiter,
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
    region: None | RegionCode | Unset = UNSET,
    specialty: None | str | Unset = UNSET,
    kind: CouncilKind | None | Unset = UNSET,
    format_: GetDirectoryFormatType0 | None | Unset = UNSET,
    delimiter: Delimiter | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | Directory | Problem | None:
    """ Get Directory

     Who to contact on every council and body today: its contact e-mail, leader, deputy leader and
    coordinator, its representatives with their trust, role and deputy, the next meeting, and the RegUt
    to contact. Public data only: names, titles, and e-mails their owners agreed to publish.

    Args:
        region (None | RegionCode | Unset): Only the councils and bodies of this region.
        specialty (None | str | Unset): Only this specialty's councils.
        kind (CouncilKind | None | Unset): Only councils or bodies of this kind.
        format_ (GetDirectoryFormatType0 | None | Unset): For a client that cannot set `Accept`:
            `json`; `csv` and `xlsx` are redirects to `GET /v1/directory.csv` and `GET
            /v1/directory.xlsx`.
        delimiter (Delimiter | None | Unset): Passed on with a redirect to `GET
            /v1/directory.csv`: `comma` or `semicolon`.
        if_none_match (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Directory | Problem
     """


    return (await asyncio_detailed(
        client=client,
region=region,
specialty=specialty,
kind=kind,
format_=format_,
delimiter=delimiter,
if_none_match=if_none_match,
x_request_id=x_request_id,

    )).parsed
