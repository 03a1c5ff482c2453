"""Reference data: regions and their RegUt, health trusts, specialties, the coordinating RegUt."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth import requires
from app.clock import today_in_oslo
from app.dependencies import IdempotencyKey, IfMatch, OnDate, PageDep, RepositoryDep, link_next_page
from app.domain.authority import Principal, Scope
from app.domain.coordination import coordinating_period_on
from app.domain.rules import Rule
from app.errors import (
    COMMON_PROBLEMS,
    WRITE_PROBLEMS,
    ProblemError,
    not_found,
    problem_responses,
    read_responses,
)
from app.http_protocol import require_current, tagged
from app.repository import Repository, period_value
from app.routing import UnitOfWorkRoute
from app.schemas import (
    CoordinatingPeriodCreate,
    CoordinatingPeriodList,
    CoordinatingPeriodPublic,
    CoordinatingRegUtPublic,
    HealthTrustCorrection,
    HealthTrustList,
    HealthTrustPublic,
    Instant,
    QueryFlag,
    RegionCorrection,
    RegionList,
    RegionPublic,
    SpecialtyCorrection,
    SpecialtyList,
    SpecialtyPublic,
)
from app.services import reference as services
from app.tables import HealthTrust, Region, Specialty
from app.views import period_view, region_view, regut_view, specialty_view, trust_view

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
    regions = await repo.regions(page)
    hosts = await repo.regut_hosts()
    link_next_page(request, response, regions)
    return RegionList(
        items=[region_view(r, hosts.get(r.code)) for r in regions.items], next_cursor=regions.next_cursor
    )


async def _region(repo: Repository, code: str) -> tuple[Region, RegionPublic]:
    region = await repo.region(code)
    if region is None:
        raise not_found(f"region {code!r}")
    return region, region_view(region, (await repo.regut_hosts()).get(code))


@router.get("/regions/{code}", response_model=RegionPublic, name="get_region", responses=read_responses(404))
async def get_region(code: str, repo: RepositoryDep, response: Response) -> RegionPublic:
    """One health region and its RegUt."""
    _, view = await _region(repo, code)
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
    region, view = await _region(repo, code)
    require_current(request, view)
    await services.correct_region(repo, principal, region, body)
    _, view = await _region(repo, code)
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
    region: Annotated[str | None, Query(max_length=40, description="Region code.")] = None,
    updated_since: UpdatedSince = None,
) -> HealthTrustList:
    """The health trusts that appoint council members, with organisation numbers."""
    trusts = await repo.health_trusts(page, region=region, updated_since=updated_since)
    link_next_page(request, response, trusts)
    return HealthTrustList(items=[trust_view(t) for t in trusts.items], next_cursor=trusts.next_cursor)


async def _health_trust(repo: Repository, code: str) -> HealthTrust:
    trust = await repo.health_trust(code)
    if trust is None:
        raise not_found(f"health trust {code!r}")
    return trust


@router.get(
    "/health-trusts/{code}",
    response_model=HealthTrustPublic,
    name="get_health_trust",
    responses=read_responses(404),
)
async def get_health_trust(code: str, repo: RepositoryDep, response: Response) -> HealthTrustPublic:
    """One health trust."""
    view = trust_view(await _health_trust(repo, code))
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
    trust = await _health_trust(repo, code)
    require_current(request, trust_view(trust))
    view = trust_view(await services.correct_health_trust(repo, principal, trust, body))
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
    specialties = await repo.specialties(page, hospital_based=hospital_based, updated_since=updated_since)
    link_next_page(request, response, specialties)
    return SpecialtyList(
        items=[specialty_view(s) for s in specialties.items], next_cursor=specialties.next_cursor
    )


async def _specialty(repo: Repository, code: str) -> Specialty:
    specialty = await repo.specialty(code)
    if specialty is None:
        raise not_found(f"specialty {code!r}")
    return specialty


@router.get(
    "/specialties/{code}", response_model=SpecialtyPublic, name="get_specialty", responses=read_responses(404)
)
async def get_specialty(code: str, repo: RepositoryDep, response: Response) -> SpecialtyPublic:
    """One specialty."""
    view = specialty_view(await _specialty(repo, code))
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
    specialty = await _specialty(repo, code)
    require_current(request, specialty_view(specialty))
    view = specialty_view(await services.correct_specialty(repo, principal, specialty, body))
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
    day = on or today_in_oslo()
    period = coordinating_period_on([period_value(p) for p in await repo.coordinating_periods()], day)
    if period is None:
        raise ProblemError(
            404,
            Rule.REGUT_COORDINATING_ROTATION,
            f"no coordinating-RegUt period is recorded for {day.isoformat()}; "
            "an administrator records new periods as the rotation moves on",
        )
    region = await repo.region(period.region)
    assert region is not None  # a foreign key holds it
    host = (await repo.regut_hosts()).get(region.code)
    return CoordinatingRegUtPublic(
        on=day, region=region.code, regut=regut_view(region, host), period=period_view(period)
    )


@router.get(
    "/coordinating-regut/periods",
    response_model=CoordinatingPeriodList,
    name="list_coordinating_periods",
    responses=read_responses(),
)
async def list_coordinating_periods(repo: RepositoryDep) -> CoordinatingPeriodList:
    """Every recorded coordinating-RegUt period, oldest first (one page: a period lasts two years)."""
    periods = [period_view(period_value(p)) for p in await repo.coordinating_periods()]
    return CoordinatingPeriodList(items=periods, next_cursor=None)


@router.post(
    "/coordinating-regut/periods",
    response_model=CoordinatingPeriodPublic,
    status_code=status.HTTP_201_CREATED,
    name="add_coordinating_period",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def add_coordinating_period(
    body: CoordinatingPeriodCreate,
    repo: RepositoryDep,
    principal: Administrator,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> CoordinatingPeriodPublic:
    """Record the next coordinating-RegUt period (administrators; REGUT-COORDINATING-ROTATION)."""
    period = period_view(period_value(await services.add_coordinating_period(repo, principal, body)))
    response.headers["Location"] = f"/v1/coordinating-regut?on={period.ends_on.isoformat()}"
    return period
