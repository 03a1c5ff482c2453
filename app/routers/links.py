"""Links a person can open in any browser without logging in, and the pages they open."""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, status
from fastapi.responses import HTMLResponse

from app.contract.common import Protocol
from app.contract.links import LINK_PAGE_PATH, LINKS_PATH, Link, LinkedPage, LinkRequest
from app.domain.authority import Principal, Scope
from app.edge.auth import RegisteredSystem
from app.edge.dependencies import RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, ProblemError, problem_responses
from app.edge.negotiation import preferred_language
from app.edge.observability import log_disclosure
from app.edge.pages import HTML, html_page
from app.edge.routing import UnitOfWorkRoute
from app.services import links as services

router = APIRouter(prefix="/v1", tags=["links"], route_class=UnitOfWorkRoute)
Asker = RegisteredSystem
PAGE_READERS: dict[LinkedPage, frozenset[Scope]] = {
    LinkedPage.ACTIVITY_SUMMARY: frozenset({Scope.READ, Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN}),
    LinkedPage.COMPLIANCE: frozenset({Scope.REGUT, Scope.ADMIN}),
}
"""Who may ask for a link to a page: whoever may read the page itself (its operation's scopes)."""
LINK_PAGE_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The page, in Norwegian bokmål or in English (`Accept-Language: en`), sent with "
        "`Referrer-Policy: no-referrer` and `Cache-Control: private`.",
    },
    304: {"description": "Not Modified: If-None-Match named the current ETag"},
    404: {
        "description": "The link opens nothing: forged, altered, expired or revoked. One HTML page in "
        "Norwegian for all, which says what to do and nothing of why.",
        "content": {HTML: {"schema": {"type": "string"}}},
    },
    **problem_responses(413, 414, 422, 503),
}


def now() -> datetime:
    return datetime.now(UTC)


def _key(request: Request) -> str:
    key: str = request.app.state.link_key
    return key


@router.post(
    LINKS_PATH.removeprefix("/v1"),
    response_model=Link,
    status_code=status.HTTP_201_CREATED,
    name="create_link",
    responses=problem_responses(*COMMON_PROBLEMS, 403, 404),
)
async def create_link(body: LinkRequest, repo: RepositoryDep, asker: Asker, request: Request) -> Link:
    """A link to one page — a council's activity summary of a year, or the compliance overview with its
    filters — for a person to open in any browser without logging in, until it expires. Whoever may
    read the page may ask for a link to it; reads through the link are logged as the asker's."""
    if not asker.scopes & PAGE_READERS[body.page]:
        raise ProblemError(403, Protocol.FORBIDDEN, f"the token may not read the {body.page.value} page")
    settings = request.app.state.settings
    return await services.make_link(
        repo,
        body,
        by=asker.subject,
        org=asker.org_number,
        key=_key(request),
        days=settings.link_days,
        base_url=str(request.base_url),
        now=now(),
    )


@router.get(
    LINK_PAGE_PATH.removeprefix("/v1"),
    name="open_link",
    response_class=HTMLResponse,
    responses=LINK_PAGE_RESPONSES,
)
async def open_link(
    token: Annotated[str, Path(max_length=2000, description="The capability, as the link has it.")],
    repo: RepositoryDep,
    request: Request,
) -> Response:
    """The page a link opens, in the reader's language. The access log never shows the link."""
    opened = await services.open_link(
        repo,
        token,
        key=_key(request),
        now=now(),
        language=preferred_language(request.headers.get("accept-language")),
        base_url=str(request.base_url),
    )
    if opened is None:
        return html_page(services.link_error_page(), status=404, through_link=True)
    if opened.disclosed is not None:
        # Read by a person the asking system handed the link to: disclosed by that system.
        asker = Principal(opened.claims.by, frozenset({Scope.READ}), org_number=opened.claims.org)
        route = request.scope.get("route")
        log_disclosure(request.scope, "GET", getattr(route, "path", None), 200, asker, opened.disclosed)
    return html_page(opened.page, through_link=True)
