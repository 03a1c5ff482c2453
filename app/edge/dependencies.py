"""Per-request plumbing shared by the routers."""

from typing import Annotated

from fastapi import Depends, Header, Query, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.contract.common import Day
from app.storage.changes import DataVersion
from app.storage.database import Database
from app.storage.paging import DEFAULT_LIMIT, MAX_LIMIT, PageRequest
from app.storage.repository import Repository


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


async def repository(request: Request) -> Repository:
    """The repository on the request's transaction, which `UnitOfWorkRoute` opened and will commit.
    (`async`, as every dependency here: FastAPI runs a plain `def` in a worker thread, a hop per request.)"""
    session: AsyncSession = request.state.session
    return Repository(session)


RepositoryDep = Annotated[Repository, Depends(repository)]


async def data_version(request: Request) -> DataVersion:
    version: DataVersion = request.app.state.data_version
    return version


DataVersionDep = Annotated[DataVersion, Depends(data_version)]


async def page_request(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None, Query(max_length=1000, description="`next_cursor` of the previous page.")
    ] = None,
) -> PageRequest:
    return PageRequest(limit=limit, cursor=cursor)


PageDep = Annotated[PageRequest, Depends(page_request)]


def link_next_page(request: Request, response: Response, next_cursor: str | None) -> None:
    """RFC 8288 `Link` to the next page, which generic HTTP clients follow without reading the body."""
    if next_cursor is not None:
        url = request.url.include_query_params(cursor=next_cursor)
        response.headers["Link"] = f'<{url}>; rel="next"'


IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="Makes the POST safe to retry: the same key and body within 24 h replays the first "
        "response (`Idempotency-Replayed: true`) and writes nothing.",
    ),
]
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="Required: the ETag of the resource as last read (428 without it, 412 when stale).",
    ),
]


OnDate = Annotated[Day | None, Query(description="The date asked about; default today (Europe/Oslo).")]
