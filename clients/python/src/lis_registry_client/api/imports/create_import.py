from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.import_public import ImportPublic
from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast



def _get_kwargs(
    *,
    body:    File  |     File  | Unset = UNSET,
    commit: bool | Unset = False,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    params["commit"] = commit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/imports",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportPublic | Problem | None:
    if response.status_code == 201:
        response_201 = ImportPublic.from_dict(response.json())



        return response_201

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

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body:    File  |     File  | Unset = UNSET,
    commit: bool | Unset = False,
    x_request_id: str | Unset = UNSET,

) -> Response[ImportPublic | Problem]:
    """ Create Import

     Import councils (established dates), members and their seats, leadership and past meetings from
    a spreadsheet, by the rules of the single writes, in date order. A dry run by default: the report
    says per row `created`, `changed`, `unchanged` or `refused`, and every broken rule at its cell.
    A RegUt imports for its own region's councils and bodies and the inter-regional councils it is
    responsible for; an administrator for any.

    Args:
        commit (bool | Unset): `true` writes every row, all or nothing; by default a dry run that
            writes nothing. Default: False.
        x_request_id (str | Unset):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportPublic | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
commit=commit,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body:    File  |     File  | Unset = UNSET,
    commit: bool | Unset = False,
    x_request_id: str | Unset = UNSET,

) -> ImportPublic | Problem | None:
    """ Create Import

     Import councils (established dates), members and their seats, leadership and past meetings from
    a spreadsheet, by the rules of the single writes, in date order. A dry run by default: the report
    says per row `created`, `changed`, `unchanged` or `refused`, and every broken rule at its cell.
    A RegUt imports for its own region's councils and bodies and the inter-regional councils it is
    responsible for; an administrator for any.

    Args:
        commit (bool | Unset): `true` writes every row, all or nothing; by default a dry run that
            writes nothing. Default: False.
        x_request_id (str | Unset):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportPublic | Problem
     """


    return sync_detailed(
        client=client,
body=body,
commit=commit,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body:    File  |     File  | Unset = UNSET,
    commit: bool | Unset = False,
    x_request_id: str | Unset = UNSET,

) -> Response[ImportPublic | Problem]:
    """ Create Import

     Import councils (established dates), members and their seats, leadership and past meetings from
    a spreadsheet, by the rules of the single writes, in date order. A dry run by default: the report
    says per row `created`, `changed`, `unchanged` or `refused`, and every broken rule at its cell.
    A RegUt imports for its own region's councils and bodies and the inter-regional councils it is
    responsible for; an administrator for any.

    Args:
        commit (bool | Unset): `true` writes every row, all or nothing; by default a dry run that
            writes nothing. Default: False.
        x_request_id (str | Unset):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportPublic | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
commit=commit,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body:    File  |     File  | Unset = UNSET,
    commit: bool | Unset = False,
    x_request_id: str | Unset = UNSET,

) -> ImportPublic | Problem | None:
    """ Create Import

     Import councils (established dates), members and their seats, leadership and past meetings from
    a spreadsheet, by the rules of the single writes, in date order. A dry run by default: the report
    says per row `created`, `changed`, `unchanged` or `refused`, and every broken rule at its cell.
    A RegUt imports for its own region's councils and bodies and the inter-regional councils it is
    responsible for; an administrator for any.

    Args:
        commit (bool | Unset): `true` writes every row, all or nothing; by default a dry run that
            writes nothing. Default: False.
        x_request_id (str | Unset):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportPublic | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
commit=commit,
x_request_id=x_request_id,

    )).parsed
