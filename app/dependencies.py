"""Per-request plumbing shared by the routers."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Query, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Database
from app.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, PageRequest
from app.repository import Repository

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


async def unit_of_work(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed before the response is sent (see `scope` below):
    a failed commit must reach the client as an error, never follow a 2xx."""
    async with get_database(request).unit_of_work(write=request.method not in SAFE_METHODS) as session:
        yield session


def repository(session: Annotated[AsyncSession, Depends(unit_of_work, scope="function")]) -> Repository:
    return Repository(session)


RepositoryDep = Annotated[Repository, Depends(repository, scope="function")]


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
