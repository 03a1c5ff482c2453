"""Councils: the regional and inter-regional councils and who appoints to them."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth import PrincipalDep, requires
from app.clock import today_in_oslo
from app.dependencies import (
    IdempotencyKey,
    IfMatch,
    OnDate,
    PageDep,
    RepositoryDep,
    council_or_404,
    link_next_page,
)
from app.domain.authority import Principal, Scope
from app.domain.values import CouncilKind
from app.errors import COMMON_PROBLEMS, WRITE_PROBLEMS, invalid, problem_responses, read_responses
from app.http_protocol import require_current, tagged
from app.repository import Repository
from app.routing import UnitOfWorkRoute
from app.schemas import (
    AppointingTrustsReplace,
    CouncilCreate,
    CouncilDetail,
    CouncilList,
    CouncilUpdate,
    HealthTrustList,
    Instant,
)
from app.services import councils as services
from app.services import seats as seat_services
from app.views import council_view, trust_view

router = APIRouter(
    prefix="/v1",
    tags=["councils"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
ManagesCouncils = Annotated[Principal, requires(Scope.REGUT, Scope.ADMIN)]


async def _require_known(repo: Repository, *, region: str | None, specialty: str | None) -> None:
    # A misspelt filter would otherwise look like "no councils": say what is wrong instead.
    if region is not None and await repo.region(region) is None:
        raise invalid(f"no region has the code {region!r}", parameter="region")
    if specialty is not None and await repo.specialty(specialty) is None:
        raise invalid(f"no specialty has the code {specialty!r}", parameter="specialty")


async def _appointing_trusts_view(repo: Repository, council_id: uuid.UUID) -> HealthTrustList:
    trusts = await repo.appointing_trusts(council_id)
    return HealthTrustList(items=[trust_view(t) for t in trusts], next_cursor=None)


@router.get("/councils", response_model=CouncilList, name="list_councils", responses=read_responses())
async def list_councils(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    kind: CouncilKind | None = None,
    region: Annotated[str | None, Query(max_length=40, description="Region code.")] = None,
    specialty: Annotated[str | None, Query(max_length=80, description="Specialty code.")] = None,
    updated_since: Annotated[
        Instant | None, Query(description="Only councils changed at or after this instant.")
    ] = None,
) -> CouncilList:
    """Councils, by specialty; dissolved ones stay listed with their dissolution date."""
    councils = await repo.councils(
        page, kind=kind, region=region, specialty=specialty, updated_since=updated_since
    )
    if not councils.items:
        # Only an empty answer can hide a misspelt code: checking then keeps the common read to one query.
        await _require_known(repo, region=region, specialty=specialty)
    link_next_page(request, response, councils)
    return CouncilList(items=[council_view(c) for c in councils.items], next_cursor=councils.next_cursor)


@router.post(
    "/councils",
    response_model=CouncilDetail,
    status_code=status.HTTP_201_CREATED,
    name="create_council",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def create_council(
    body: CouncilCreate,
    repo: RepositoryDep,
    principal: ManagesCouncils,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> CouncilDetail:
    """Establish a council: its region's RegUt for a regional council, the specialty's responsible
    RegUt for the inter-regional one (COUNCIL-UNIQUE, COUNCIL-SPECIALTY-HOSPITAL,
    IR-CONSTITUTED-BY-RESPONSIBLE-REGUT)."""
    created = await services.establish_council(repo, principal, body, today_in_oslo())
    council = await seat_services.council_detail(repo, created, today_in_oslo(), full=True)
    response.headers["Location"] = f"/v1/councils/{council.id}"
    tagged(response, council)
    return council


@router.get(
    "/councils/{council_id}",
    response_model=CouncilDetail,
    name="get_council",
    responses=read_responses(404),
)
async def get_council(
    council_id: uuid.UUID,
    repo: RepositoryDep,
    principal: PrincipalDep,
    response: Response,
    on: OnDate = None,
) -> CouncilDetail:
    """One council, with its leadership and representatives on a date."""
    detail = await seat_services.council_detail(
        repo, await council_or_404(repo, council_id), on or today_in_oslo(), full=principal.may_read_personal
    )
    tagged(response, detail)
    return detail


@router.patch(
    "/councils/{council_id}",
    response_model=CouncilDetail,
    name="update_council",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def update_council(
    council_id: uuid.UUID,
    body: CouncilUpdate,
    repo: RepositoryDep,
    principal: ManagesCouncils,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> CouncilDetail:
    """Change a council's name, contact, specialty, region or dissolution (COUNCIL-UNIQUE,
    COUNCIL-SPECIALTY-HOSPITAL, IR-CONSTITUTED-BY-RESPONSIBLE-REGUT)."""
    council = await council_or_404(repo, council_id, for_update=True)
    await services.authorise_council_change(repo, principal, council)
    today = today_in_oslo()
    require_current(request, await seat_services.council_detail(repo, council, today, full=True))
    await services.change_council(repo, principal, council, body)
    changed = await seat_services.council_detail(repo, council, today, full=True)
    tagged(response, changed)
    return changed


@router.get(
    "/councils/{council_id}/appointing-trusts",
    response_model=HealthTrustList,
    name="list_appointing_trusts",
    responses=read_responses(404),
)
async def list_appointing_trusts(
    council_id: uuid.UUID, repo: RepositoryDep, response: Response
) -> HealthTrustList:
    """The trusts that appoint to a regional council (TRUST-HAS-SEAT); empty for an inter-regional
    one, whose seats belong to regions. One page: never more than a region's trusts."""
    await council_or_404(repo, council_id)
    trusts = await _appointing_trusts_view(repo, council_id)
    tagged(response, trusts)
    return trusts


@router.put(
    "/councils/{council_id}/appointing-trusts",
    response_model=HealthTrustList,
    name="replace_appointing_trusts",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def replace_appointing_trusts(
    council_id: uuid.UUID,
    body: AppointingTrustsReplace,
    repo: RepositoryDep,
    principal: ManagesCouncils,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> HealthTrustList:
    """Set the trusts that appoint to a regional council: its region's RegUt adds a private hospital
    that trains in the specialty or removes a trust that does not (TRUST-HAS-SEAT, TRUST-IN-REGION)."""
    council = await council_or_404(repo, council_id, for_update=True)
    await services.authorise_council_change(repo, principal, council)
    require_current(request, await _appointing_trusts_view(repo, council_id))
    await services.replace_appointing_trusts(repo, principal, council, body.trusts)
    trusts = await _appointing_trusts_view(repo, council_id)
    tagged(response, trusts)
    return trusts
