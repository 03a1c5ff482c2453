"""People, their seats on councils, and the councils' leadership."""

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.clock import today_in_oslo
from app.contract.common import QueryFlag
from app.contract.seats import (
    DeputyDesignation,
    LeadershipElectionRequest,
    LeadershipPublic,
    PersonCreate,
    PersonList,
    PersonPublic,
    PersonUpdate,
    RepresentativeCreate,
    RepresentativeEnd,
    RepresentativeList,
    RepresentativePublic,
    RepresentativeUpdate,
)
from app.edge.auth import PrincipalDep, RegisteredSystem, WritingSystem
from app.edge.dependencies import (
    IdempotencyKey,
    IfMatch,
    OnDate,
    PageDep,
    RepositoryDep,
    link_next_page,
)
from app.edge.deprecation import NEVER_GIVEN_KEYS
from app.edge.errors import COMMON_PROBLEMS, POST_PROBLEMS, WRITE_PROBLEMS, problem_responses, read_responses
from app.edge.kept import kept_answer
from app.edge.protocol import if_match, tagged
from app.edge.routing import UnitOfWorkRoute, authorised_by
from app.edge.snapshots import snapshot
from app.services import seats as services

router = APIRouter(
    prefix="/v1",
    tags=["representatives"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
Appointer = WritingSystem
Reader = RegisteredSystem


# People


@router.post(
    "/people",
    response_model=PersonPublic,
    status_code=status.HTTP_201_CREATED,
    name="create_person",
    responses=problem_responses(*POST_PROBLEMS),
)
async def create_person(
    body: PersonCreate,
    repo: RepositoryDep,
    principal: Appointer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> PersonPublic:
    """Register a person (unique by HPR number when one is given)."""
    view = await services.register_person(repo, principal, body)
    response.headers["Location"] = f"/v1/people/{view.id}"
    tagged(response, view)
    return view


@router.get("/people", response_model=PersonList, name="list_people", responses=read_responses(403))
async def list_people(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    _reader: Reader,
    hpr_number: Annotated[
        str | None, Query(pattern=r"^\d{6,9}$", description="Look a person up by HPR number.")
    ] = None,
) -> PersonList:
    """People, or the one with an HPR number (registered systems only: personal data)."""
    people = await services.list_people(repo, page, hpr_number=hpr_number)
    link_next_page(request, response, people.next_cursor)
    return people


@router.get(
    "/people/{person_id}", response_model=PersonPublic, name="get_person", responses=read_responses(404)
)
async def get_person(
    person_id: uuid.UUID, repo: RepositoryDep, principal: PrincipalDep, response: Response
) -> PersonPublic:
    """One person; anonymous callers see no HPR number, phone or unpublished e-mail."""
    view = await services.read_person(repo, person_id, full=principal.may_read_personal)
    tagged(response, view)
    return view


@router.patch(
    "/people/{person_id}",
    response_model=PersonPublic,
    name="update_person",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_correct_person)
async def update_person(
    person_id: uuid.UUID,
    body: PersonUpdate,
    repo: RepositoryDep,
    principal: Appointer,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> PersonPublic:
    """Correct a person's name, title, HPR number, contact details or consent to publish the e-mail."""
    view = await services.correct_person(repo, principal, person_id, body, today_in_oslo(), if_match(request))
    tagged(response, view)
    return view


# Representatives


@router.get(
    "/councils/{council_id}/representatives",
    response_model=RepresentativeList,
    name="list_representatives",
    responses=read_responses(404),
)
async def list_representatives(
    council_id: uuid.UUID,
    repo: RepositoryDep,
    principal: PrincipalDep,
    request: Request,
    response: Response,
    on: OnDate = None,
    include_ended: Annotated[
        QueryFlag,
        Query(description="Every seat the council ever had or will have, not only those on the date."),
    ] = False,
) -> RepresentativeList | Response:
    """The council's representatives on a date, or its whole history (one page: a council has few)."""
    on = on or today_in_oslo()
    if principal.may_read_personal:
        # The registered view, the same for every registered caller: kept as the public one is.
        async def registered(_now: datetime) -> tuple[RepresentativeList, None]:
            seats = await services.list_representatives(
                repo, council_id, on, include_ended=include_ended, full=True
            )
            return seats, None

        asked = {"on": on, "include_ended": include_ended, "view": "registered"}
        return await kept_answer(request, asked, registered)
    snapshot(response)
    return await services.list_representatives(repo, council_id, on, include_ended=include_ended, full=False)


@router.post(
    "/councils/{council_id}/representatives",
    response_model=RepresentativePublic,
    status_code=status.HTTP_201_CREATED,
    name="appoint_representative",
    responses=problem_responses(*POST_PROBLEMS),
)
@authorised_by(services.check_may_appoint)
async def appoint_representative(
    council_id: uuid.UUID,
    body: RepresentativeCreate,
    repo: RepositoryDep,
    principal: Appointer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> RepresentativePublic:
    """Appoint a representative: a trust for its own seat on a regional council, the region's RegUt
    for an inter-regional seat. Every rule of Seats and terms applies, over the whole term."""
    view = await services.appoint_representative(repo, principal, council_id, body, today_in_oslo())
    if body.names_never_given_keys():
        NEVER_GIVEN_KEYS.announce(response)
    response.headers["Location"] = f"/v1/representatives/{view.id}"
    tagged(response, view)
    return view


@router.get(
    "/representatives/{representative_id}",
    response_model=RepresentativePublic,
    name="get_representative",
    responses=read_responses(404),
)
async def get_representative(
    representative_id: uuid.UUID,
    repo: RepositoryDep,
    principal: PrincipalDep,
    response: Response,
    on: OnDate = None,
) -> RepresentativePublic:
    """One seat, with the holder's leadership roles on the date."""
    view = await services.read_representative(
        repo, representative_id, on or today_in_oslo(), full=principal.may_read_personal
    )
    tagged(response, view)
    return view


@router.patch(
    "/representatives/{representative_id}",
    response_model=RepresentativePublic,
    name="update_representative",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_change_seat)
async def update_representative(
    representative_id: uuid.UUID,
    body: RepresentativeUpdate,
    repo: RepositoryDep,
    principal: Appointer,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> RepresentativePublic:
    """Change a seat's end date or declared qualifications; the rules are checked again."""
    view = await services.change_representative(
        repo, principal, representative_id, body, today_in_oslo(), if_match(request)
    )
    tagged(response, view)
    return view


@router.put(
    "/representatives/{representative_id}/deputy",
    response_model=RepresentativePublic,
    name="designate_deputy",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_change_seat)
async def designate_deputy(
    representative_id: uuid.UUID,
    body: DeputyDesignation,
    repo: RepositoryDep,
    principal: Appointer,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> RepresentativePublic:
    """Designate or replace the representative's deputy (DEPUTY-DISTINCT, HSO-DEPUTY-REQUIRED)."""
    view = await services.designate_deputy(
        repo, principal, representative_id, body, today_in_oslo(), if_match(request)
    )
    tagged(response, view)
    return view


@router.post(
    "/representatives/{representative_id}/end",
    response_model=RepresentativePublic,
    name="end_representative",
    responses=problem_responses(*POST_PROBLEMS),
)
@authorised_by(services.check_may_end_seat)
async def end_representative(
    representative_id: uuid.UUID,
    body: RepresentativeEnd,
    repo: RepositoryDep,
    principal: Appointer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> RepresentativePublic:
    """End a term early with a reason; the seat stays in the history, and a leader's role falls vacant."""
    view = await services.end_representative(repo, principal, representative_id, body, today_in_oslo())
    tagged(response, view)
    return view


@router.delete(
    "/representatives/{representative_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    name="withdraw_representative",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def withdraw_representative(
    representative_id: uuid.UUID,
    repo: RepositoryDep,
    principal: Appointer,
    request: Request,
    _if_match: IfMatch = None,
) -> Response:
    """Withdraw a seat not yet begun, or one its own organisation registered today; others are ended."""
    await services.withdraw_representative(
        repo, principal, representative_id, today_in_oslo(), if_match(request)
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# Leadership


@router.get(
    "/councils/{council_id}/leadership",
    response_model=LeadershipPublic,
    name="get_leadership",
    responses=read_responses(404),
)
async def get_leadership(
    council_id: uuid.UUID, repo: RepositoryDep, response: Response, on: OnDate = None
) -> LeadershipPublic:
    """Who leads the council on a date, and every election before and after."""
    view = await services.read_leadership(repo, council_id, on or today_in_oslo())
    tagged(response, view)
    snapshot(response)
    return view


@router.put(
    "/councils/{council_id}/leadership",
    response_model=LeadershipPublic,
    name="elect_leadership",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_elect)
async def elect_leadership(
    council_id: uuid.UUID,
    body: LeadershipElectionRequest,
    repo: RepositoryDep,
    principal: WritingSystem,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> LeadershipPublic:
    """Record whom the council elected, from an effective date (LEADER-IS-MEMBER, LEADERSHIP-DISTINCT):
    recorded by whoever manages the council; the strategic council's leader, whom the RHF appoints,
    by an administrator only (HN-STRATEGIC-LEADER-BY-RHF). RegUt is told through a
    `leadership.changed` event (LEADER-NOTIFIED)."""
    view = await services.elect_leadership(
        repo, principal, council_id, body, today_in_oslo(), if_match(request)
    )
    tagged(response, view)
    return view
