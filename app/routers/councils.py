"""Councils: the regional and inter-regional councils and who appoints to them."""

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.clock import today_in_oslo
from app.contract.common import Instant
from app.contract.councils import AppointingTrusts, CouncilCreate, CouncilList, CouncilUpdate
from app.contract.seats import CouncilDetail
from app.domain.values import CouncilKind, RegionCode
from app.edge.auth import PrincipalDep, RegUtOrAdmin
from app.edge.dependencies import IdempotencyKey, IfMatch, OnDate, PageDep, RepositoryDep, link_next_page
from app.edge.errors import COMMON_PROBLEMS, POST_PROBLEMS, WRITE_PROBLEMS, problem_responses, read_responses
from app.edge.kept import kept_answer
from app.edge.protocol import if_match, tagged
from app.edge.routing import UnitOfWorkRoute, authorised_by
from app.edge.snapshots import snapshot
from app.services import councils as services

router = APIRouter(
    prefix="/v1",
    tags=["councils"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
ManagesCouncils = RegUtOrAdmin


@router.get("/councils", response_model=CouncilList, name="list_councils", responses=read_responses())
async def list_councils(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    kind: CouncilKind | None = None,
    region: Annotated[RegionCode | None, Query(description="Only the councils of this region.")] = None,
    specialty: Annotated[str | None, Query(max_length=80, description="Specialty code.")] = None,
    updated_since: Annotated[
        Instant | None, Query(description="Only councils changed at or after this instant.")
    ] = None,
) -> CouncilList:
    """Councils, by specialty; dissolved ones stay listed with their dissolution date."""
    councils = await services.list_councils(
        repo, page, kind=kind, region=region, specialty=specialty, updated_since=updated_since
    )
    link_next_page(request, response, councils.next_cursor)
    snapshot(response)
    return councils


@router.post(
    "/councils",
    response_model=CouncilDetail,
    status_code=status.HTTP_201_CREATED,
    name="create_council",
    responses=problem_responses(*POST_PROBLEMS),
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
    council = await services.create_council(repo, principal, body, today_in_oslo())
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
    request: Request,
    response: Response,
    on: OnDate = None,
) -> CouncilDetail | Response:
    """One council, with its leadership and representatives on a date."""
    on = on or today_in_oslo()
    if principal.may_read_personal:
        # The registered view, the same for every registered caller: kept as the public one is.
        async def registered(_now: datetime) -> tuple[CouncilDetail, None]:
            return await services.read_council(repo, council_id, on, full=True), None

        return await kept_answer(request, {"on": on, "view": "registered"}, registered)
    detail = await services.read_council(repo, council_id, on, full=False)
    tagged(response, detail)
    snapshot(response)
    return detail


@router.patch(
    "/councils/{council_id}",
    response_model=CouncilDetail,
    name="update_council",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_change_council)
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
    changed = await services.update_council(
        repo, principal, council_id, body, today_in_oslo(), if_match(request)
    )
    tagged(response, changed)
    return changed


@router.get(
    "/councils/{council_id}/appointing-trusts",
    response_model=AppointingTrusts,
    name="list_appointing_trusts",
    responses=read_responses(404),
)
async def list_appointing_trusts(
    council_id: uuid.UUID, repo: RepositoryDep, response: Response
) -> AppointingTrusts:
    """The trusts that appoint to a regional council (TRUST-HAS-SEAT), by code; empty for an
    inter-regional one, whose seats belong to regions."""
    trusts = await services.read_appointing_trusts(repo, council_id)
    tagged(response, trusts)
    return trusts


@router.put(
    "/councils/{council_id}/appointing-trusts",
    response_model=AppointingTrusts,
    name="replace_appointing_trusts",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_change_council)
async def replace_appointing_trusts(
    council_id: uuid.UUID,
    body: AppointingTrusts,
    repo: RepositoryDep,
    principal: ManagesCouncils,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> AppointingTrusts:
    """Set the trusts that appoint to a regional council, in the shape GET answers: its region's RegUt
    adds a private hospital that trains in the specialty or removes a trust that does not
    (TRUST-HAS-SEAT, TRUST-IN-REGION)."""
    trusts = await services.set_appointing_trusts(repo, principal, council_id, body, if_match(request))
    tagged(response, trusts)
    return trusts
