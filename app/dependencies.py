"""Per-request plumbing shared by the routers."""

import uuid
from typing import Annotated

from fastapi import Depends, Header, Query, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Database
from app.errors import not_found
from app.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, PageRequest
from app.repository import Repository
from app.schemas import Day
from app.tables import Council


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def repository(request: Request) -> Repository:
    """The repository on the request's transaction, which `UnitOfWorkRoute` opened and will commit."""
    session: AsyncSession = request.state.session
    return Repository(session)


RepositoryDep = Annotated[Repository, Depends(repository)]


def page_request(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None, Query(max_length=1000, description="`next_cursor` of the previous page.")
    ] = None,
) -> PageRequest:
    return PageRequest(limit=limit, cursor=cursor)


PageDep = Annotated[PageRequest, Depends(page_request)]


def link_next_page(request: Request, response: Response, page: Page[object]) -> None:
    """RFC 8288 `Link` to the next page, which generic HTTP clients follow without reading the body."""
    if page.next_cursor is not None:
        url = request.url.include_query_params(cursor=page.next_cursor)
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


async def council_or_404(repo: Repository, council_id: uuid.UUID, *, for_update: bool = False) -> Council:
    council = await repo.council(council_id, for_update=for_update)
    if council is None:
        raise not_found(f"council {council_id}")
    return council
