"""Every query, and the mapping from rows to domain values. Flushes; never commits."""

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, bindparam, delete, event, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.domain import values
from app.domain.authority import Principal
from app.domain.coordination import CoordinatingPeriod as Period
from app.domain.leadership import Leadership
from app.domain.meetings import AgendaKind
from app.domain.meetings import Meeting as MeetingValue
from app.domain.seats import EducationRole, Qualifications, Seat, SeatKind, Term
from app.domain.values import Competence, MemberRole
from app.storage.database import utcnow, write_at_commit
from app.storage.paging import Page, PageRequest, fetch_page
from app.storage.tables import (
    AuditEntry,
    CoordinatingPeriod,
    Council,
    CouncilAppointingTrust,
    HealthTrust,
    LeadershipElection,
    Meeting,
    MeetingAttendance,
    OutboxEvent,
    Person,
    Proposal,
    ProposalStatement,
    ProposalTransition,
    Region,
    Representative,
    Specialty,
)

_TRUSTS = "lis_health_trusts"
_REGISTERED = "lis_people_registered"
_RESPONSIBLE_REGIONS = "lis_responsible_regions"
IMPORT_ID = "lis_import_id"
"""The import the transaction's changes are made by (`app/storage/imports.py`): their audit entries and
events carry its id."""


@event.listens_for(Session, "after_flush")
def _forget_what_a_flush_changed(session: Session, _context: Any) -> None:
    """A trust added or removed in the transaction is not in what `Repository._trusts` read: it is read
    again. (Changes to a trust are in the rows it holds.) A specialty written in the transaction may
    name another responsible region than the one read with a council (`Repository.council`)."""
    if any(isinstance(row, HealthTrust) for row in (*session.new, *session.deleted)):
        session.info.pop(_TRUSTS, None)
    if any(isinstance(row, Specialty) for row in (*session.new, *session.dirty, *session.deleted)):
        session.info.pop(_RESPONSIBLE_REGIONS, None)


@event.listens_for(Session, "after_transaction_end")
def _forget_what_the_transaction_read(session: Session, transaction: Any) -> None:
    """What a transaction read and registered is its own: a rollback (`Repository.release`) expires the
    rows kept, and the next transaction must read them again."""
    if transaction.parent is None:
        for key in (_TRUSTS, _REGISTERED, _RESPONSIBLE_REGIONS):
            session.info.pop(key, None)


def specialty_value(row: Specialty) -> values.Specialty:
    return values.Specialty(row.code, row.name_nb, row.hospital_based, row.responsible_region_code)


def trust_value(row: HealthTrust) -> values.HealthTrust:
    return values.HealthTrust(row.code, row.region_code, values.TrustKind(row.kind))


def period_value(row: CoordinatingPeriod) -> Period:
    return Period(row.region_code, row.starts_on, row.ends_on)


SeatRecord = Representative | Row[Any]
"""A seat as read: the ORM object, or a plain row of the same columns (`representatives_of`)."""
ElectionRecord = LeadershipElection | Row[Any]
"""An election as read: the ORM object, or a plain row of the same columns (`elections_of`)."""


def seat_value(row: SeatRecord) -> Seat:
    return Seat(
        id=str(row.id),
        person=str(row.person_id),
        kind=SeatKind(row.seat),
        term=Term(row.starts_on, row.ends_on),
        trust=row.trust_code,
        region=row.region_code,
        deputy=str(row.deputy_person_id) if row.deputy_person_id else None,
        qualifications=Qualifications(
            specialist_in_specialty=row.specialist_in_specialty,
            senior_consultant=row.senior_consultant,
            trainee=row.trainee,
            education_roles=frozenset(EducationRole(r) for r in row.education_roles),
            competences=frozenset(Competence(c) for c in row.competences),
        ),
        role=MemberRole(row.role) if row.role else None,
        position_share=row.position_share,
    )


def election_value(row: ElectionRecord) -> Leadership:
    def person(value: uuid.UUID | None) -> str | None:
        return str(value) if value else None

    return Leadership(
        row.effective_on, person(row.leader_id), person(row.deputy_leader_id), person(row.coordinator_id)
    )


def meeting_value(row: Meeting) -> MeetingValue:
    return MeetingValue(
        id=str(row.id),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        cancelled=row.cancelled_at is not None,
        regut_invited=row.regut_invited,
        regut_present=row.regut_present,
        agenda=tuple(AgendaKind(item["kind"]) for item in row.agenda),
    )


def council_key(row: Council) -> values.CouncilKey:
    return values.CouncilKey(values.CouncilKind(row.kind), row.specialty_code, row.region_code)


def _keyed(key: values.CouncilKey) -> tuple[ColumnElement[bool], ...]:
    """The council with this key: NULL specialty and region compared as SQL must compare them."""

    def equal(column: Any, value: str | None) -> ColumnElement[bool]:
        return column.is_(None) if value is None else column == value

    return (
        Council.kind == key.kind.value,
        equal(Council.specialty_code, key.specialty),
        equal(Council.region_code, key.region),
    )


# The statements every write runs, built once. Building a select (its comparisons, its bound values)
# costs more CPU than PostgreSQL takes to run it; a built statement also keeps its compiled-cache key.
_EVERY_TRUST = select(HealthTrust).order_by(HealthTrust.code)
_COUNCIL = (
    select(Council, Specialty.code, Specialty.responsible_region_code)
    .outerjoin(Specialty, Specialty.code == Council.specialty_code)
    .where(Council.id == bindparam("council_id"))
)
_COUNCIL_FOR_UPDATE = _COUNCIL.with_for_update(of=Council)
_PERSON_BY_HPR = select(Person).where(Person.hpr_number == bindparam("hpr_number"))
_PEOPLE_BY_ID = select(Person).where(Person.id.in_(bindparam("ids", expanding=True)))
_APPOINTING_TRUSTS = (
    select(CouncilAppointingTrust.council_id, CouncilAppointingTrust.trust_code)
    .where(CouncilAppointingTrust.council_id.in_(bindparam("council_ids", expanding=True)))
    .order_by(CouncilAppointingTrust.trust_code)
)
_SEATS = Representative.__table__
_SEATS_FROM = select(_SEATS).where(
    _SEATS.c.council_id == bindparam("council_id"),
    _SEATS.c.ends_on.is_(None) | (_SEATS.c.ends_on >= bindparam("starts_on")),
)
_SEATS_DURING = _SEATS_FROM.where(_SEATS.c.starts_on <= bindparam("ends_on"))
_ELECTIONS = LeadershipElection.__table__
_LEADERSHIP_HISTORY = (
    select(_ELECTIONS)
    .where(_ELECTIONS.c.council_id == bindparam("council_id"))
    .order_by(_ELECTIONS.c.effective_on)
)


class Repository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def add(self, row: Any) -> None:
        self.session.add(row)

    async def delete(self, row: Any) -> None:
        await self.session.delete(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def refresh(self, row: Any) -> None:
        """Re-read a row, e.g. after taking a lock that another transaction held while changing it."""
        await self.session.refresh(row)

    # Audit log and outbox: written in the transaction of the change they describe.

    def audit(
        self,
        actor: Principal,
        action: str,
        entity_type: str,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        write_at_commit(
            self.session,
            AuditEntry.__table__,
            {
                "occurred_at": utcnow(),
                "principal_kind": actor.kind,
                "principal_subject": actor.subject,
                "org_number": actor.org_number,
                "org_number_child": actor.org_number_child,
                "client_name": actor.client_name,
                "action": action,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "before": before,
                "after": after,
                "import_id": self.session.info.get(IMPORT_ID),
            },
        )

    def emit(self, event_type: str, subject_type: str, subject_id: str, data: dict[str, Any]) -> None:
        """Announce a change: its outbox event is written as the transaction commits."""
        write_at_commit(
            self.session,
            OutboxEvent.__table__,
            {
                "occurred_at": utcnow(),
                "type": event_type,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "data": data,
                "import_id": self.session.info.get(IMPORT_ID),
            },
            announces_change=True,
        )

    async def audit_entries(
        self, page: PageRequest, *, entity_type: str | None = None, entity_id: str | None = None
    ) -> Page[AuditEntry]:
        statement = select(AuditEntry)
        if entity_type is not None:
            statement = statement.where(AuditEntry.entity_type == entity_type)
        if entity_id is not None:
            statement = statement.where(AuditEntry.entity_id == entity_id)
        order = [AuditEntry.__table__.c.id]
        return await fetch_page(self.session, statement, order, lambda e: [e.id], page, descending=True)

    async def events_after(self, after: int, types: Sequence[str], limit: int) -> list[OutboxEvent]:
        """The outbox's events after id `after` (of `types`, when given), oldest first."""
        statement = select(OutboxEvent).where(OutboxEvent.__table__.c.id > after)
        if types:
            statement = statement.where(OutboxEvent.type.in_(types))
        statement = statement.order_by(OutboxEvent.__table__.c.id).limit(limit)
        return list((await self.session.scalars(statement)).all())

    async def release(self) -> None:
        """End the read transaction and give its connection back to the pool: before a wait, so that a
        waiting request holds none. The next query begins a new transaction."""
        await self.session.rollback()

    # Reference data

    async def region(self, code: str) -> Region | None:
        return await self.session.get(Region, code)

    async def regions(self, page: PageRequest) -> Page[Region]:
        return await fetch_page(self.session, select(Region), [Region.code], lambda r: [r.code], page)

    async def all_regions(self) -> list[Region]:
        return list((await self.session.scalars(select(Region).order_by(Region.code))).all())

    async def regut_hosts(self) -> dict[str, str]:
        """Region code → code of the trust hosting its RegUt."""
        rows = await self.session.execute(
            select(HealthTrust.region_code, HealthTrust.code).where(HealthTrust.hosts_regut)
        )
        return {region: trust for region, trust in rows.all()}

    async def _trusts(self) -> dict[str, HealthTrust]:
        """Every health trust by code, read once per transaction: a request asks for trusts several
        times (the caller's by its organisation number, the seat's, the council's facts), and the
        ~25 of them cost one round trip together, as one alone does."""
        trusts: dict[str, HealthTrust] | None = self.session.info.get(_TRUSTS)
        if trusts is None:
            rows = await self.session.scalars(_EVERY_TRUST)
            trusts = self.session.info[_TRUSTS] = {row.code: row for row in rows}
        return trusts

    async def health_trust(self, code: str) -> HealthTrust | None:
        return (await self._trusts()).get(code)

    async def health_trust_by_org_number(self, org_number: str) -> HealthTrust | None:
        return next((t for t in (await self._trusts()).values() if t.org_number == org_number), None)

    async def health_trusts(
        self, page: PageRequest, *, region: str | None = None, updated_since: datetime | None = None
    ) -> Page[HealthTrust]:
        statement = select(HealthTrust)
        if region is not None:
            statement = statement.where(HealthTrust.region_code == region)
        if updated_since is not None:
            statement = statement.where(HealthTrust.updated_at >= updated_since)
        return await fetch_page(self.session, statement, [HealthTrust.code], lambda t: [t.code], page)

    async def health_trusts_by_code(self, codes: Iterable[str]) -> dict[str, HealthTrust]:
        rows = await self.session.scalars(select(HealthTrust).where(HealthTrust.code.in_(set(codes))))
        return {row.code: row for row in rows}

    async def all_health_trusts(self) -> list[HealthTrust]:
        return list((await self._trusts()).values())

    async def specialty(self, code: str) -> Specialty | None:
        return await self.session.get(Specialty, code)

    async def responsible_region_of(self, specialty_code: str) -> str | None:
        """The region whose RegUt is responsible for the specialty, None where none is recorded or the
        specialty is unknown: as read with a council of the specialty in this transaction, if one was."""
        known: dict[str, str | None] = self.session.info.get(_RESPONSIBLE_REGIONS, {})
        # A specialty changed but not yet flushed is read as it stands now, as session.get would.
        if specialty_code in known and not any(isinstance(row, Specialty) for row in self.session.dirty):
            return known[specialty_code]
        specialty = await self.specialty(specialty_code)
        return specialty.responsible_region_code if specialty else None

    async def specialties(
        self, page: PageRequest, *, hospital_based: bool | None = None, updated_since: datetime | None = None
    ) -> Page[Specialty]:
        statement = select(Specialty)
        if hospital_based is not None:
            statement = statement.where(Specialty.hospital_based == hospital_based)
        if updated_since is not None:
            statement = statement.where(Specialty.updated_at >= updated_since)
        return await fetch_page(self.session, statement, [Specialty.code], lambda s: [s.code], page)

    async def all_specialties(self) -> list[Specialty]:
        return list((await self.session.scalars(select(Specialty).order_by(Specialty.code))).all())

    async def coordinating_periods(self) -> list[CoordinatingPeriod]:
        statement = select(CoordinatingPeriod).order_by(CoordinatingPeriod.ends_on)
        return list((await self.session.scalars(statement)).all())

    # Councils

    # Governance bodies have no specialty: they sort first, as "".
    _council_order = (
        func.coalesce(Council.specialty_code, ""),
        Council.kind,
        func.coalesce(Council.region_code, ""),
    )

    async def councils(
        self,
        page: PageRequest,
        *,
        kind: values.CouncilKind | None = None,
        region: str | None = None,
        specialty: str | None = None,
        updated_since: datetime | None = None,
    ) -> Page[Council]:
        statement = select(Council)
        if kind is not None:
            statement = statement.where(Council.kind == kind.value)
        if region is not None:
            statement = statement.where(Council.region_code == region)
        if specialty is not None:
            statement = statement.where(Council.specialty_code == specialty)
        if updated_since is not None:
            statement = statement.where(Council.updated_at >= updated_since)
        return await fetch_page(
            self.session,
            statement,
            self._council_order,
            lambda c: [c.specialty_code or "", c.kind, c.region_code or ""],
            page,
        )

    async def all_councils(
        self,
        *,
        region: str | None = None,
        specialty: str | None = None,
        kind: values.CouncilKind | None = None,
    ) -> list[Council]:
        statement = select(Council)
        if region is not None:
            statement = statement.where(Council.region_code == region)
        if specialty is not None:
            statement = statement.where(Council.specialty_code == specialty)
        if kind is not None:
            statement = statement.where(Council.kind == kind.value)
        return list((await self.session.scalars(statement.order_by(*self._council_order))).all())

    async def council(self, council_id: uuid.UUID, *, for_update: bool = False) -> Council | None:
        """The council; the region responsible for its specialty is read with it, for
        `responsible_region_of`, which nearly every change to a council asks."""
        statement = _COUNCIL_FOR_UPDATE if for_update else _COUNCIL
        found = (await self.session.execute(statement, {"council_id": council_id})).one_or_none()
        if found is None:
            return None
        council, specialty_code, responsible_region = found
        # Filed under the specialty the join found, which a council row loaded earlier in the
        # transaction, or re-read after waiting for its lock, may not name.
        if specialty_code is not None:
            self.session.info.setdefault(_RESPONSIBLE_REGIONS, {})[specialty_code] = responsible_region
        return council

    async def council_exists(self, key: values.CouncilKey, *, other_than: uuid.UUID | None = None) -> bool:
        statement = select(Council.id).where(*_keyed(key))
        if other_than is not None:
            statement = statement.where(Council.id != other_than)
        return (await self.session.scalars(statement.limit(1))).first() is not None

    async def council_keys(self) -> set[values.CouncilKey]:
        rows = await self.session.scalars(select(Council))
        return {council_key(row) for row in rows}

    async def appointing_trusts(self, council_id: uuid.UUID) -> list[HealthTrust]:
        statement = (
            select(HealthTrust)
            .join(CouncilAppointingTrust, CouncilAppointingTrust.trust_code == HealthTrust.code)
            .where(CouncilAppointingTrust.council_id == council_id)
            .order_by(HealthTrust.code)
        )
        return list((await self.session.scalars(statement)).all())

    async def appointing_trusts_of(self, council_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        """Council id → the codes of its appointing trusts, for many councils in one query."""
        if not council_ids:
            return {}
        trusts: dict[uuid.UUID, list[str]] = {}
        for council_id, trust_code in await self.session.execute(
            _APPOINTING_TRUSTS, {"council_ids": council_ids}
        ):
            trusts.setdefault(council_id, []).append(trust_code)
        return trusts

    async def replace_appointing_trusts(self, council_id: uuid.UUID, trust_codes: Sequence[str]) -> None:
        await self.session.execute(
            delete(CouncilAppointingTrust).where(CouncilAppointingTrust.council_id == council_id)
        )
        self.add_appointing_trusts(council_id, trust_codes)

    def add_appointing_trusts(self, council_id: uuid.UUID, trust_codes: Iterable[str]) -> None:
        self.session.add_all(CouncilAppointingTrust(council_id=council_id, trust_code=c) for c in trust_codes)

    # People

    def register(self, person: Person) -> None:
        """Add a new person, remembered as registered in this transaction (`registered_here`)."""
        self.session.add(person)
        self.session.info.setdefault(_REGISTERED, set()).add(person.id)

    def registered_here(self, person_id: uuid.UUID) -> bool:
        """Was the person registered in this transaction? Then nothing stored before it names them:
        no election, no other seat."""
        return person_id in self.session.info.get(_REGISTERED, ())

    async def person(self, person_id: uuid.UUID) -> Person | None:
        return await self.session.get(Person, person_id)

    async def person_by_hpr(self, hpr_number: str) -> Person | None:
        return (await self.session.scalars(_PERSON_BY_HPR, {"hpr_number": hpr_number})).first()

    async def people(self, page: PageRequest, *, hpr_number: str | None = None) -> Page[Person]:
        statement = select(Person)
        if hpr_number is not None:
            statement = statement.where(Person.hpr_number == hpr_number)
        return await fetch_page(self.session, statement, [Person.__table__.c.id], lambda p: [p.id], page)

    async def people_of_seats(self, seats: Iterable[Representative]) -> dict[uuid.UUID, Person]:
        """Everyone the seats name, holders and deputies, in one query."""
        ids: set[uuid.UUID] = set()
        for seat in seats:
            ids.add(seat.person_id)
            if seat.deputy_person_id:
                ids.add(seat.deputy_person_id)
        return await self.people_by_id(ids)

    async def names_of_seats(self, seats: Iterable[SeatRecord]) -> dict[uuid.UUID, str]:
        """The names of everyone the seats name, holders and deputies, in one query of two columns:
        for messages, where building whole rows of thousands of people costs more than the query."""
        seats = list(seats)
        ids = {seat.person_id for seat in seats} | {s.deputy_person_id for s in seats if s.deputy_person_id}
        if not ids:
            return {}
        rows = await self.session.execute(select(Person.id, Person.name).where(Person.id.in_(ids)))
        return {person_id: name for person_id, name in rows}

    async def people_by_id(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Person]:
        """The people, those this transaction has already read or created taken as they are (a query
        would hand back the same objects)."""
        identity_map = self.session.sync_session.identity_map
        people: dict[uuid.UUID, Person] = {}
        missing: set[uuid.UUID] = set()
        for person_id in set(ids):
            known = identity_map.get(identity_key(Person, person_id))
            if known is None:
                missing.add(person_id)
            else:
                people[person_id] = known
        if missing:
            rows = await self.session.scalars(_PEOPLE_BY_ID, {"ids": missing})
            people.update((row.id, row) for row in rows)
        return people

    # Representatives and leadership

    async def representative(self, representative_id: uuid.UUID) -> Representative | None:
        return await self.session.get(Representative, representative_id)

    async def representatives(self, council_id: uuid.UUID) -> list[Representative]:
        """Every seat of the council, ended ones included, in order of their start."""
        statement = (
            select(Representative)
            .where(Representative.council_id == council_id)
            .order_by(Representative.starts_on, Representative.__table__.c.id)
        )
        return list((await self.session.scalars(statement)).all())

    async def seats_overlapping(self, council_id: uuid.UUID, term: Term) -> list[Seat]:
        """The council's seats whose term shares a day with `term` (`Term.overlaps`): the only ones a
        new term's rules compare it with, however long the council's history. Read as plain rows."""
        bounds: dict[str, Any] = {"council_id": council_id, "starts_on": term.starts_on}
        statement = _SEATS_FROM
        if term.ends_on is not None:
            statement, bounds["ends_on"] = _SEATS_DURING, term.ends_on
        return [seat_value(row) for row in await self.session.execute(statement, bounds)]

    async def representatives_of(self, council_ids: Sequence[uuid.UUID]) -> list[SeatRecord]:
        """Every seat of the councils, ended ones included, in order of their start, in one query, as
        plain read-only rows: the national overview reads ten years of seats of every council, which
        as ORM objects cost three times the time and the memory."""
        if not council_ids:
            return []
        statement = (
            select(_SEATS)
            .where(_SEATS.c.council_id.in_(council_ids))
            .order_by(_SEATS.c.starts_on, _SEATS.c.id)
        )
        return list((await self.session.execute(statement)).all())

    async def sitting_of(self, council_ids: Sequence[uuid.UUID], on: date) -> list[Representative]:
        """The seats of the councils held on `on`, in one query."""
        if not council_ids:
            return []
        statement = select(Representative).where(
            Representative.council_id.in_(council_ids),
            Representative.starts_on <= on,
            (Representative.ends_on.is_(None)) | (Representative.ends_on >= on),
        )
        return list((await self.session.scalars(statement)).all())

    async def seats_of_person(self, person_id: uuid.UUID) -> list[tuple[Representative, Council]]:
        """Every seat the person holds or deputises for, with its council."""
        statement = (
            select(Representative, Council)
            .join(Council, Council.id == Representative.council_id)
            .where((Representative.person_id == person_id) | (Representative.deputy_person_id == person_id))
        )
        return [(seat, council) for seat, council in (await self.session.execute(statement)).all()]

    async def council_by_key(self, key: values.CouncilKey, *, for_update: bool = False) -> Council | None:
        statement = select(Council).where(*_keyed(key))
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.scalars(statement)).first()

    async def regional_councils(self, specialty: str) -> list[Council]:
        statement = select(Council).where(
            Council.kind == values.CouncilKind.REGIONAL.value, Council.specialty_code == specialty
        )
        return list((await self.session.scalars(statement.order_by(Council.region_code))).all())

    async def elections(self, council_id: uuid.UUID) -> list[LeadershipElection]:
        statement = (
            select(LeadershipElection)
            .where(LeadershipElection.council_id == council_id)
            .order_by(LeadershipElection.effective_on)
        )
        return list((await self.session.scalars(statement)).all())

    async def leadership_history(self, council_id: uuid.UUID) -> list[Leadership]:
        """The council's elections as the rules see them, in order of taking effect, read as plain
        rows."""
        rows = await self.session.execute(_LEADERSHIP_HISTORY, {"council_id": council_id})
        return [election_value(row) for row in rows]

    async def elections_of(self, council_ids: Sequence[uuid.UUID]) -> list[ElectionRecord]:
        """Every election of the councils, in one query, as plain read-only rows."""
        if not council_ids:
            return []
        statement = select(_ELECTIONS).where(_ELECTIONS.c.council_id.in_(council_ids))
        return list((await self.session.execute(statement)).all())

    # Meetings

    async def meeting(self, meeting_id: uuid.UUID, *, for_update: bool = False) -> Meeting | None:
        statement = select(Meeting).where(Meeting.id == meeting_id)
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.scalars(statement)).one_or_none()

    async def meetings(
        self,
        council_ids: Sequence[uuid.UUID] | None,
        *,
        starting_from: datetime | None = None,
        starting_before: datetime | None = None,
    ) -> list[Meeting]:
        """The meetings of the councils (None: of every council) whose start is in the range, by start."""
        statement = select(Meeting)
        if council_ids is not None:
            if not council_ids:
                return []
            statement = statement.where(Meeting.council_id.in_(council_ids))
        if starting_from is not None:
            statement = statement.where(Meeting.starts_at >= starting_from)
        if starting_before is not None:
            statement = statement.where(Meeting.starts_at < starting_before)
        statement = statement.order_by(Meeting.starts_at, Meeting.__table__.c.id)
        return list((await self.session.scalars(statement)).all())

    async def next_meetings(
        self, council_ids: Sequence[uuid.UUID], after: datetime
    ) -> dict[uuid.UUID, Meeting]:
        """Council id → its first meeting not cancelled that starts after `after`, in one query."""
        if not council_ids:
            return {}
        first = (
            select(Meeting.council_id, func.min(Meeting.starts_at).label("starts_at"))
            .where(
                Meeting.council_id.in_(council_ids),
                Meeting.starts_at > after,
                Meeting.cancelled_at.is_(None),
            )
            .group_by(Meeting.council_id)
            .subquery()
        )
        statement = (
            select(Meeting)
            .join(
                first, (Meeting.council_id == first.c.council_id) & (Meeting.starts_at == first.c.starts_at)
            )
            .where(Meeting.cancelled_at.is_(None))
            .order_by(Meeting.__table__.c.id)
        )
        found: dict[uuid.UUID, Meeting] = {}
        for meeting in await self.session.scalars(statement):
            found.setdefault(meeting.council_id, meeting)
        return found

    async def attendance(self, meeting_ids: Sequence[uuid.UUID]) -> list[MeetingAttendance]:
        if not meeting_ids:
            return []
        statement = select(MeetingAttendance).where(MeetingAttendance.meeting_id.in_(meeting_ids))
        return list((await self.session.scalars(statement)).all())

    async def replace_attendance(self, meeting_id: uuid.UUID, rows: Iterable[MeetingAttendance]) -> None:
        await self.session.execute(
            delete(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)
        )
        self.session.add_all(list(rows))
        await self.session.flush()

    # Proposals

    async def proposal(self, proposal_id: uuid.UUID, *, for_update: bool = False) -> Proposal | None:
        statement = select(Proposal).where(Proposal.id == proposal_id)
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.scalars(statement)).one_or_none()

    async def proposals(
        self,
        page: PageRequest,
        *,
        specialty: str | None = None,
        status: str | None = None,
        responsible_region: str | None = None,
        consultation_deadline_before: date | None = None,
        updated_since: datetime | None = None,
    ) -> Page[Proposal]:
        statement = select(Proposal)
        if specialty is not None:
            statement = statement.where(Proposal.specialty_code == specialty)
        if status is not None:
            statement = statement.where(Proposal.status == status)
        if responsible_region is not None:
            statement = statement.join(Specialty, Specialty.code == Proposal.specialty_code).where(
                Specialty.responsible_region_code == responsible_region
            )
        if consultation_deadline_before is not None:
            statement = statement.where(
                Proposal.status == "in_consultation",
                Proposal.consultation_deadline < consultation_deadline_before,
            )
        if updated_since is not None:
            statement = statement.where(Proposal.updated_at >= updated_since)
        return await fetch_page(
            self.session,
            statement,
            (Proposal.created_at, Proposal.__table__.c.id),
            lambda p: [p.created_at, p.id],
            page,
        )

    async def open_consultations(self, specialties: Iterable[str] | None = None) -> list[Proposal]:
        """Proposals whose consultation is open, of the specialties (None: of all)."""
        statement = select(Proposal).where(Proposal.status == "in_consultation")
        if specialties is not None:
            statement = statement.where(Proposal.specialty_code.in_(list(specialties)))
        return list((await self.session.scalars(statement.order_by(Proposal.created_at))).all())

    async def statements(self, proposal_ids: Sequence[uuid.UUID]) -> list[ProposalStatement]:
        if not proposal_ids:
            return []
        statement = (
            select(ProposalStatement)
            .where(ProposalStatement.proposal_id.in_(proposal_ids))
            .order_by(ProposalStatement.recorded_at)
        )
        return list((await self.session.scalars(statement)).all())

    async def statement(self, proposal_id: uuid.UUID, council_id: uuid.UUID) -> ProposalStatement | None:
        return await self.session.get(ProposalStatement, (proposal_id, council_id))

    def record_transition(
        self,
        actor: Principal,
        proposal_id: uuid.UUID,
        action: str,
        from_status: str | None,
        to_status: str,
        note: str | None,
    ) -> None:
        self.session.add(
            ProposalTransition(
                proposal_id=proposal_id,
                action=action,
                from_status=from_status,
                to_status=to_status,
                principal_kind=actor.kind,
                principal_subject=actor.subject,
                org_number=actor.org_number,
                note=note,
            )
        )

    async def transitions_of(
        self, proposal_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, list[ProposalTransition]]:
        """Proposal id → its history in order, for many proposals in one query."""
        history: dict[uuid.UUID, list[ProposalTransition]] = {p: [] for p in proposal_ids}
        if not proposal_ids:
            return history
        statement = (
            select(ProposalTransition)
            .where(ProposalTransition.proposal_id.in_(proposal_ids))
            .order_by(ProposalTransition.__table__.c.id)
        )
        for row in await self.session.scalars(statement):
            history[row.proposal_id].append(row)
        return history

    async def transitions(self, proposal_id: uuid.UUID) -> list[ProposalTransition]:
        statement = (
            select(ProposalTransition)
            .where(ProposalTransition.proposal_id == proposal_id)
            .order_by(ProposalTransition.__table__.c.id)
        )
        return list((await self.session.scalars(statement)).all())
