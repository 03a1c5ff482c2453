"""Compliance: one council's findings, and the national overview RegUt works from."""

import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from app.clock import today_in_oslo
from app.contract.activity import activity_summary_page_url
from app.contract.common import Code, Protocol
from app.contract.compliance import NationalCompliance
from app.contract.imports import XLSX
from app.contract.seats import ComplianceReport
from app.domain.compliance import Status
from app.domain.values import CouncilKind
from app.edge.auth import RegisteredSystem, RegUtOrAdmin
from app.edge.dependencies import OnDate, RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, ProblemError, problem_responses, read_responses
from app.edge.kept import kept_answer
from app.edge.negotiation import preferred_language, preferred_media_type, see_other, see_other_response
from app.edge.pages import HTML, html_page
from app.edge.routing import UnitOfWorkRoute
from app.services import compliance as services
from app.services import spreadsheets
from app.services.compliance_page import Filters, compliance_page
from app.services.texts import Language

router = APIRouter(
    prefix="/v1",
    tags=["compliance"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
Reader = RegisteredSystem
Overseer = RegUtOrAdmin
Year = Annotated[
    int | None,
    Query(ge=1900, le=2999, description="The year whose meetings are counted; default: the year of `on`."),
]


def _judged(on: date | None, year: int | None) -> tuple[date, int]:
    """`on` for composition and leadership, `year` for meetings. A past year alone is judged as it
    ended (31 December); this year, or a later one, as it stands today."""
    today = today_in_oslo()
    if on is None:
        on = date(year, 12, 31) if year is not None and year < today.year else today
    return on, year if year is not None else on.year


@router.get(
    "/councils/{council_id}/compliance",
    response_model=ComplianceReport,
    name="get_compliance",
    responses=read_responses(403, 404),
)
async def get_compliance(
    council_id: uuid.UUID,
    repo: RepositoryDep,
    _reader: Reader,
    request: Request,
    on: OnDate = None,
    year: Year = None,
) -> ComplianceReport | Response:
    """Each rule's finding about the council: composition and leadership on a date, meetings in a year
    (a period not over yet is `pending`, not `violation`)."""
    on, year = _judged(on, year)
    return await kept_answer(
        request,
        {"on": on, "year": year},
        lambda now: services.compliance_report_kept(repo, council_id, on, year, now),
    )


JSON = "application/json"
OFFERED = (JSON, HTML)
OVERVIEW_PATH = "/v1/compliance"
OVERVIEW_PAGE_PATH = "/v1/compliance.html"
Region = Annotated[Code | None, Query(description="Only the regional councils of this region.")]
Kind = Annotated[CouncilKind | None, Query(description="`regional` or `interregional`.")]
WorstStatus = Annotated[
    Status | None, Query(description="Only councils whose worst finding has this status.")
]


def _overview_page_url(year: int) -> Callable[[Mapping[str, str | None]], str]:
    """The page's filter links lead to the page itself, never through the JSON's redirect."""

    def url(query: Mapping[str, str | None]) -> str:
        kept = {name: value for name, value in query.items() if value is not None}
        return f"{OVERVIEW_PAGE_PATH}?" + urlencode(kept | {"year": str(year)})

    return url


@router.get(
    OVERVIEW_PATH.removeprefix("/v1"),
    response_model=NationalCompliance,
    name="get_national_compliance",
    responses={
        **read_responses(403, 406),
        200: {
            "description": f"The overview. A person reads it as a page: `GET {OVERVIEW_PAGE_PATH}`.",
            "headers": {
                "Vary": {
                    "description": "`Accept`: one preferring `text/html` is sent to the page (303).",
                    "schema": {"type": "string"},
                }
            },
        },
        **see_other_response(f"`Accept` preferring `text/html`, answered by `GET {OVERVIEW_PAGE_PATH}`"),
    },
)
async def get_national_compliance(
    repo: RepositoryDep,
    _overseer: Overseer,
    request: Request,
    region: Region = None,
    kind: Kind = None,
    status: WorstStatus = None,
    on: OnDate = None,
    year: Year = None,
) -> NationalCompliance | Response:
    """Every council's findings, with how many councils stand where: RegUt's overview."""
    media_type = preferred_media_type(request.headers.get("accept"), OFFERED)
    if media_type is None:
        raise ProblemError(
            406, Protocol.NOT_ACCEPTABLE, f"the compliance overview is served as {' or '.join(OFFERED)}"
        )
    if media_type == HTML:
        query = {"region": region, "kind": kind, "status": status, "on": on, "year": year}
        return see_other(OVERVIEW_PAGE_PATH, query)
    on, year = _judged(on, year)
    return await kept_answer(
        request,
        {"region": region, "kind": kind, "status": status, "on": on, "year": year},
        lambda now: services.national_compliance_kept(
            repo, region=region, kind=kind, status=status, on=on, year=year, now=now
        ),
        headers={"Vary": "Accept"},
    )


@router.get(
    OVERVIEW_PAGE_PATH.removeprefix("/v1"),
    name="get_national_compliance_page",
    response_class=HTMLResponse,
    responses={
        **read_responses(403),
        200: {
            "description": "The overview as a page for RegUt (printable on A4): the councils, their status "
            "and what is missing, filters as plain links and each council linking to its activity "
            "summary's page; in Norwegian bokmål, or English with `Accept-Language: en`.",
            "content": {HTML: {"schema": {"type": "string"}}},
            "headers": {
                "Vary": {"description": "`Accept-Language`.", "schema": {"type": "string"}},
                "Content-Language": {"description": "The page's language.", "schema": {"type": "string"}},
            },
        },
    },
)
async def get_national_compliance_page(
    repo: RepositoryDep,
    _overseer: Overseer,
    request: Request,
    region: Region = None,
    kind: Kind = None,
    status: WorstStatus = None,
    on: OnDate = None,
    year: Year = None,
) -> Response:
    """RegUt's overview as a page for a person in a browser."""
    on, year = _judged(on, year)
    overview = await services.national_compliance(
        repo, region=region, kind=kind, status=status, on=on, year=year, now=datetime.now(UTC)
    )
    page = await compliance_page(
        repo,
        overview,
        preferred_language(request.headers.get("accept-language")),
        Filters(region, kind, status),
        summary_url=lambda council: activity_summary_page_url(council.id, year),
        filter_url=_overview_page_url(year),
    )
    return html_page(page)


class XlsxResponse(Response):
    media_type = XLSX


@router.get(
    "/compliance.xlsx",
    name="get_national_compliance_xlsx",
    response_class=XlsxResponse,
    responses={
        **read_responses(403),
        200: {
            "description": "The overview as an Excel workbook: one row per council with its status, its "
            "findings counted and what is missing in words; Norwegian bokmål, English on "
            "`Accept-Language: en`; the header row frozen, filters on, widths set.",
            "content": {XLSX: {"schema": {"type": "string", "format": "binary"}}},
            "headers": {
                "Content-Language": {"description": "The sheet's language.", "schema": {"type": "string"}},
                "Content-Disposition": {"description": "The file's name.", "schema": {"type": "string"}},
            },
        },
    },
)
async def get_national_compliance_xlsx(
    repo: RepositoryDep,
    _overseer: Overseer,
    request: Request,
    region: Region = None,
    kind: Kind = None,
    status: WorstStatus = None,
    on: OnDate = None,
    year: Year = None,
) -> Response:
    """RegUt's overview as a spreadsheet for Excel."""
    on, year = _judged(on, year)
    overview = await services.national_compliance(
        repo, region=region, kind=kind, status=status, on=on, year=year, now=datetime.now(UTC)
    )
    language = preferred_language(request.headers.get("accept-language"))
    name = f"lis-etterlevelse-{year}.xlsx" if language is Language.NB else f"lis-compliance-{year}.xlsx"
    return XlsxResponse(
        await spreadsheets.compliance_xlsx(repo, overview, language),
        headers={
            "Content-Language": language.value,
            "Content-Disposition": f'attachment; filename="{name}"',
            "Vary": "Accept-Language",
        },
    )
