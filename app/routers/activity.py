"""A council's annual activity summary: JSON, and a printable page a RegUt officer saves as PDF."""

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from app.contract.activity import ACTIVITY_SUMMARY_PAGE_PATH, ACTIVITY_SUMMARY_PATH, ActivitySummary
from app.contract.common import Protocol
from app.edge.auth import RegisteredSystem
from app.edge.dependencies import RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, ProblemError, problem_responses, read_responses
from app.edge.negotiation import preferred_language, preferred_media_type, see_other, see_other_response
from app.edge.observability import log_disclosure
from app.edge.pages import HTML, html_page
from app.edge.protocol import tagged
from app.edge.routing import UnitOfWorkRoute
from app.services import activity as services

router = APIRouter(
    prefix="/v1",
    tags=["compliance"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
# It names people and who attended which meeting: a registered system's read, as attendance is.
Reader = RegisteredSystem

JSON = "application/json"
OFFERED = (JSON, HTML)
"""What the summary is served as, the first preferred when a client accepts both alike (`*/*`)."""
Year = Annotated[
    int | None,
    Query(
        ge=1900,
        le=2999,
        description="The calendar year summarised; default this year in Norway, partial until it is over. "
        "A year not begun yet is a 422.",
    ),
]


def now() -> datetime:
    return datetime.now(UTC)


@router.get(
    ACTIVITY_SUMMARY_PATH.removeprefix("/v1"),
    response_model=ActivitySummary,
    name="get_activity_summary",
    responses={
        **read_responses(403, 404, 406),
        200: {
            "description": f"The summary. A person reads it as a page: `GET {ACTIVITY_SUMMARY_PAGE_PATH}`.",
            "headers": {
                "Vary": {
                    "description": "`Accept` (and `Authorization`): one preferring `text/html` is sent to "
                    "the page (303).",
                    "schema": {"type": "string"},
                }
            },
        },
        **see_other_response(
            f"`Accept` preferring `text/html` (a browser), answered by `GET {ACTIVITY_SUMMARY_PAGE_PATH}`"
        ),
    },
)
async def get_activity_summary(
    council_id: uuid.UUID,
    repo: RepositoryDep,
    _reader: Reader,
    request: Request,
    response: Response,
    year: Year = None,
) -> ActivitySummary | Response:
    """The council's year for RegUt (000 *Møtefrekvens*, HN-REGUT-ANNUAL; 002 §4): meetings held and
    cancelled, attendance per seat, consultations answered and missed, assessments given, changes of
    membership and leadership, and the compliance findings at year end."""
    media_type = preferred_media_type(request.headers.get("accept"), OFFERED)
    if media_type is None:
        raise ProblemError(
            406, Protocol.NOT_ACCEPTABLE, f"the activity summary is served as {' or '.join(OFFERED)}"
        )
    if media_type == HTML:
        return see_other(ACTIVITY_SUMMARY_PAGE_PATH.format(council_id=council_id), {"year": year})
    summary = await services.activity_summary(repo, council_id, year, now())
    tagged(response, summary)
    response.headers["Vary"] = "Accept"
    return summary


@router.get(
    ACTIVITY_SUMMARY_PAGE_PATH.removeprefix("/v1"),
    name="get_activity_summary_page",
    response_class=HTMLResponse,
    responses={
        **read_responses(403, 404),
        200: {
            "description": "The summary as a printable page (A4, no scripts, nothing loaded from elsewhere) "
            "to save as PDF, in Norwegian bokmål, or in English with `Accept-Language: en`.",
            "content": {HTML: {"schema": {"type": "string"}}},
            "headers": {
                "Vary": {
                    "description": "`Accept-Language` (and `Authorization`): the page in each language is "
                    "a representation of its own, with its own ETag.",
                    "schema": {"type": "string"},
                },
                "Content-Language": {
                    "description": "The page's language: `nb` or `en`.",
                    "schema": {"type": "string"},
                },
            },
        },
    },
)
async def get_activity_summary_page(
    council_id: uuid.UUID,
    repo: RepositoryDep,
    reader: Reader,
    request: Request,
    year: Year = None,
) -> Response:
    """The council's year as a page a RegUt officer prints or saves as PDF."""
    summary = await services.activity_summary(repo, council_id, year, now())
    page = await services.activity_summary_page(
        repo, summary, preferred_language(request.headers.get("accept-language"))
    )
    # The page shows what the JSON does, attendance included, but the disclosure log reads JSON bodies
    # only: log it from the JSON it was rendered from (also when the client's copy turns out current).
    route = request.scope.get("route")
    log_disclosure(
        request.scope,
        request.method,
        getattr(route, "path", None),
        200,
        reader,
        summary.model_dump_json().encode(),
    )
    # No ETag of its own: the cache layer tags the page by its bytes, a strong validator of its own.
    return html_page(page)
