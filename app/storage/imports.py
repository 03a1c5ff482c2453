"""What an import stores and reads beyond the single writes it repeats: its own record, the people a
row may name, savepoints that undo refused rows (their audit entries and events included), and the
repository its single writes read through (`ImportRepository`)."""

import uuid
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC
from itertools import chain
from typing import Any

from sqlalchemy import Table, and_, event, func, inspect, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, AsyncSessionTransaction
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel.sql.sqltypes import UTCDateTime

from app.domain import values
from app.domain.authority import Principal
from app.domain.seats import Seat, Term
from app.storage.database import discard_pending_rows_since, pending_rows_mark
from app.storage.repository import (
    _REGISTERED,
    _RESPONSIBLE_REGIONS,
    IMPORT_ID,
    Repository,
    _keyed,
    council_key,
    election_value,
    seat_value,
)
from app.storage.tables import (
    Council,
    CouncilAppointingTrust,
    DataImport,
    LeadershipElection,
    Meeting,
    MeetingAttendance,
    Person,
    Region,
    Representative,
    Specialty,
)

_MOMENTS = tuple(c.name for c in Meeting.__table__.columns if isinstance(c.type, UTCDateTime))
"""A meeting's timestamps, which the database gives back in UTC (as `UTCDateTime` reads them)."""
_IN_ORDER = (
    Council,
    CouncilAppointingTrust,
    Person,
    Representative,
    LeadershipElection,
    Meeting,
    MeetingAttendance,
)
"""The rows an import makes, each table after those its foreign keys point to."""
_PEOPLE_CHUNK = 1000
"""HPR numbers per query when the import reads the people its file names: well under every driver's
limit of bound parameters (SQLite's is 32,766)."""


class ImportRepository(Repository):
    """The repository an import's single writes read through: the same reads, answered from memory
    for the councils the import holds locked.

    A national file is ten thousand single writes, and each asks again for its council, the council's
    seats, elections and appointing trusts, and the people it names, and flushes its own rows: one
    by one, those statements were most of an import's time. The import locks every council its file
    names before its first row (`lock_councils`), as each single write would lock its own, so no
    other transaction changes what is read of them until the import ends: each is read once and then
    kept, up to date with what the use cases add (`add`) and what the session flushes
    (`_before_flush`). What is not locked (another council, a person, a meeting the import neither
    made nor locked) is read as `Repository` reads it. New rows wait in `_queue` and go in together
    (`flush`). A savepoint rolled back takes rows the kept reads may hold: `forget` drops them all,
    and they are read again.
    """

    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session)
        self._councils: dict[uuid.UUID, Council] = {}
        """Locked by this transaction, or made by it: no one else changes them."""
        self._locked: set[uuid.UUID] = set()
        """Locked before the import's first savepoint, so for the whole transaction."""
        self._seats: dict[uuid.UUID, list[Representative]] = {}
        self._elections: dict[uuid.UUID, list[LeadershipElection]] = {}
        self._appointing: dict[uuid.UUID, list[str]] = {}
        self._in_region: dict[str, list[Council]] = {}
        self._by_hpr: dict[str, Person | None] = {}
        self._hpr_of: dict[uuid.UUID, str] = {}
        self._people: dict[uuid.UUID, Person] = {}
        """Registered by this transaction."""
        self._meetings: dict[uuid.UUID, Meeting] = {}
        """Made or locked by this transaction."""
        self._made: set[uuid.UUID] = set()
        self._made_since: list[uuid.UUID] = []
        """Meetings made by this transaction."""
        self._unattended: set[uuid.UUID] = set()
        """Meetings made by this transaction that no attendance is recorded for."""
        self._reference: dict[tuple[type, str], Any] = {}
        self._key_index: dict[values.CouncilKey, uuid.UUID] | None = None
        self._queue: list[Any] = []
        """New rows not yet in the session (`flush`)."""
        self._autoflush = session.sync_session.autoflush
        session.sync_session.autoflush = False
        event.listen(session.sync_session, "before_flush", self._before_flush)
        event.listen(session.sync_session, "do_orm_execute", self._before_query)

    def close(self) -> None:
        event.remove(self.session.sync_session, "before_flush", self._before_flush)
        event.remove(self.session.sync_session, "do_orm_execute", self._before_query)
        self.session.sync_session.autoflush = self._autoflush

    def forget(self) -> None:
        """After a savepoint is rolled back: what it wrote, and the locks it took, are gone."""
        for kept in (self._councils, self._seats, self._elections, self._appointing, self._in_region):
            kept.clear()
        self._by_hpr.clear()
        self._hpr_of.clear()
        self._people.clear()
        self._key_index = None
        self._meetings.clear()
        self._made.clear()
        self._made_since.clear()
        self._unattended.clear()
        self._queue.clear()

    # What the use cases write

    def add(self, row: Any) -> None:
        if isinstance(row, _IN_ORDER):
            self._queue.append(row)
            self._track(row, gone=False, new=True)
        else:
            super().add(row)

    def register(self, person: Person) -> None:
        self.add(person)
        self.session.info.setdefault(_REGISTERED, set()).add(person.id)

    def add_appointing_trusts(self, council_id: uuid.UUID, trust_codes: Iterable[str]) -> None:
        self._appointing.pop(council_id, None)
        for code in trust_codes:
            self.add(CouncilAppointingTrust(council_id=council_id, trust_code=code))

    async def delete(self, row: Any) -> None:
        if any(r is row for r in self._queue):
            self._queue = [r for r in self._queue if r is not row]
            self._track(row, gone=True, new=False)
        else:
            await super().delete(row)

    async def flush(self) -> None:
        """New rows wait, and go in with the next query or savepoint, each table's in one statement
        (not one at a time as each single write flushes its own); what is kept here holds them
        already. A change to a stored row is flushed at once, as a single write would."""
        session = self.session.sync_session
        if session.dirty or session.deleted:
            await self.session.run_sync(self._flush)

    async def write_new_rows(self) -> None:
        """Flush the new rows too: before a savepoint begins or ends. The meetings made are let go
        then: no later row reads them (a row that names one again finds it in the database), and a
        national file makes five thousand."""
        await self.session.run_sync(self._flush)
        for meeting_id in self._made_since:
            self._meetings.pop(meeting_id, None)
        self._made_since.clear()

    def _flush(self, session: Session) -> None:
        """The new rows, a table at a time in the order of their foreign keys (the session orders
        rows by the relationships between them, and these tables declare none), then the rest."""
        queue, self._queue = self._queue, []
        for kind in _IN_ORDER:
            rows = [row for row in queue if type(row) is kind]
            if rows:
                session.add_all(rows)
                session.flush()
        session.flush()

    def _before_query(self, execution: ORMExecuteState) -> None:
        """Instead of autoflush (off while the import runs): the new rows first, in order."""
        if self._queue or execution.session.dirty or execution.session.deleted:
            self._flush(execution.session)

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        for row in chain(session.new, session.dirty, session.deleted):
            self._track(row, gone=row in session.deleted, new=row in session.new)

    def _track(self, row: Any, *, gone: bool, new: bool) -> None:
        """Keep what is kept up to date with a row added, changed or deleted."""
        if isinstance(row, Representative):
            self._file(self._seats, row, gone, lambda r: (r.starts_on, r.id))
        elif isinstance(row, LeadershipElection):
            self._file(self._elections, row, gone, lambda e: e.effective_on)
        elif isinstance(row, CouncilAppointingTrust):
            self._appointing.pop(row.council_id, None)
        elif isinstance(row, Council):
            self._in_region.clear()
            self._key_index = None
            if gone:
                self._councils.pop(row.id, None)
            elif new:
                self._councils[row.id] = row
        elif isinstance(row, Person):
            filed = self._hpr_of.pop(row.id, None)
            if filed is not None:
                self._by_hpr[filed] = None
            if row.hpr_number and not gone:
                self._by_hpr[row.hpr_number] = row
                self._hpr_of[row.id] = row.hpr_number
            if new:
                self._people[row.id] = row
        elif isinstance(row, Meeting) and new and row.id not in self._made:
            self._meetings[row.id] = row
            self._made.add(row.id)
            self._made_since.append(row.id)
            self._unattended.add(row.id)
        elif isinstance(row, MeetingAttendance):
            self._unattended.discard(row.meeting_id)

    def _file(self, kept: dict[uuid.UUID, list[Any]], row: Any, gone: bool, order: Any) -> None:
        """A seat or an election written: into (or out of) its council's kept list, in the order the
        query gives."""
        rows = kept.get(row.council_id)
        if rows is None:
            return
        if gone:
            kept[row.council_id] = [r for r in rows if r is not row]
            return
        if not any(r is row for r in rows):
            rows.append(row)
        rows.sort(key=order)

    async def _settled(self) -> None:
        """Flush changes to stored rows, as a query would (autoflush): what is kept may hold a row
        in an order, or under a number, that the change moves. New rows are kept as they are added."""
        session = self.session.sync_session
        if session.deleted or session.dirty:
            await self.session.run_sync(self._flush)

    def _keys(self) -> dict[values.CouncilKey, uuid.UUID]:
        if self._key_index is None or len(self._key_index) != len(self._councils):
            self._key_index = {council_key(c): c.id for c in self._councils.values()}
        return self._key_index

    def _held(self, council_id: uuid.UUID) -> bool:
        council = self._councils.get(council_id)
        return council is not None and not inspect(council).expired_attributes

    # Councils

    async def lock_councils(self, keys: Iterable[values.CouncilKey]) -> None:
        """Lock the councils with these keys that exist, in the order of their ids (as one statement:
        two imports lock their councils in the same order, and neither waits for the other forever)."""
        wanted = [and_(*_keyed(key)) for key in set(keys)]
        if not wanted:
            return
        statement = (
            select(Council, Specialty.responsible_region_code)
            .outerjoin(Specialty, Specialty.code == Council.specialty_code)
            .where(or_(*wanted))
            .order_by(Council.id)
            .with_for_update(of=Council)
        )
        responsible = self.session.info.setdefault(_RESPONSIBLE_REGIONS, {})
        for council, region in (await self.session.execute(statement)).all():
            self._councils[council.id] = council
            self._locked.add(council.id)
            if council.specialty_code is not None:
                responsible[council.specialty_code] = region

    async def council(self, council_id: uuid.UUID, *, for_update: bool = False) -> Council | None:
        if self._held(council_id):
            return self._councils[council_id]
        council = await super().council(council_id, for_update=for_update)
        if council is not None and (for_update or council.id in self._locked):
            self._councils[council.id] = council
        return council

    async def council_by_key(self, key: values.CouncilKey, *, for_update: bool = False) -> Council | None:
        held = self._keys().get(key)
        if held is not None and self._held(held):
            return self._councils[held]
        council = await super().council_by_key(key, for_update=for_update)
        if council is not None and (for_update or council.id in self._locked):
            self._councils[council.id] = council
        return council

    async def all_councils(
        self,
        *,
        region: str | None = None,
        specialty: str | None = None,
        kind: values.CouncilKind | None = None,
    ) -> list[Council]:
        if region is None or specialty is not None or kind is not None:
            return await super().all_councils(region=region, specialty=specialty, kind=kind)
        await self._settled()
        if region not in self._in_region:
            self._in_region[region] = await super().all_councils(region=region)
        return list(self._in_region[region])

    async def appointing_trusts_of(self, council_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        if not council_ids or not all(self._held(c) for c in council_ids):
            return await super().appointing_trusts_of(council_ids)
        await self._settled()
        missing = [c for c in council_ids if c not in self._appointing]
        if missing:
            found = await super().appointing_trusts_of(missing)
            self._appointing.update({c: found.get(c, []) for c in missing})
        return {c: list(self._appointing[c]) for c in council_ids if self._appointing[c]}

    async def replace_appointing_trusts(self, council_id: uuid.UUID, trust_codes: Sequence[str]) -> None:
        self._appointing.pop(council_id, None)
        await super().replace_appointing_trusts(council_id, trust_codes)

    # Seats and elections

    async def representatives(self, council_id: uuid.UUID) -> list[Representative]:
        if not self._held(council_id):
            return await super().representatives(council_id)
        await self._settled()
        if council_id not in self._seats:
            self._seats[council_id] = await super().representatives(council_id)
        return list(self._seats[council_id])

    async def seats_overlapping(self, council_id: uuid.UUID, term: Term) -> list[Seat]:
        if not self._held(council_id):
            return await super().seats_overlapping(council_id, term)
        return [
            seat_value(r)
            for r in await self.representatives(council_id)
            if (r.ends_on is None or r.ends_on >= term.starts_on)
            and (term.ends_on is None or r.starts_on <= term.ends_on)
        ]

    async def elections(self, council_id: uuid.UUID) -> list[LeadershipElection]:
        if not self._held(council_id):
            return await super().elections(council_id)
        await self._settled()
        if council_id not in self._elections:
            self._elections[council_id] = await super().elections(council_id)
        return list(self._elections[council_id])

    async def leadership_history(self, council_id: uuid.UUID) -> list[Any]:
        if not self._held(council_id):
            return await super().leadership_history(council_id)
        return [election_value(e) for e in await self.elections(council_id)]

    # People and reference data

    async def read_people(self, hpr_numbers: Iterable[str]) -> None:
        """Read the people with these HPR numbers, few queries for all: a file names thousands."""
        wanted = sorted(set(hpr_numbers) - self._by_hpr.keys())
        for start in range(0, len(wanted), _PEOPLE_CHUNK):
            chunk = wanted[start : start + _PEOPLE_CHUNK]
            found = await self.session.scalars(select(Person).where(Person.hpr_number.in_(chunk)))
            self._by_hpr.update(dict.fromkeys(chunk))
            for person in found:
                if person.hpr_number:
                    self._by_hpr[person.hpr_number] = person
                    self._hpr_of[person.id] = person.hpr_number

    async def person_by_hpr(self, hpr_number: str) -> Person | None:
        await self._settled()
        if hpr_number not in self._by_hpr:
            person = self._by_hpr[hpr_number] = await super().person_by_hpr(hpr_number)
            if person is not None:
                self._hpr_of[person.id] = hpr_number
        return self._by_hpr[hpr_number]

    async def person(self, person_id: uuid.UUID) -> Person | None:
        return self._people.get(person_id) or await super().person(person_id)

    async def people_by_id(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Person]:
        ids = set(ids)
        people = {i: self._people[i] for i in ids if i in self._people}
        if len(people) < len(ids):
            people |= await super().people_by_id(ids - people.keys())
        return people

    async def region(self, code: str) -> Region | None:
        # Held here: the session's identity map holds rows weakly, and would read them again.
        if (Region, code) not in self._reference:
            self._reference[(Region, code)] = await super().region(code)
        return self._reference[(Region, code)]  # type: ignore[no-any-return]

    async def specialty(self, code: str) -> Specialty | None:
        if (Specialty, code) not in self._reference:
            self._reference[(Specialty, code)] = await super().specialty(code)
        return self._reference[(Specialty, code)]  # type: ignore[no-any-return]

    # Meetings

    async def meeting(self, meeting_id: uuid.UUID, *, for_update: bool = False) -> Meeting | None:
        known = self._meetings.get(meeting_id)
        if known is not None and not inspect(known).expired_attributes:
            return known
        meeting = await super().meeting(meeting_id, for_update=for_update)
        if meeting is not None and for_update:
            self._meetings[meeting.id] = meeting
        return meeting

    async def refresh(self, row: Any) -> None:
        """A meeting this transaction made and has flushed is in the database as the session holds it:
        read back, only its timestamps would change, to the same moments in UTC. (A meeting with
        changes not flushed, or attributes the database set, is read.)"""
        state = inspect(row)
        made = isinstance(row, Meeting) and row.id in self._made
        if not made or not (
            state.transient
            or state.pending
            or (state.persistent and not state.modified and not state.expired_attributes)
        ):
            await super().refresh(row)
            return
        for name in _MOMENTS:
            moment = getattr(row, name)
            if moment is not None:
                set_committed_value(row, name, moment.astimezone(UTC))

    async def attendance(self, meeting_ids: Sequence[uuid.UUID]) -> list[MeetingAttendance]:
        await self._settled()
        if meeting_ids and all(m in self._unattended for m in meeting_ids):
            return []
        return await super().attendance(meeting_ids)

    async def replace_attendance(self, meeting_id: uuid.UUID, rows: Iterable[MeetingAttendance]) -> None:
        self._unattended.discard(meeting_id)
        await self.write_new_rows()  # the meeting first: the attendance rows are flushed directly
        await super().replace_attendance(meeting_id, rows)


class ImportStore:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.session = repo.session

    @asynccontextmanager
    async def attempt(self) -> AsyncIterator[None]:
        """A savepoint: what the block writes stays when it ends normally, and is undone, its queued
        audit entries and events with it, when it raises (the error goes on)."""
        savepoint, mark = await self.savepoint()
        try:
            yield
            await self.write_new_rows()
        except BaseException:
            await self.undo(savepoint, mark)
            raise
        await savepoint.commit()

    async def savepoint(self) -> tuple[AsyncSessionTransaction, dict[Table, int]]:
        """A savepoint, and the mark of the audit entries and events queued before it."""
        await self.write_new_rows()
        mark = pending_rows_mark(self.session)
        return await self.session.begin_nested(), mark

    async def write_new_rows(self) -> None:
        if isinstance(self.repo, ImportRepository):
            await self.repo.write_new_rows()

    async def undo(self, savepoint: AsyncSessionTransaction, mark: dict[Table, int]) -> None:
        """Roll `savepoint` back, and forget the audit entries and events queued since `mark`."""
        await savepoint.rollback()
        discard_pending_rows_since(self.session, mark)
        if isinstance(self.repo, ImportRepository):
            self.repo.forget()

    @asynccontextmanager
    async def changes_by(self, import_id: uuid.UUID) -> AsyncIterator[None]:
        """The audit entries and events written in the block name the import."""
        self.session.info[IMPORT_ID] = import_id
        try:
            yield
        finally:
            self.session.info.pop(IMPORT_ID, None)

    async def people_named(self, name: str, email: str | None) -> list[Person]:
        """The people with this name (spaces and case aside) and, when given, this e-mail."""
        folded = " ".join(name.split()).lower()
        statement = select(Person).where(func.lower(Person.name) == folded)
        if email is not None:
            statement = statement.where(func.lower(Person.email) == email.lower())
        return list((await self.session.scalars(statement)).all())

    def record(
        self,
        import_id: uuid.UUID,
        actor: Principal,
        *,
        media_type: str,
        file_sha256: str,
        file_bytes: int,
        commit: bool,
        state: str,
        report: dict[str, Any],
    ) -> DataImport:
        row = DataImport(
            id=import_id,
            principal_kind=actor.kind,
            principal_subject=actor.subject,
            org_number=actor.org_number,
            media_type=media_type,
            file_sha256=file_sha256,
            file_bytes=file_bytes,
            commit=commit,
            state=state,
            report=report,
        )
        self.session.add(row)
        return row

    async def get(self, import_id: uuid.UUID) -> DataImport | None:
        return await self.session.get(DataImport, import_id)
