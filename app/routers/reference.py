"""Reference data: regions and their RegUt, health trusts, specialties, the coordinating RegUt."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.clock import today_in_oslo
from app.contract.common import Instant, QueryFlag
from app.contract.reference import (
    CoordinatingPeriodCreate,
    CoordinatingPeriodList,
    CoordinatingPeriodPublic,
    CoordinatingRegUtPublic,
    HealthTrustCorrection,
    HealthTrustList,
    HealthTrustPublic,
    RegionCorrection,
    RegionList,
    RegionPublic,
    SpecialtyCorrection,
    SpecialtyList,
    SpecialtyPublic,
)
from app.domain.authority import Principal, Scope
from app.domain.values import RegionCode
from app.edge.auth import requires
from app.edge.dependencies import IdempotencyKey, IfMatch, OnDate, PageDep, RepositoryDep, link_next_page
from app.edge.errors import (
    COMMON_PROBLEMS,
    POST_PROBLEMS,
    WRITE_PROBLEMS,
    problem_responses,
    read_responses,
)
from app.edge.protocol import if_match, tagged
from app.edge.routing import UnitOfWorkRoute
from app.services import reference as services

router = APIRouter(
    prefix="/v1",
    tags=["reference data"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
Administrator = Annotated[Principal, requires(Scope.ADMIN)]

UpdatedSince = Annotated[
    Instant | None,
    Query(description="Only what changed at or after this instant (RFC 3339 with offset)."),
]


@router.get("/regions", response_model=RegionList, name="list_regions", responses=read_responses())
async def list_regions(
    repo: RepositoryDep, page: PageDep, request: Request, response: Response
) -> RegionList:
    """The four health regions, each with its RegUt."""
    regions = await services.list_regions(repo, page)
    link_next_page(request, response, regions.next_cursor)
    return regions


@router.get("/regions/{code}", response_model=RegionPublic, name="get_region", responses=read_responses(404))
async def get_region(code: str, repo: RepositoryDep, response: Response) -> RegionPublic:
    """One health region and its RegUt."""
    view = await services.read_region(repo, code)
    tagged(response, view)
    return view


@router.patch(
    "/regions/{code}",
    response_model=RegionPublic,
    name="correct_region",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def correct_region(
    code: str,
    body: RegionCorrection,
    repo: RepositoryDep,
    principal: Administrator,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> RegionPublic:
    """Correct a region or its RegUt's name or e-mail (administrators); a later reference load keeps it."""
    view = await services.correct_region(repo, principal, code, body, if_match(request))
    tagged(response, view)
    return view


@router.get(
    "/health-trusts", response_model=HealthTrustList, name="list_health_trusts", responses=read_responses()
)
async def list_health_trusts(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    region: Annotated[RegionCode | None, Query(description="Only the trusts of this region.")] = None,
    updated_since: UpdatedSince = None,
) -> HealthTrustList:
    """The health trusts that appoint council members, with organisation numbers."""
    trusts = await services.list_health_trusts(repo, page, region=region, updated_since=updated_since)
    link_next_page(request, response, trusts.next_cursor)
    return trusts


@router.get(
    "/health-trusts/{code}",
    response_model=HealthTrustPublic,
    name="get_health_trust",
    responses=read_responses(404),
)
async def get_health_trust(code: str, repo: RepositoryDep, response: Response) -> HealthTrustPublic:
    """One health trust."""
    view = await services.read_health_trust(repo, code)
    tagged(response, view)
    return view


@router.patch(
    "/health-trusts/{code}",
    response_model=HealthTrustPublic,
    name="correct_health_trust",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def correct_health_trust(
    code: str,
    body: HealthTrustCorrection,
    repo: RepositoryDep,
    principal: Administrator,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> HealthTrustPublic:
    """Correct a health trust's name or organisation number (administrators)."""
    view = await services.correct_health_trust(repo, principal, code, body, if_match(request))
    tagged(response, view)
    return view


@router.get("/specialties", response_model=SpecialtyList, name="list_specialties", responses=read_responses())
async def list_specialties(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    hospital_based: Annotated[
        QueryFlag | None, Query(description="Only specialties trained in hospitals (those with councils).")
    ] = None,
    updated_since: UpdatedSince = None,
) -> SpecialtyList:
    """The medical specialties, with their responsible RegUt."""
    specialties = await services.list_specialties(
        repo, page, hospital_based=hospital_based, updated_since=updated_since
    )
    link_next_page(request, response, specialties.next_cursor)
    return specialties


@router.get(
    "/specialties/{code}", response_model=SpecialtyPublic, name="get_specialty", responses=read_responses(404)
)
async def get_specialty(code: str, repo: RepositoryDep, response: Response) -> SpecialtyPublic:
    """One specialty."""
    view = await services.read_specialty(repo, code)
    tagged(response, view)
    return view


@router.patch(
    "/specialties/{code}",
    response_model=SpecialtyPublic,
    name="correct_specialty",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def correct_specialty(
    code: str,
    body: SpecialtyCorrection,
    repo: RepositoryDep,
    principal: Administrator,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> SpecialtyPublic:
    """Correct a specialty's names, abbreviation or responsible RegUt (administrators)."""
    view = await services.correct_specialty(repo, principal, code, body, if_match(request))
    tagged(response, view)
    return view


@router.get(
    "/coordinating-regut",
    response_model=CoordinatingRegUtPublic,
    name="get_coordinating_regut",
    responses=read_responses(404),
)
async def get_coordinating_regut(
    repo: RepositoryDep,
    on: OnDate = None,
) -> CoordinatingRegUtPublic:
    """Which RegUt coordinates nationally on a date (REGUT-COORDINATING-ROTATION)."""
    return await services.coordinating_regut_on(repo, on or today_in_oslo())


@router.get(
    "/coordinating-regut/periods",
    response_model=CoordinatingPeriodList,
    name="list_coordinating_periods",
    responses=read_responses(),
)
async def list_coordinating_periods(repo: RepositoryDep) -> CoordinatingPeriodList:
    """Every recorded coordinating-RegUt period, oldest first (one page: a period lasts two years)."""
    return await services.list_coordinating_periods(repo)


@router.post(
    "/coordinating-regut/periods",
    response_model=CoordinatingPeriodPublic,
    status_code=status.HTTP_201_CREATED,
    name="add_coordinating_period",
    responses=problem_responses(*POST_PROBLEMS),
)
async def add_coordinating_period(
    body: CoordinatingPeriodCreate,
    repo: RepositoryDep,
    principal: Administrator,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> CoordinatingPeriodPublic:
    """Record the next coordinating-RegUt period (administrators; REGUT-COORDINATING-ROTATION)."""
    period = await services.add_coordinating_period(repo, principal, body)
    response.headers["Location"] = f"/v1/coordinating-regut?on={period.ends_on.isoformat()}"
    tagged(response, period)
    return period
