"""A person's rights over their data: their whole record (access), who read it, erasure and restriction."""

import json
import uuid
from datetime import datetime

from pydantic import BaseModel

from app.contract.audit import AuditEntity
from app.contract.privacy import (
    DisclosureList,
    DisclosurePublic,
    PersonRecord,
    PrivacyChange,
    PrivacyState,
    RecordAttendance,
    RecordProposal,
    RecordSeat,
    RecordStatement,
)
from app.domain.authority import Principal
from app.domain.meetings import AttendanceStatus
from app.domain.privacy import ERASABLE_FIELDS, check_may_erase, check_may_read_record, erasable_values, scrub
from app.domain.seats import SeatKind
from app.domain.values import MemberRole
from app.services.audit import audit_entry_view
from app.services.common import Precondition, record_change
from app.services.errors import Conflict, not_found
from app.services.views import person_view
from app.storage.database import utcnow
from app.storage.paging import PageRequest
from app.storage.privacy import PROPOSAL_SUBJECT, PrivacyRepository
from app.storage.repository import Repository
from app.storage.tables import (
    AuditEntry,
    Council,
    DataImport,
    Disclosure,
    IdempotencyRecord,
    OutboxEvent,
    Person,
    Representative,
)


class _Subject(BaseModel):
    id: uuid.UUID


class _Note(BaseModel):
    """What the audit keeps of an erasure or a restriction: why, and which fields; never their values."""

    reason: str
    fields: list[str]


def _state(person: Person) -> PrivacyState:
    return PrivacyState(erased_at=person.erased_at, restricted_at=person.restricted_at)


def disclosure_view(row: Disclosure) -> DisclosurePublic:
    return DisclosurePublic(
        id=row.id or 0,
        occurred_at=row.occurred_at,
        person_id=row.person_id,
        subject=row.subject,
        fields=row.fields_shown,
        principal_kind=row.principal_kind,
        client_id=row.client_id,
        org_number=row.org_number,
        org_number_child=row.org_number_child,
        client_name=row.client_name,
        method=row.method,
        route=row.route,
        path=row.path,
        status=row.status,
        request_id=row.request_id,
    )


# Access


async def _readable_record(
    repo: Repository, actor: Principal, person_id: uuid.UUID
) -> tuple[Person, list[tuple[Representative, Council]]]:
    """The person and their seats, once `actor` may read their record (`check_may_read_record`)."""
    person = await repo.person(person_id)
    if person is None:
        raise not_found(f"person {person_id}")
    seats = await repo.seats_of_person(person_id)
    check_may_read_record(
        actor, {region for seat, council in seats if (region := council.region_code or seat.region_code)}
    )
    return person, seats


async def check_may_read_record_of(repo: Repository, actor: Principal, person_id: uuid.UUID) -> None:
    """As `person_record` asks it."""
    await _readable_record(repo, actor, person_id)


async def person_record(
    repo: Repository, actor: Principal, person_id: uuid.UUID, page: PageRequest
) -> PersonRecord:
    person, seats = await _readable_record(repo, actor, person_id)
    privacy = PrivacyRepository(repo.session)
    proposals = await privacy.proposals_raised_by(person.name)
    disclosures = await privacy.disclosures(
        page, person_id=person_id, subjects=[f"{PROPOSAL_SUBJECT}{p.id}" for p in proposals]
    )
    attendance = await privacy.attendance_of(person_id)
    seats.sort(key=lambda pair: (pair[0].starts_on, str(pair[0].id)))
    return PersonRecord(
        person=person_view(person, full=True, restricted_too=True),
        state=_state(person),
        seats=[
            RecordSeat(
                id=seat.id,
                council_id=council.id,
                council_name=council.name,
                as_deputy=seat.person_id != person_id,
                seat=SeatKind(seat.seat),
                role=MemberRole(seat.role) if seat.role else None,
                trust=seat.trust_code,
                region=seat.region_code,
                starts_on=seat.starts_on,
                ends_on=seat.ends_on,
                end_reason=seat.end_reason,
            )
            for seat, council in seats
        ],
        attendance=[
            RecordAttendance(
                meeting_id=meeting.id,
                council_id=meeting.council_id,
                starts_at=meeting.starts_at,
                seat_id=seat.id,
                status=AttendanceStatus(entry.status),
                as_deputy=entry.deputy_person_id == person_id,
            )
            for entry, meeting, seat in attendance
        ],
        proposals=[
            RecordProposal(
                id=p.id, title=p.title, specialty=p.specialty_code, status=p.status, created_at=p.created_at
            )
            for p in proposals
        ],
        statements=[
            RecordStatement(proposal_id=s.proposal_id, council_id=s.council_id, recorded_at=s.recorded_at)
            for s in await privacy.statements_naming(person.name)
        ],
        audit=[
            audit_entry_view(e) for e in await privacy.audit_about(person_id, [seat.id for seat, _ in seats])
        ],
        disclosures=DisclosureList(
            items=[disclosure_view(d) for d in disclosures.items], next_cursor=disclosures.next_cursor
        ),
    )


async def list_disclosures(
    repo: Repository,
    page: PageRequest,
    *,
    person_id: uuid.UUID | None,
    client_id: str | None,
    since: datetime | None,
    until: datetime | None,
) -> DisclosureList:
    found = await PrivacyRepository(repo.session).disclosures(
        page, person_id=person_id, client_id=client_id, since=since, until=until
    )
    return DisclosureList(items=[disclosure_view(d) for d in found.items], next_cursor=found.next_cursor)


# Erasure and restriction


async def erase_person(
    repo: Repository, actor: Principal, person_id: uuid.UUID, reason: str
) -> PrivacyChange:
    """Erase the person's contact data and HPR number, and every copy of them the service keeps."""
    check_may_erase(actor)
    privacy = PrivacyRepository(repo.session)
    person = await privacy.person_for_update(person_id)
    if person is None:
        raise not_found(f"person {person_id}")
    fields, copies = await erase(repo, privacy, actor, person, reason)
    return PrivacyChange(
        person=person_view(person, full=True), state=_state(person), fields=fields, copies_removed=copies
    )


async def erase(
    repo: Repository, privacy: PrivacyRepository, actor: Principal, person: Person, reason: str
) -> tuple[list[str], int]:
    """The erasure itself, for a request and for the retention run: the fields it erased, and how many
    stored copies it removed values from. The audit keeps that it happened, by whom and why."""
    fields = [name for name in ERASABLE_FIELDS if getattr(person, name)]
    values = erasable_values(await privacy.person_documents(person.id), (getattr(person, f) for f in fields))
    copies = await remove_copies(privacy, values) if values else 0
    person.email = person.phone = person.hpr_number = None
    person.publish_email = False
    person.erased_at = utcnow()
    person.restricted_at = None  # nothing is left to restrict
    await repo.flush()
    record_change(
        repo,
        actor,
        "person.erased",
        AuditEntity.PERSON,
        str(person.id),
        None,
        _Note(reason=reason, fields=fields),
        event_data=_Subject(id=person.id),
    )
    return fields, copies


async def remove_copies(privacy: PrivacyRepository, values: frozenset[str]) -> int:
    """Remove `values` from every document the service keeps besides the person's row: the audit's
    before and after, the feed's events, and stored Idempotency-Key answers. (Disclosures hold field
    names, never values; kept answers are dropped by the change this erasure announces.)"""
    removed = 0
    for entry in await privacy.audit_entries_holding(values):
        before, before_changed = scrub(entry.before, values)
        after, after_changed = scrub(entry.after, values)
        if before_changed or after_changed:
            await privacy.rewrite(AuditEntry.__table__, {"id": entry.id}, {"before": before, "after": after})
            removed += 1
    for event in await privacy.events_holding(values):
        data, changed = scrub(event.data, values)
        if changed:
            await privacy.rewrite(OutboxEvent.__table__, {"id": event.id}, {"data": data})
            removed += 1
    for report in await privacy.import_reports_holding(values):
        scrubbed, changed = scrub(report.report, values)
        if changed:
            await privacy.rewrite(DataImport.__table__, {"id": report.id}, {"report": scrubbed})
            removed += 1
    for record in await privacy.idempotency_records_holding(values):
        body = _scrubbed_text(record.body, values)
        if body != record.body:
            key = {"principal_key": record.principal_key, "key": record.key}
            await privacy.rewrite(IdempotencyRecord.__table__, key, {"body": body})
            removed += 1
    return removed


def _scrubbed_text(body: str, values: frozenset[str]) -> str:
    try:
        document = json.loads(body)
    except ValueError:
        scrubbed, _ = scrub(body, values)
        return str(scrubbed or "")
    scrubbed, changed = scrub(document, values)
    return json.dumps(scrubbed, ensure_ascii=False, separators=(",", ":")) if changed else body


async def restrict_person(
    repo: Repository, actor: Principal, person_id: uuid.UUID, reason: str
) -> PrivacyChange:
    """Keep the person's contact data and HPR number, but show them to no one (GDPR art. 18)."""
    check_may_erase(actor)
    person = await PrivacyRepository(repo.session).person_for_update(person_id)
    if person is None:
        raise not_found(f"person {person_id}")
    if person.restricted_at is not None:
        raise Conflict(f"the data of person {person_id} is restricted already")
    fields = [name for name in ERASABLE_FIELDS if getattr(person, name)]
    person.restricted_at = utcnow()
    await repo.flush()
    record_change(
        repo,
        actor,
        "person.restricted",
        AuditEntity.PERSON,
        str(person.id),
        None,
        _Note(reason=reason, fields=fields),
        event_data=_Subject(id=person.id),
    )
    return PrivacyChange(
        person=person_view(person, full=True), state=_state(person), fields=fields, copies_removed=0
    )


async def lift_restriction(
    repo: Repository, actor: Principal, person_id: uuid.UUID, precondition: Precondition
) -> PrivacyChange:
    """Show the data again; `precondition` is the If-Match of the person as the caller read them."""
    check_may_erase(actor)
    person = await PrivacyRepository(repo.session).person_for_update(person_id)
    if person is None:
        raise not_found(f"person {person_id}")
    precondition(person_view(person, full=True))
    if person.restricted_at is None:
        raise Conflict(f"the data of person {person_id} is not restricted")
    fields = [name for name in ERASABLE_FIELDS if getattr(person, name)]
    person.restricted_at = None
    await repo.flush()
    record_change(
        repo,
        actor,
        "person.restriction_lifted",
        AuditEntity.PERSON,
        str(person.id),
        None,
        _Note(reason="restriction lifted", fields=fields),
        event_data=_Subject(id=person.id),
    )
    return PrivacyChange(
        person=person_view(person, full=True), state=_state(person), fields=fields, copies_removed=0
    )
