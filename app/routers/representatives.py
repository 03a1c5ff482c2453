"""People, their seats on councils, the councils' leadership, and composition compliance."""

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
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
from app.domain.leadership import leadership_in_force
from app.errors import COMMON_PROBLEMS, WRITE_PROBLEMS, not_found, problem_responses, read_responses
from app.http_protocol import require_current, tagged
from app.repository import Repository, election_value, seat_value
from app.routing import UnitOfWorkRoute
from app.schemas import (
    ComplianceReport,
    DeputyDesignation,
    FindingPublic,
    LeadershipElectionRequest,
    LeadershipPublic,
    PersonCreate,
    PersonList,
    PersonPublic,
    PersonUpdate,
    QueryFlag,
    RepresentativeCreate,
    RepresentativeEnd,
    RepresentativeList,
    RepresentativePublic,
    RepresentativeUpdate,
)
from app.services import councils as council_services
from app.services import seats as services
from app.tables import Council, Person, Representative
from app.views import election_view, person_view, representative_view

router = APIRouter(
    prefix="/v1",
    tags=["representatives"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
Appointer = Annotated[Principal, requires(Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN)]
Reader = Annotated[Principal, requires(Scope.READ, Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN)]


async def _person(repo: Repository, person_id: uuid.UUID) -> Person:
    person = await repo.person(person_id)
    if person is None:
        raise not_found(f"person {person_id}")
    return person


async def _locked_seat(repo: Repository, representative_id: uuid.UUID) -> tuple[Council, Representative]:
    """The seat and its council, the council locked for this transaction: every change to a council's
    seats waits for the one before it, so no counting rule is checked against a stale picture."""
    row = await repo.representative(representative_id)
    if row is None:
        raise not_found(f"representative {representative_id}")
    council = await council_or_404(repo, row.council_id, for_update=True)
    await repo.refresh(row)
    return council, row


# People


@router.post(
    "/people",
    response_model=PersonPublic,
    status_code=status.HTTP_201_CREATED,
    name="create_person",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def create_person(
    body: PersonCreate,
    repo: RepositoryDep,
    principal: Appointer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> PersonPublic:
    """Register a person (unique by HPR number when one is given)."""
    view = person_view(await services.create_person(repo, principal, body), full=True)
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
    people = await repo.people(page, hpr_number=hpr_number)
    link_next_page(request, response, people)
    return PersonList(items=[person_view(p, full=True) for p in people.items], next_cursor=people.next_cursor)


@router.get(
    "/people/{person_id}", response_model=PersonPublic, name="get_person", responses=read_responses(404)
)
async def get_person(
    person_id: uuid.UUID, repo: RepositoryDep, principal: PrincipalDep, response: Response
) -> PersonPublic:
    """One person; anonymous callers see no HPR number, phone or unpublished e-mail."""
    view = person_view(await _person(repo, person_id), full=principal.may_read_personal)
    tagged(response, view)
    return view


@router.patch(
    "/people/{person_id}",
    response_model=PersonPublic,
    name="update_person",
    responses=problem_responses(*WRITE_PROBLEMS),
)
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
    person = await _person(repo, person_id)
    await services.authorise_person_change(repo, principal, person, today_in_oslo())
    require_current(request, person_view(person, full=True))
    view = person_view(await services.change_person(repo, principal, person, body), full=True)
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
    on: OnDate = None,
    include_ended: Annotated[
        QueryFlag,
        Query(description="Every seat the council ever had or will have, not only those on the date."),
    ] = False,
) -> RepresentativeList:
    """The council's representatives on a date, or its whole history (one page: a council has few)."""
    await council_or_404(repo, council_id)
    day = on or today_in_oslo()
    every_row = await repo.representatives(council_id)
    seats = [seat_value(r) for r in every_row]
    rows = [r for r, seat in zip(every_row, seats, strict=True) if include_ended or seat.term.covers(day)]
    people = await repo.people_of_seats(rows)
    current = leadership_in_force([election_value(e) for e in await repo.elections(council_id)], seats, day)
    items = [
        representative_view(
            r, people, current.roles_of(str(r.person_id)) if current else [], full=principal.may_read_personal
        )
        for r in rows
    ]
    return RepresentativeList(items=items, next_cursor=None)


@router.post(
    "/councils/{council_id}/representatives",
    response_model=RepresentativePublic,
    status_code=status.HTTP_201_CREATED,
    name="appoint_representative",
    responses=problem_responses(*WRITE_PROBLEMS),
)
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
    council = await council_or_404(repo, council_id, for_update=True)
    today = today_in_oslo()
    row = await services.appoint_representative(repo, principal, council, body, today)
    view = await services.representative_document(repo, row, today, full=True)
    response.headers["Location"] = f"/v1/representatives/{row.id}"
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
    row = await repo.representative(representative_id)
    if row is None:
        raise not_found(f"representative {representative_id}")
    view = await services.representative_document(
        repo, row, on or today_in_oslo(), full=principal.may_read_personal
    )
    tagged(response, view)
    return view


SeatChange = Callable[[Council, Representative, date], Awaitable[object]]


async def _change_seat(
    repo: Repository,
    principal: Principal,
    request: Request,
    response: Response,
    representative_id: uuid.UUID,
    change: SeatChange,
) -> RepresentativePublic:
    """Lock, check authority, then If-Match against the seat as its writer reads it, change, answer."""
    council, row = await _locked_seat(repo, representative_id)
    await services.authorise_seat(repo, principal, council, row)
    today = today_in_oslo()
    require_current(request, await services.representative_document(repo, row, today, full=True))
    await change(council, row, today)
    view = await services.representative_document(repo, row, today, full=True)
    tagged(response, view)
    return view


@router.patch(
    "/representatives/{representative_id}",
    response_model=RepresentativePublic,
    name="update_representative",
    responses=problem_responses(*WRITE_PROBLEMS),
)
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

    async def change(council: Council, row: Representative, today: date) -> object:
        return await services.change_representative(repo, principal, council, row, body, today)

    return await _change_seat(repo, principal, request, response, representative_id, change)


@router.put(
    "/representatives/{representative_id}/deputy",
    response_model=RepresentativePublic,
    name="designate_deputy",
    responses=problem_responses(*WRITE_PROBLEMS),
)
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

    async def designate(council: Council, row: Representative, today: date) -> object:
        return await services.designate_deputy(repo, principal, council, row, body, today)

    return await _change_seat(repo, principal, request, response, representative_id, designate)


@router.post(
    "/representatives/{representative_id}/end",
    response_model=RepresentativePublic,
    name="end_representative",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def end_representative(
    representative_id: uuid.UUID,
    body: RepresentativeEnd,
    repo: RepositoryDep,
    principal: Appointer,
    _idempotency_key: IdempotencyKey = None,
) -> RepresentativePublic:
    """End a term early with a reason; the seat stays in the history, and a leader's role falls vacant."""
    council, row = await _locked_seat(repo, representative_id)
    await services.authorise_ending(repo, principal, council, row)
    today = today_in_oslo()
    await services.end_representative(repo, principal, council, row, body, today)
    return await services.representative_document(repo, row, today, full=True)


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
    council, row = await _locked_seat(repo, representative_id)
    await services.authorise_ending(repo, principal, council, row)
    today = today_in_oslo()
    require_current(request, await services.representative_document(repo, row, today, full=True))
    await services.withdraw_representative(repo, principal, council, row, today)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# Leadership and compliance


async def _leadership(repo: Repository, council_id: uuid.UUID, on: date) -> LeadershipPublic:
    elections = [election_value(e) for e in await repo.elections(council_id)]
    seats = [seat_value(r) for r in await repo.representatives(council_id)]
    current = leadership_in_force(elections, seats, on)
    ids = {uuid.UUID(p) for e in elections for p in (e.leader, e.deputy_leader, e.coordinator) if p}
    people = await repo.people_by_id(ids)
    return LeadershipPublic(
        council_id=council_id,
        on=on,
        current=election_view(current, people) if current else None,
        history=[election_view(e, people) for e in elections],
    )


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
    await council_or_404(repo, council_id)
    view = await _leadership(repo, council_id, on or today_in_oslo())
    tagged(response, view)
    return view


@router.put(
    "/councils/{council_id}/leadership",
    response_model=LeadershipPublic,
    name="elect_leadership",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def elect_leadership(
    council_id: uuid.UUID,
    body: LeadershipElectionRequest,
    repo: RepositoryDep,
    principal: Annotated[Principal, requires(Scope.REGUT, Scope.ADMIN)],
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> LeadershipPublic:
    """Record whom the council elected, from an effective date (LEADER-IS-MEMBER, LEADERSHIP-DISTINCT);
    RegUt is told through a `leadership.changed` event (LEADER-NOTIFIED)."""
    council = await council_or_404(repo, council_id, for_update=True)
    await council_services.authorise_council_change(repo, principal, council)
    today = today_in_oslo()
    require_current(request, await _leadership(repo, council_id, today))
    await services.elect_leadership(repo, principal, council, body, today)
    view = await _leadership(repo, council_id, today)
    tagged(response, view)
    return view


@router.get(
    "/councils/{council_id}/compliance",
    response_model=ComplianceReport,
    name="get_compliance",
    responses=read_responses(403, 404),
)
async def get_compliance(
    council_id: uuid.UUID, repo: RepositoryDep, _reader: Reader, on: OnDate = None
) -> ComplianceReport:
    """Composition and leadership findings on a date: each rule, its severity and whether it is met."""
    council = await council_or_404(repo, council_id)
    day = on or today_in_oslo()
    findings = await services.composition_report(repo, council, day)
    return ComplianceReport(
        council_id=council_id,
        on=day,
        findings=[
            FindingPublic(
                rule=f.rule.value, severity=f.severity, status=f.status, subject=f.subject, message=f.message
            )
            for f in findings
        ],
    )
