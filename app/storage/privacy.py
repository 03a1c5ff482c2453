"""The queries of personal data's life: stored disclosures, a person's whole record, the copies an
erasure must find, and what the retention run removes. Flushes; never commits (but `append_disclosures`,
which runs outside any request, in its own transaction)."""

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.storage.database import Database
from app.storage.paging import Page, PageRequest, fetch_page
from app.storage.tables import (
    AuditEntry,
    DataImport,
    Disclosure,
    IdempotencyRecord,
    MaintenanceRun,
    Meeting,
    MeetingAttendance,
    OutboxEvent,
    Person,
    Proposal,
    ProposalStatement,
    Representative,
    SpentProof,
)

SEAT_SUBJECT = "seat:"
PROPOSAL_SUBJECT = "proposal:"


async def append_disclosures(database: Database, rows: list[dict[str, Any]]) -> None:
    """Store a batch of disclosures (`Disclosure`'s columns, `person_id` left out), in one statement.
    A seat's attendance is a disclosure about the seat's holder: the seat is looked up here, once for
    the batch, not on the request that disclosed it."""
    seats = {
        _uuid(row["subject"][len(SEAT_SUBJECT) :]) for row in rows if row["subject"].startswith(SEAT_SUBJECT)
    }
    seats.discard(None)
    async with database.appending() as connection:
        holders: dict[uuid.UUID, uuid.UUID] = {}
        if seats:
            found = await connection.execute(
                select(Representative.id, Representative.person_id).where(Representative.id.in_(seats))
            )
            holders = {seat: person for seat, person in found}
        for row in rows:
            subject: str = row["subject"]
            if subject.startswith(SEAT_SUBJECT):
                seat = _uuid(subject[len(SEAT_SUBJECT) :])
                row["person_id"] = holders.get(seat) if seat else None
            elif subject.startswith(PROPOSAL_SUBJECT):
                row["person_id"] = None
            else:
                row["person_id"] = _uuid(subject)
        if connection.dialect.name == "postgresql":
            await _copy(connection, rows)
        else:
            await connection.execute(insert(Disclosure.__table__), rows)


_COPIED = (
    "occurred_at",
    "person_id",
    "subject",
    "fields_shown",
    "principal_kind",
    "client_id",
    "org_number",
    "org_number_child",
    "client_name",
    "method",
    "route",
    "path",
    "status",
    "request_id",
)


async def _copy(connection: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL's COPY, in the connection's transaction: the rows of a batch cost a third of what an
    INSERT's parameters cost to prepare (bench/disclosures.py), and the worker that writes them also
    serves requests."""
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    documents: dict[tuple[str, ...], str] = {}  # a handful of distinct field lists: each encoded once
    records = []
    for row in rows:
        fields = tuple(row["fields_shown"])
        document = documents.get(fields)
        if document is None:
            document = documents[fields] = json.dumps(fields)
        records.append(
            (
                row["occurred_at"],
                row["person_id"],
                row["subject"],
                document,
                row["principal_kind"],
                row["client_id"],
                row["org_number"],
                row.get("org_number_child"),
                row.get("client_name"),
                row["method"],
                row["route"],
                row["path"],
                row["status"],
                row["request_id"],
            )
        )
    await driver.copy_records_to_table("disclosure", records=records, columns=_COPIED)


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _contains_any(column: Any, values: Iterable[str]) -> ColumnElement[bool]:
    """The column's text (a JSON document's too) holds one of `values`, as written or as JSON escapes
    it (SQLite keeps JSON with non-ASCII characters escaped)."""
    text = cast(column, Text)
    forms = {form for value in values for form in (value, json.dumps(value)[1:-1])}
    return or_(*(text.contains(form, autoescape=True) for form in sorted(forms)))


@dataclass(frozen=True)
class SeatEnd:
    person_id: uuid.UUID
    ends_on: date | None


@dataclass(frozen=True)
class Holder:
    """A person who still has erasable data, and when they were registered."""

    id: uuid.UUID
    registered_at: datetime


class PrivacyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # Disclosures

    async def disclosures(
        self,
        page: PageRequest,
        *,
        person_id: uuid.UUID | None = None,
        subjects: Sequence[str] = (),
        client_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Page[Disclosure]:
        """Newest first. With `person_id`, those about the person and those of `subjects` (proposals
        that name them)."""
        statement = select(Disclosure)
        if person_id is not None:
            about = Disclosure.person_id == person_id
            statement = statement.where(or_(about, Disclosure.subject.in_(subjects)) if subjects else about)
        if client_id is not None:
            statement = statement.where(Disclosure.client_id == client_id)
        if since is not None:
            statement = statement.where(Disclosure.occurred_at >= since)
        if until is not None:
            statement = statement.where(Disclosure.occurred_at < until)
        order = [Disclosure.__table__.c.id]
        return await fetch_page(self.session, statement, order, lambda d: [d.id], page, descending=True)

    # A person's record

    async def attendance_of(
        self, person_id: uuid.UUID
    ) -> list[tuple[MeetingAttendance, Meeting, Representative]]:
        """Every attendance recorded of the person: in their own seat, or as a deputy in another's."""
        statement = (
            select(MeetingAttendance, Meeting, Representative)
            .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
            .join(Representative, Representative.id == MeetingAttendance.representative_id)
            .where(
                (Representative.person_id == person_id) | (MeetingAttendance.deputy_person_id == person_id)
            )
            .order_by(Meeting.starts_at, Meeting.__table__.c.id)
        )
        return [(a, m, r) for a, m, r in (await self.session.execute(statement)).all()]

    async def proposals_raised_by(self, name: str) -> list[Proposal]:
        """Proposals whose raiser is a named person of this name (the registry knows them by name only)."""
        statement = (
            select(Proposal)
            .where(_contains_any(Proposal.raised_by, [name]))
            .order_by(Proposal.created_at, Proposal.__table__.c.id)
        )
        wanted = _plain(name)
        return [
            p
            for p in (await self.session.scalars(statement)).all()
            if p.raised_by.get("kind") == "person" and _plain(str(p.raised_by.get("name", ""))) == wanted
        ]

    async def statements_naming(self, name: str) -> list[ProposalStatement]:
        statement = (
            select(ProposalStatement)
            .where(ProposalStatement.text.contains(name, autoescape=True))  # type: ignore[attr-defined]
            .order_by(ProposalStatement.recorded_at)
        )
        return list((await self.session.scalars(statement)).all())

    async def audit_about(self, person_id: uuid.UUID, seat_ids: Iterable[uuid.UUID]) -> list[AuditEntry]:
        """The audit entries of the person's record and of their seats, newest first."""
        about = (AuditEntry.entity_type == "person") & (AuditEntry.entity_id == str(person_id))
        seats = [str(s) for s in seat_ids]
        if seats:
            about = about | ((AuditEntry.entity_type == "representative") & AuditEntry.entity_id.in_(seats))  # type: ignore[attr-defined]
        statement = select(AuditEntry).where(about).order_by(AuditEntry.__table__.c.id.desc())
        return list((await self.session.scalars(statement)).all())

    # Erasure: every copy

    async def person_for_update(self, person_id: uuid.UUID) -> Person | None:
        return await self.session.get(Person, person_id, with_for_update=True)

    async def person_documents(self, person_id: uuid.UUID) -> list[dict[str, Any] | None]:
        """The documents of the person's own audit entries: every version of their record."""
        rows = await self.session.execute(
            select(AuditEntry.before, AuditEntry.after).where(
                AuditEntry.entity_type == "person", AuditEntry.entity_id == str(person_id)
            )
        )
        return [document for before, after in rows for document in (before, after)]

    async def audit_entries_holding(self, values: Iterable[str]) -> list[AuditEntry]:
        values = list(values)
        statement = select(AuditEntry).where(
            _contains_any(AuditEntry.before, values) | _contains_any(AuditEntry.after, values)
        )
        return list((await self.session.scalars(statement)).all())

    async def events_holding(self, values: Iterable[str]) -> list[OutboxEvent]:
        statement = select(OutboxEvent).where(_contains_any(OutboxEvent.data, list(values)))
        return list((await self.session.scalars(statement)).all())

    async def import_reports_holding(self, values: Iterable[str]) -> list[DataImport]:
        """An import's report quotes cells of the file (a refused row's HPR number or e-mail)."""
        statement = select(DataImport).where(_contains_any(DataImport.report, list(values)))
        return list((await self.session.scalars(statement)).all())

    async def idempotency_records_holding(self, values: Iterable[str]) -> list[IdempotencyRecord]:
        statement = select(IdempotencyRecord).where(_contains_any(IdempotencyRecord.body, list(values)))
        return list((await self.session.scalars(statement)).all())

    async def rewrite(self, table: Any, key: dict[str, Any], values: dict[str, Any]) -> None:
        """Replace columns of one row in place, as a statement: the audit and the outbox have no ORM
        updates elsewhere, and these rows are not otherwise changed."""
        conditions = [table.c[name] == value for name, value in key.items()]
        await self.session.execute(update(table).where(*conditions).values(**values))

    # Retention

    async def holders_of_erasable_data(self) -> list[Holder]:
        statement = select(Person.id, Person.created_at).where(
            (Person.email.is_not(None)) | (Person.phone.is_not(None)) | (Person.hpr_number.is_not(None))  # type: ignore[union-attr]
        )
        return [
            Holder(person_id, created_at) for person_id, created_at in await self.session.execute(statement)
        ]

    async def seat_ends(self, people: Iterable[uuid.UUID]) -> list[SeatEnd]:
        """The end of every seat the people hold or deputise for (None: until further notice)."""
        ids = list(people)
        if not ids:
            return []
        held = select(Representative.person_id, Representative.ends_on).where(
            Representative.person_id.in_(ids)
        )
        deputised = select(Representative.deputy_person_id, Representative.ends_on).where(
            Representative.deputy_person_id.in_(ids)  # type: ignore[union-attr]
        )
        rows = [*(await self.session.execute(held)).all(), *(await self.session.execute(deputised)).all()]
        return [SeatEnd(person_id, ends_on) for person_id, ends_on in rows]

    async def count_disclosures_before(self, cutoff: datetime) -> int:
        statement = select(func.count()).select_from(Disclosure).where(Disclosure.occurred_at < cutoff)
        return int(await self.session.scalar(statement) or 0)

    async def delete_disclosures_before(self, cutoff: datetime) -> int:
        result = await self.session.execute(delete(Disclosure).where(Disclosure.occurred_at < cutoff))
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def count_spent_proofs_expired_by(self, moment: datetime) -> int:
        statement = select(func.count()).select_from(SpentProof).where(SpentProof.expires_at < moment)
        return int(await self.session.scalar(statement) or 0)

    async def delete_spent_proofs_expired_by(self, moment: datetime) -> int:
        result = await self.session.execute(delete(SpentProof).where(SpentProof.expires_at < moment))
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def count_idempotency_records_before(self, cutoff: datetime) -> int:
        statement = (
            select(func.count()).select_from(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff)
        )
        return int(await self.session.scalar(statement) or 0)

    async def delete_idempotency_records_before(self, cutoff: datetime) -> int:
        result = await self.session.execute(
            delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    # Scheduled tasks

    async def last_finished(self, task: str) -> datetime | None:
        return await self.session.scalar(
            select(MaintenanceRun.finished_at).where(MaintenanceRun.task == task)
        )

    async def note_finished(self, task: str, at: datetime) -> None:
        row = await self.session.get(MaintenanceRun, task)
        if row is None:
            self.session.add(MaintenanceRun(task=task, finished_at=at))
        else:
            row.finished_at = at
        await self.session.flush()


def _plain(name: str) -> str:
    return " ".join(name.split()).casefold()
