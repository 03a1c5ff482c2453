"""Reference data: regions and their RegUt, health trusts, specialties, the coordinating RegUt."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import AwareDatetime

from app.clock import today_in_oslo
from app.dependencies import PageDep, RepositoryDep, link_next_page
from app.domain.coordination import coordinating_period_on
from app.domain.rules import Rule
from app.errors import ProblemError, not_found, problem_responses
from app.repository import period_value
from app.schemas import (
    CoordinatingPeriodList,
    CoordinatingRegUtPublic,
    HealthTrustList,
    HealthTrustPublic,
    RegionList,
    RegionPublic,
    SpecialtyList,
    SpecialtyPublic,
)
from app.views import period_view, region_view, regut_view, specialty_view, trust_view

router = APIRouter(prefix="/v1", tags=["reference data"], responses=problem_responses(400, 422))

UpdatedSince = Annotated[
    AwareDatetime | None,
    Query(description="Only what changed at or after this instant (RFC 3339 with offset)."),
]


@router.get("/regions", response_model=RegionList, name="list_regions")
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


@router.get(
    "/regions/{code}", response_model=RegionPublic, name="get_region", responses=problem_responses(404)
)
async def get_region(code: str, repo: RepositoryDep) -> RegionPublic:
    """One health region and its RegUt."""
    region = await repo.region(code)
    if region is None:
        raise not_found(f"region {code!r}")
    return region_view(region, (await repo.regut_hosts()).get(code))


@router.get("/health-trusts", response_model=HealthTrustList, name="list_health_trusts")
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


@router.get(
    "/health-trusts/{code}",
    response_model=HealthTrustPublic,
    name="get_health_trust",
    responses=problem_responses(404),
)
async def get_health_trust(code: str, repo: RepositoryDep) -> HealthTrustPublic:
    """One health trust."""
    trust = await repo.health_trust(code)
    if trust is None:
        raise not_found(f"health trust {code!r}")
    return trust_view(trust)


@router.get("/specialties", response_model=SpecialtyList, name="list_specialties")
async def list_specialties(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    hospital_based: Annotated[
        bool | None, Query(description="Only specialties trained in hospitals (those with councils).")
    ] = None,
    updated_since: UpdatedSince = None,
) -> SpecialtyList:
    """The medical specialties, with their responsible RegUt."""
    specialties = await repo.specialties(page, hospital_based=hospital_based, updated_since=updated_since)
    link_next_page(request, response, specialties)
    return SpecialtyList(
        items=[specialty_view(s) for s in specialties.items], next_cursor=specialties.next_cursor
    )


@router.get(
    "/specialties/{code}",
    response_model=SpecialtyPublic,
    name="get_specialty",
    responses=problem_responses(404),
)
async def get_specialty(code: str, repo: RepositoryDep) -> SpecialtyPublic:
    """One specialty."""
    specialty = await repo.specialty(code)
    if specialty is None:
        raise not_found(f"specialty {code!r}")
    return specialty_view(specialty)


@router.get(
    "/coordinating-regut",
    response_model=CoordinatingRegUtPublic,
    name="get_coordinating_regut",
    responses=problem_responses(404),
)
async def get_coordinating_regut(
    repo: RepositoryDep,
    on: Annotated[
        date | None, Query(description="The date asked about; default today (Europe/Oslo).")
    ] = None,
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
    "/coordinating-regut/periods", response_model=CoordinatingPeriodList, name="list_coordinating_periods"
)
async def list_coordinating_periods(repo: RepositoryDep) -> CoordinatingPeriodList:
    """Every recorded coordinating-RegUt period, oldest first (one page: a period lasts two years)."""
    periods = [period_view(period_value(p)) for p in await repo.coordinating_periods()]
    return CoordinatingPeriodList(items=periods, next_cursor=None)
