"""Use cases for people, seats and leadership. The council row is locked first by the caller, so that
two requests for the same council are served one after the other and no counting rule can be
passed twice."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, timedelta

from pydantic import BaseModel

from app.clock import date_in_oslo, today_in_oslo
from app.contract.audit import AuditEntity
from app.contract.seats import (
    CouncilDetail,
    DeputyDesignation,
    LeadershipElectionRequest,
    LeadershipPublic,
    PersonById,
    PersonCreate,
    PersonList,
    PersonPublic,
    PersonRef,
    PersonUpdate,
    Qualifications,
    RepresentativeCreate,
    RepresentativeEnd,
    RepresentativeList,
    RepresentativePublic,
    RepresentativeUpdate,
    RoleAppointment,
)
from app.domain import councils as council_rules
from app.domain import seats as seat_rules
from app.domain.authority import (
    NotPermitted,
    Principal,
    check_may_appoint_to,
    check_may_manage_council,
    check_may_manage_seat,
    check_may_record_leadership,
)
from app.domain.errors import RuleBroken, Violation
from app.domain.leadership import (
    Leadership,
    Role,
    after_seat_ends,
    check_election,
    leadership_in_force,
    leadership_on,
)
from app.domain.profiles import profile_for
from app.domain.rules import Rule
from app.domain.seats import SeatKind
from app.domain.values import CouncilKey, CouncilKind
from app.services.common import Precondition, council_or_not_found, record_change, responsible_region
from app.services.errors import Conflict, invalid, not_found
from app.services.views import council_view, election_view, person_view, representative_view
from app.storage.paging import PageRequest
from app.storage.repository import Repository, council_key, seat_value
from app.storage.tables import Council, LeadershipElection, Person, Representative


class _Subject(BaseModel):
    """Event data that names what changed without the personal data it holds."""

    id: uuid.UUID
    council_id: uuid.UUID | None = None


def _feed_view(view: RepresentativePublic) -> RepresentativePublic:
    """The seat as the change feed carries it: ids and public fields, no contact data. A published
    e-mail can be unpublished or erased later, and an event, once read, cannot be taken back."""
    deputy = view.deputy.model_copy(update={"email": None}) if view.deputy else None
    return view.model_copy(
        update={"person": view.person.model_copy(update={"email": None}), "deputy": deputy}
    )


# People


async def _create_person(repo: Repository, actor: Principal, request: PersonCreate) -> Person:
    if request.hpr_number and await repo.person_by_hpr(request.hpr_number):
        raise invalid(
            f"a person with HPR number {request.hpr_number} is registered already", pointer="/hpr_number"
        )
    return await _register(repo, actor, request)


async def _register(repo: Repository, actor: Principal, request: PersonCreate) -> Person:
    """A new person, whose HPR number the caller has found unregistered."""
    person = Person(**request.model_dump())
    repo.register(person)
    await repo.flush()
    record_change(
        repo,
        actor,
        "person.created",
        AuditEntity.PERSON,
        str(person.id),
        None,
        person_view(person, full=True),
        event_data=_Subject(id=person.id),
    )
    return person


def _closest_seats(
    seats: list[tuple[Representative, Council]], person_id: uuid.UUID, today: date
) -> list[tuple[Representative, Council]]:
    """The seats that speak for a person, nearest first: current or future seats they hold, else
    those they deputise for, else any they ever held or deputised for."""
    running = [(s, c) for s, c in seats if s.ends_on is None or s.ends_on >= today]
    held = [(s, c) for s, c in running if s.person_id == person_id]
    return held or running or seats


async def _authorise_person_change(repo: Repository, actor: Principal, person: Person, today: date) -> None:
    """A person's record, their consent to publish the e-mail included, is changed by whoever manages
    the seat that speaks for them (APPOINTER-OWN-TRUST): their own current seat before a seat they
    merely deputise for, and either before a seat long ended. A person no one has seated yet may be
    changed by anyone who may appoint."""
    seats = _closest_seats(await repo.seats_of_person(person.id), person.id, today)
    if actor.is_admin or not seats:
        return
    refusal: NotPermitted | None = None
    for seat, council in seats:
        try:
            await authorise_seat(repo, actor, council, seat)
            return
        except NotPermitted as error:
            refusal = error
    assert refusal is not None
    raise NotPermitted(
        "only the organisation that manages this person's seat may change their record",
        refusal.rule or Rule.APPOINTER_OWN_TRUST,
    )


async def _change_person(repo: Repository, actor: Principal, person: Person, changes: PersonUpdate) -> Person:
    before = person_view(person, full=True)
    if (
        changes.hpr_number
        and changes.hpr_number != person.hpr_number
        and await repo.person_by_hpr(changes.hpr_number)
    ):
        raise invalid(
            f"a person with HPR number {changes.hpr_number} is registered already", pointer="/hpr_number"
        )
    for name in changes.model_fields_set:
        setattr(person, name, getattr(changes, name))
    await repo.flush()
    record_change(
        repo,
        actor,
        "person.changed",
        AuditEntity.PERSON,
        str(person.id),
        before,
        person_view(person, full=True),
        event_data=_Subject(id=person.id),
    )
    return person


def _same_name(one: str, other: str) -> bool:
    """Names as people type them: "Kari  Nordmann" and "kari nordmann" are the same name."""
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


async def _person(repo: Repository, actor: Principal, ref: PersonRef, pointer: str) -> Person:
    """An existing person, or the inline one: reused when its HPR number is known and the name is the
    registered one, else created."""
    if isinstance(ref, PersonById):
        person = await repo.person(ref.id)
        if person is None:
            raise invalid(f"no person has the id {ref.id}", pointer=f"{pointer}/id")
        return person
    if ref.hpr_number and (known := await repo.person_by_hpr(ref.hpr_number)):
        if not _same_name(known.name, ref.name):
            # A mistyped HPR number would otherwise seat someone else under the name the caller sent.
            # The registered name stays out of the answer: the id is enough to look them up.
            message = (
                f"HPR number {ref.hpr_number} is registered to person {known.id}, under another "
                "name: check the number, or name that person by id"
            )
            raise Conflict(message, pointer=f"{pointer}/hpr_number")
        return known
    return await _register(repo, actor, ref)  # its HPR number, if any, was looked for just now


# Seats


async def _seat_council(repo: Repository, council: Council) -> seat_rules.Council:
    key = council_key(council)
    every_trust = await repo.all_health_trusts()
    trusts = {t.code: t.region_code for t in every_trust}
    appointing = (
        frozenset((await repo.appointing_trusts_of([council.id])).get(council.id, []))
        if key.region
        else frozenset()
    )
    regut_host = next((t.code for t in every_trust if t.hosts_regut and t.region_code == key.region), None)
    return seat_rules.Council(key, profile_for(key.kind, key.region), appointing, trusts, regut_host)


async def _regional_terms(
    repo: Repository, key: CouncilKey, person: str, region: str | None
) -> list[seat_rules.Term]:
    """IR-FROM-REGIONAL-COUNCIL: the person's terms on `region`'s regional council of the specialty."""
    if key.kind is not CouncilKind.INTERREGIONAL or region is None:
        return []
    # Locked too: the regional seat must not end while this appointment relies on it.
    regional = await repo.council_by_key(
        CouncilKey(CouncilKind.REGIONAL, key.specialty, region), for_update=True
    )
    if regional is None:
        return []
    return [
        seat_rules.Term(r.starts_on, r.ends_on)
        for r in await repo.representatives(regional.id)
        if str(r.person_id) == person
    ]


async def authorise_seat(repo: Repository, actor: Principal, council: Council, row: Representative) -> None:
    """May `actor` change this seat? Asked before anything else about the request."""
    await _authorise(
        repo, actor, council, row.seat == SeatKind.TRAINEE.value, row.trust_code, row.region_code
    )


async def _authorise(
    repo: Repository,
    actor: Principal,
    council: Council,
    trainee_seat: bool,
    trust: str | None,
    region: str | None,
) -> None:
    trust_row = await repo.health_trust(trust) if trust else None
    check_may_manage_seat(
        actor,
        council_key(council),
        trainee_seat=trainee_seat,
        trust=trust,
        trust_region=trust_row.region_code if trust_row else None,
        region=region,
        responsible_region=await responsible_region(repo, council),
    )


def _within_council_life(council: Council, term: seat_rules.Term) -> None:
    """A seat cannot outlast its council: a dissolved council takes no term that runs past its end."""
    if council.dissolved_on is not None and (term.ends_on is None or term.ends_on > council.dissolved_on):
        raise Conflict(f"the council is dissolved on {council.dissolved_on}: a term must end by then")


async def _check(repo: Repository, council: Council, candidate: seat_rules.Seat) -> None:
    _within_council_life(council, candidate.term)
    facts = await _seat_council(repo, council)
    others = await repo.seats_overlapping(council.id, candidate.term)
    terms = await _regional_terms(repo, facts.key, candidate.person, candidate.region)
    seat_rules.check_seat(facts, others, candidate, regional_terms_of_person=terms)


def _qualifications(model: Qualifications) -> seat_rules.Qualifications:
    return seat_rules.Qualifications(
        model.specialist_in_specialty,
        model.senior_consultant,
        model.trainee,
        frozenset(model.education_roles),
        frozenset(model.competences),
    )


def _declare(row: Representative, declared: Qualifications) -> None:
    row.specialist_in_specialty = declared.specialist_in_specialty
    row.senior_consultant = declared.senior_consultant
    row.trainee = declared.trainee
    row.education_roles = [r.value for r in declared.education_roles]
    row.competences = [c.value for c in declared.competences]


def _refuse_misshapen(key: CouncilKey, request: RepresentativeCreate) -> None:
    """Which shape of appointment the council takes: a trust's seat on a regional council, a region's
    or the trainee's on the inter-regional one, a role on a governance body."""
    if isinstance(request, RoleAppointment):
        if key.kind.has_specialty:
            raise invalid(
                "a council's seats hold no role: roles belong to governance bodies", pointer="/role"
            )
        return
    if not key.kind.has_specialty:
        raise invalid(
            f"a member of a {key.kind.replace('_', ' ')} body holds a role: name it", pointer="/role"
        )
    if key.kind is CouncilKind.REGIONAL and request.region is not None:
        raise invalid("a regional council's seats are appointed by trusts, not regions", pointer="/region")
    if key.kind is CouncilKind.INTERREGIONAL and request.trust is not None:
        raise invalid("an inter-regional council's seats belong to regions, not trusts", pointer="/trust")
    if key.kind is CouncilKind.REGIONAL and request.trust is None:
        raise invalid("a regional council's seat is appointed by a health trust: name it", pointer="/trust")
    if request.seat is SeatKind.TRAINEE and request.region is not None:
        raise invalid("the trainee seat is common to all regions: it names none", pointer="/region")
    if key.kind is CouncilKind.INTERREGIONAL and request.seat is SeatKind.MEMBER and request.region is None:
        raise invalid(
            "an inter-regional member seat represents a region's regional council", pointer="/region"
        )


async def _representative_views(
    repo: Repository, row: Representative, on: date
) -> tuple[RepresentativePublic, RepresentativePublic]:
    """The seat as a registered system and as the public read it, from one read of what it shows."""
    people = await repo.people_of_seats([row])
    roles: list[Role] = []
    if not repo.registered_here(row.person_id):  # else no election can name them yet
        history = await repo.leadership_history(row.council_id)
        person = str(row.person_id)
        elected = leadership_on(history, on)
        if elected is not None and elected.roles_of(person):
            # Elected, and still leading only while sitting: the council's seats on that day decide.
            seats = [seat_value(r) for r in await repo.sitting_of([row.council_id], on)]
            current = leadership_in_force(history, seats, on)
            roles = current.roles_of(person) if current else []
    return representative_view(row, people, roles, full=True), representative_view(
        row, people, roles, full=False
    )


async def representative_document(
    repo: Repository, row: Representative, on: date, *, full: bool
) -> RepresentativePublic:
    personal, public = await _representative_views(repo, row, on)
    return personal if full else public


async def _record_seat(
    repo: Repository, actor: Principal, event: str, row: Representative, before: BaseModel | None, today: date
) -> RepresentativePublic:
    """Audit and announce the change; the seat as its writer now reads it."""
    after, public = await _representative_views(repo, row, today)
    record_change(
        repo,
        actor,
        event,
        AuditEntity.REPRESENTATIVE,
        str(row.id),
        before,
        after,
        event_data=_feed_view(public),
    )
    return after


async def _appoint(
    repo: Repository, actor: Principal, council: Council, request: RepresentativeCreate, today: date
) -> RepresentativePublic:
    key = council_key(council)
    _refuse_misshapen(key, request)
    if request.trust is not None and await repo.health_trust(request.trust) is None:
        raise invalid(f"no health trust has the code {request.trust!r}", pointer="/trust")
    if request.region is not None and await repo.region(request.region) is None:
        raise invalid(f"no region has the code {request.region!r}", pointer="/region")
    await _authorise(repo, actor, council, request.seat is SeatKind.TRAINEE, request.trust, request.region)
    person = await _person(repo, actor, request.person, "/person")
    deputy = await _person(repo, actor, request.deputy, "/deputy") if request.deputy else None
    profile = profile_for(key.kind, key.region)
    starts_on = request.starts_on or today
    term = (
        seat_rules.Term(starts_on, request.ends_on)
        if request.ends_on
        else seat_rules.default_term(profile, starts_on)
    )
    council_rules.check_not_before_established(
        council.established_on, term.starts_on, "a term starting", "/starts_on"
    )
    row = Representative(
        council_id=council.id,
        person_id=person.id,
        seat=request.seat.value,
        trust_code=request.trust,
        region_code=request.region,
        starts_on=term.starts_on,
        ends_on=term.ends_on,
        deputy_person_id=deputy.id if deputy else None,
    )
    _declare(row, request.qualifications)
    if isinstance(request, RoleAppointment):
        row.role, row.position_share = request.role.value, request.position_share
    await _check(repo, council, seat_value(row))
    repo.add(row)
    await repo.flush()
    return await _record_seat(repo, actor, "representative.appointed", row, None, today)


async def _change_seat(
    repo: Repository,
    actor: Principal,
    council: Council,
    row: Representative,
    changes: RepresentativeUpdate,
    today: date,
) -> Representative:
    await authorise_seat(repo, actor, council, row)
    before = await representative_document(repo, row, today, full=True)
    seat = seat_value(row)
    given = changes.model_fields_set
    if "ends_on" in given:
        seat = replace(seat, term=seat_rules.Term(seat.term.starts_on, changes.ends_on))
    if changes.qualifications is not None:
        seat = replace(seat, qualifications=_qualifications(changes.qualifications))
    if "position_share" in given:
        if seat.role is None:
            raise invalid(
                "only a governance body's member sets a share of a position aside", pointer="/position_share"
            )
        seat = replace(seat, position_share=changes.position_share)
    await _check(repo, council, seat)
    shortened = seat.term.ends_on is not None and (row.ends_on is None or seat.term.ends_on < row.ends_on)
    if shortened and seat.term.ends_on is not None:
        await _refuse_if_interregional_seat_relies_on(repo, council, row, seat.term.ends_on, "/ends_on")
    row.ends_on, row.position_share = seat.term.ends_on, seat.position_share
    if changes.qualifications is not None:
        _declare(row, changes.qualifications)
    await repo.flush()
    await _record_seat(repo, actor, "representative.changed", row, before, today)
    if shortened and row.ends_on is not None:
        await _vacate_leadership(repo, actor, council, row.person_id, row.ends_on)
    return row


async def _authorise_ending(
    repo: Repository, actor: Principal, council: Council, row: Representative
) -> None:
    """Whoever manages the seat may end it; so may whoever manages the council, who dissolves it.
    Refused by both, the seat's own rule is the one to name."""
    try:
        await authorise_seat(repo, actor, council, row)
    except NotPermitted as refusal:
        try:
            check_may_manage_council(actor, council_key(council), await responsible_region(repo, council))
        except NotPermitted:
            raise refusal from None


async def _manages_seat(repo: Repository, actor: Principal, council: Council, row: Representative) -> bool:
    try:
        await authorise_seat(repo, actor, council, row)
    except NotPermitted:
        return False
    return True


async def _refuse_if_interregional_seat_relies_on(
    repo: Repository, council: Council, row: Representative, last_day: date, pointer: str | None
) -> None:
    """IR-FROM-REGIONAL-COUNCIL looks at the inter-regional term's first day: a regional seat that an
    inter-regional seat starting later relies on cannot end before that day. `last_day` is the seat's
    new last day (the day before its first, when it is withdrawn); `pointer`, the field that sets it."""
    key = council_key(council)
    if key.kind is not CouncilKind.REGIONAL:
        return
    interregional = await repo.council_by_key(CouncilKey(CouncilKind.INTERREGIONAL, key.specialty, None))
    if interregional is None:
        return
    for seat in await repo.representatives(interregional.id):
        relies = (
            seat.person_id == row.person_id and seat.region_code == key.region and seat.starts_on > last_day
        )
        if (
            relies
            and seat.starts_on >= row.starts_on
            and (row.ends_on is None or seat.starts_on <= row.ends_on)
        ):
            raise RuleBroken(
                [
                    Violation(
                        Rule.IR_FROM_REGIONAL_COUNCIL,
                        f"the person's inter-regional seat from {seat.starts_on} relies on this seat; "
                        "withdraw or move that seat first",
                        pointer,
                    )
                ]
            )


async def _end_seat(
    repo: Repository,
    actor: Principal,
    council: Council,
    row: Representative,
    request: RepresentativeEnd,
    today: date,
) -> Representative:
    """End a term early: the seat stays as history, with its last day and the reason."""
    if not seat_rules.Term(row.starts_on, request.on).in_order:
        raise RuleBroken(
            [
                Violation(
                    Rule.TERM_ORDER,
                    f"the term started on {row.starts_on}; it ends on that day or later",
                    "/on",
                )
            ]
        )
    if row.ends_on is not None and request.on > row.ends_on:
        raise invalid(f"the term already ends on {row.ends_on}; extend it with PATCH instead", pointer="/on")
    await _refuse_if_interregional_seat_relies_on(repo, council, row, request.on, "/on")
    before = await representative_document(repo, row, today, full=True)
    row.ends_on, row.end_reason = request.on, request.reason
    await repo.flush()
    await _record_seat(repo, actor, "representative.ended", row, before, today)
    await _vacate_leadership(repo, actor, council, row.person_id, request.on)
    return row


async def _withdraw_seat(
    repo: Repository, actor: Principal, council: Council, row: Representative, today: date
) -> None:
    """Withdraw an appointment before its term begins, or, by the organisation that manages the seat,
    on the day it was registered. The audit log keeps the record of it. Any other seat that has begun
    is history, and is ended instead. A leadership role the person held on the seat falls vacant from
    its first day, as it would the day after an ended seat's last."""
    term = seat_rules.Term(row.starts_on, row.ends_on)
    if not seat_rules.may_withdraw(
        term,
        date_in_oslo(row.created_at),
        today,
        by_seat_manager=await _manages_seat(repo, actor, council, row),
    ):
        message = (
            f"the term began on {row.starts_on}: end it instead of withdrawing it (a seat that has begun "
            "is withdrawn only on the day it was registered, by the organisation that manages it)"
        )
        raise Conflict(message)
    # Withdrawn, the seat holds not even its first day.
    day_before = row.starts_on - timedelta(days=1)
    await _refuse_if_interregional_seat_relies_on(repo, council, row, day_before, None)
    before, public = await _representative_views(repo, row, today)
    await repo.delete(row)
    await repo.flush()
    record_change(
        repo,
        actor,
        "representative.withdrawn",
        AuditEntity.REPRESENTATIVE,
        str(row.id),
        before,
        None,
        event_data=_feed_view(public),
    )
    await _vacate_leadership(repo, actor, council, row.person_id, day_before)


async def _designate_deputy(
    repo: Repository,
    actor: Principal,
    council: Council,
    row: Representative,
    request: DeputyDesignation,
    today: date,
) -> Representative:
    await authorise_seat(repo, actor, council, row)
    deputy = await _person(repo, actor, request.deputy, "/deputy") if request.deputy else None
    await _check(repo, council, replace(seat_value(row), deputy=str(deputy.id) if deputy else None))
    before = await representative_document(repo, row, today, full=True)
    row.deputy_person_id = deputy.id if deputy else None
    await repo.flush()
    await _record_seat(repo, actor, "deputy.designated", row, before, today)
    return row


# Leadership


class _ElectionDocument(BaseModel):
    council_id: uuid.UUID
    effective_on: date
    leader: uuid.UUID | None
    deputy_leader: uuid.UUID | None
    coordinator: uuid.UUID | None


def _election_document(row: LeadershipElection) -> _ElectionDocument:
    return _ElectionDocument(
        council_id=row.council_id,
        effective_on=row.effective_on,
        leader=row.leader_id,
        deputy_leader=row.deputy_leader_id,
        coordinator=row.coordinator_id,
    )


async def _store_election(
    repo: Repository, actor: Principal, council: Council, election: Leadership
) -> LeadershipElection:
    """Record the election effective on its date (replacing one recorded for the same date), and
    tell RegUt: every change of leadership is a `leadership.changed` event (LEADER-NOTIFIED)."""
    existing = {e.effective_on: e for e in await repo.elections(council.id)}
    row = existing.get(election.effective_on)
    before = _election_document(row) if row else None
    if row is None:
        row = LeadershipElection(council_id=council.id, effective_on=election.effective_on)
        repo.add(row)

    def person(value: str | None) -> uuid.UUID | None:
        return uuid.UUID(value) if value else None

    row.leader_id = person(election.leader)
    row.deputy_leader_id = person(election.deputy_leader)
    row.coordinator_id = person(election.coordinator)
    await repo.flush()
    record_change(
        repo,
        actor,
        "leadership.changed",
        AuditEntity.COUNCIL,
        str(council.id),
        before,
        _election_document(row),
    )
    return row


async def _elect_leadership(
    repo: Repository, actor: Principal, council: Council, request: LeadershipElectionRequest, today: date
) -> LeadershipElection:
    """Record the election; `elect_leadership` has checked the actor's authority."""

    def person(value: uuid.UUID | None) -> str | None:
        return str(value) if value else None

    election = Leadership(
        request.effective_on or today,
        person(request.leader),
        person(request.deputy_leader),
        person(request.coordinator),
    )
    council_rules.check_not_before_established(
        council.established_on, election.effective_on, "an election effective", "/effective_on"
    )
    check_election([seat_value(r) for r in await repo.representatives(council.id)], election)
    return await _store_election(repo, actor, council, election)


async def _vacate_leadership(
    repo: Repository, actor: Principal, council: Council, person_id: uuid.UUID, last_day: date
) -> None:
    """Ending a leader's seat ends their leadership the day after `last_day`; withdrawing it, from its
    first day."""
    vacated = after_seat_ends(await repo.leadership_history(council.id), str(person_id), last_day)
    if vacated is not None:
        await _store_election(repo, actor, council, vacated)


async def council_detail(repo: Repository, council: Council, on: date, *, full: bool) -> CouncilDetail:
    """The council as GET shows it: its leadership and representatives on `on`."""
    every_seat = await repo.representatives(council.id)
    rows = [r for r in every_seat if seat_value(r).term.covers(on)]
    elections = await repo.leadership_history(council.id)
    current = leadership_in_force(elections, [seat_value(r) for r in every_seat], on)
    people = await repo.people_of_seats(rows)
    return CouncilDetail(
        **council_view(council).model_dump(),
        on=on,
        leadership=election_view(current, people) if current else None,
        representatives=[
            representative_view(r, people, current.roles_of(str(r.person_id)) if current else [], full=full)
            for r in rows
        ],
    )


# What the routers ask for


async def _person_or_not_found(repo: Repository, person_id: uuid.UUID) -> Person:
    person = await repo.person(person_id)
    if person is None:
        raise not_found(f"person {person_id}")
    return person


async def _seat_or_not_found(repo: Repository, representative_id: uuid.UUID) -> Representative:
    row = await repo.representative(representative_id)
    if row is None:
        raise not_found(f"representative {representative_id}")
    return row


async def _locked_seat(repo: Repository, representative_id: uuid.UUID) -> tuple[Council, Representative]:
    """The seat and its council, the council locked for this transaction: every change to a council's
    seats waits for the one before it, so no counting rule is checked against a stale picture."""
    row = await _seat_or_not_found(repo, representative_id)
    council = await council_or_not_found(repo, row.council_id, for_update=True)
    await repo.refresh(row)
    return council, row


async def _seat_and_council(repo: Repository, representative_id: uuid.UUID) -> tuple[Council, Representative]:
    row = await _seat_or_not_found(repo, representative_id)
    return await council_or_not_found(repo, row.council_id), row


# The authority each use case asks, by the id of what it acts on, for a request refused before it is read


async def check_may_correct_person(repo: Repository, actor: Principal, person_id: uuid.UUID) -> None:
    """As `correct_person` asks it: whoever manages the seat that speaks for the person."""
    person = await _person_or_not_found(repo, person_id)
    await _authorise_person_change(repo, actor, person, today_in_oslo())


async def check_may_appoint(repo: Repository, actor: Principal, council_id: uuid.UUID) -> None:
    """Authority over any seat the council can have (`check_may_appoint_to`): which seat an
    appointment is for, and so the authority `appoint_representative` asks, only its body says."""
    council = await council_or_not_found(repo, council_id)
    facts = await _seat_council(repo, council)
    holders = set(facts.appointing_trusts)
    if not facts.key.kind.has_specialty and facts.regut_host is not None:
        holders.add(facts.regut_host)  # a governance body's role held for the trust hosting RegUt
    check_may_appoint_to(
        actor,
        facts.key,
        trusts={code: facts.trust_regions[code] for code in sorted(holders) if code in facts.trust_regions},
        regions=[region.code for region in await repo.all_regions()],
        responsible_region=await responsible_region(repo, council),
    )


async def check_may_change_seat(repo: Repository, actor: Principal, representative_id: uuid.UUID) -> None:
    """As changing the seat or its deputy asks it (`authorise_seat`)."""
    council, row = await _seat_and_council(repo, representative_id)
    await authorise_seat(repo, actor, council, row)


async def check_may_end_seat(repo: Repository, actor: Principal, representative_id: uuid.UUID) -> None:
    """As ending or withdrawing the seat asks it (`_authorise_ending`)."""
    council, row = await _seat_and_council(repo, representative_id)
    await _authorise_ending(repo, actor, council, row)


async def check_may_elect(repo: Repository, actor: Principal, council_id: uuid.UUID) -> None:
    """As `elect_leadership` asks it."""
    await _authorise_election(repo, actor, await council_or_not_found(repo, council_id))


async def _authorise_election(repo: Repository, actor: Principal, council: Council) -> None:
    key = council_key(council)
    check_may_record_leadership(
        actor, key, profile_for(key.kind, key.region).rules, await responsible_region(repo, council)
    )


# The use cases


async def register_person(repo: Repository, actor: Principal, request: PersonCreate) -> PersonPublic:
    return person_view(await _create_person(repo, actor, request), full=True)


async def list_people(repo: Repository, page: PageRequest, *, hpr_number: str | None) -> PersonList:
    people = await repo.people(page, hpr_number=hpr_number)
    return PersonList(items=[person_view(p, full=True) for p in people.items], next_cursor=people.next_cursor)


async def read_person(repo: Repository, person_id: uuid.UUID, *, full: bool) -> PersonPublic:
    return person_view(await _person_or_not_found(repo, person_id), full=full)


async def correct_person(
    repo: Repository,
    actor: Principal,
    person_id: uuid.UUID,
    changes: PersonUpdate,
    today: date,
    precondition: Precondition,
) -> PersonPublic:
    person = await _person_or_not_found(repo, person_id)
    await _authorise_person_change(repo, actor, person, today)
    precondition(person_view(person, full=True))
    return person_view(await _change_person(repo, actor, person, changes), full=True)


async def list_representatives(
    repo: Repository, council_id: uuid.UUID, on: date, *, include_ended: bool, full: bool
) -> RepresentativeList:
    await council_or_not_found(repo, council_id)
    every_row = await repo.representatives(council_id)
    seats = [seat_value(r) for r in every_row]
    rows = [r for r, seat in zip(every_row, seats, strict=True) if include_ended or seat.term.covers(on)]
    people = await repo.people_of_seats(rows)
    current = leadership_in_force(await repo.leadership_history(council_id), seats, on)
    items = [
        representative_view(r, people, current.roles_of(str(r.person_id)) if current else [], full=full)
        for r in rows
    ]
    return RepresentativeList(items=items, next_cursor=None)


async def appoint_representative(
    repo: Repository, actor: Principal, council_id: uuid.UUID, request: RepresentativeCreate, today: date
) -> RepresentativePublic:
    council = await council_or_not_found(repo, council_id, for_update=True)
    return await _appoint(repo, actor, council, request, today)


async def read_representative(
    repo: Repository, representative_id: uuid.UUID, on: date, *, full: bool
) -> RepresentativePublic:
    return await representative_document(
        repo, await _seat_or_not_found(repo, representative_id), on, full=full
    )


SeatChange = Callable[[Council, Representative], Awaitable[object]]


async def _changed_seat(
    repo: Repository,
    actor: Principal,
    representative_id: uuid.UUID,
    today: date,
    precondition: Precondition,
    change: SeatChange,
) -> RepresentativePublic:
    """Lock, check authority, then the precondition against the seat as its writer reads it, change."""
    council, row = await _locked_seat(repo, representative_id)
    await authorise_seat(repo, actor, council, row)
    precondition(await representative_document(repo, row, today, full=True))
    await change(council, row)
    return await representative_document(repo, row, today, full=True)


async def change_representative(
    repo: Repository,
    actor: Principal,
    representative_id: uuid.UUID,
    changes: RepresentativeUpdate,
    today: date,
    precondition: Precondition,
) -> RepresentativePublic:
    async def change(council: Council, row: Representative) -> object:
        return await _change_seat(repo, actor, council, row, changes, today)

    return await _changed_seat(repo, actor, representative_id, today, precondition, change)


async def designate_deputy(
    repo: Repository,
    actor: Principal,
    representative_id: uuid.UUID,
    request: DeputyDesignation,
    today: date,
    precondition: Precondition,
) -> RepresentativePublic:
    async def designate(council: Council, row: Representative) -> object:
        return await _designate_deputy(repo, actor, council, row, request, today)

    return await _changed_seat(repo, actor, representative_id, today, precondition, designate)


async def end_representative(
    repo: Repository, actor: Principal, representative_id: uuid.UUID, request: RepresentativeEnd, today: date
) -> RepresentativePublic:
    council, row = await _locked_seat(repo, representative_id)
    await _authorise_ending(repo, actor, council, row)
    await _end_seat(repo, actor, council, row, request, today)
    return await representative_document(repo, row, today, full=True)


async def withdraw_representative(
    repo: Repository, actor: Principal, representative_id: uuid.UUID, today: date, precondition: Precondition
) -> None:
    council, row = await _locked_seat(repo, representative_id)
    await _authorise_ending(repo, actor, council, row)
    precondition(await representative_document(repo, row, today, full=True))
    await _withdraw_seat(repo, actor, council, row, today)


async def read_leadership(repo: Repository, council_id: uuid.UUID, on: date) -> LeadershipPublic:
    await council_or_not_found(repo, council_id)
    elections = await repo.leadership_history(council_id)
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


async def elect_leadership(
    repo: Repository,
    actor: Principal,
    council_id: uuid.UUID,
    request: LeadershipElectionRequest,
    today: date,
    precondition: Precondition,
) -> LeadershipPublic:
    council = await council_or_not_found(repo, council_id, for_update=True)
    await _authorise_election(repo, actor, council)
    precondition(await read_leadership(repo, council_id, today))
    await _elect_leadership(repo, actor, council, request, today)
    return await read_leadership(repo, council_id, today)
