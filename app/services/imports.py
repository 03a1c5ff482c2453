"""Imports: a RegUt's spreadsheet of councils, members, leadership and past meetings, applied row by
row through the same use cases as single writes, in date order, all or nothing.

Every row ends as if it ran in a savepoint of its own within the request's one transaction: a refused
row is undone (its audit entries and events with it) and the next goes on, so the report names every
broken rule of every row. (Rows run a hundred to a savepoint, and again one by one where one of them is
refused: `_Importer.apply_all`.) A dry run, or an import with a refused row, is then undone whole; a
commit keeps everything, with one `import.completed` event. The audit entries and events of the
changes name the import.

The use cases read and write through `ImportRepository`, which holds the councils of the file locked
from the first row to the last and keeps what they read of them: the rules are the single writes'
own, checked against the same facts, without asking the database for them again row after row.
"""

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ValidationError

from app.clock import OSLO
from app.contract.audit import AuditEntity
from app.contract.councils import CouncilCreate, CouncilUpdate
from app.contract.imports import (
    CSV,
    XLSX,
    CellProblem,
    ImportCounts,
    ImportPublic,
    ImportRow,
    ImportState,
    RowOutcome,
)
from app.contract.meetings import MeetingCreate, MeetingUpdate, MinutesRecord
from app.contract.seats import (
    DeputyDesignation,
    LeadershipElectionRequest,
    PersonById,
    PersonCreate,
    PersonUpdate,
    RegionAppointment,
    RepresentativeCreate,
    RepresentativeUpdate,
    RoleAppointment,
    TraineeAppointment,
    TrustAppointment,
)
from app.domain import imports as rules
from app.domain.authority import NotPermitted, Principal, check_may_manage_council
from app.domain.errors import RuleBroken
from app.domain.imports import (
    Cell,
    Check,
    CouncilRow,
    LeadershipRow,
    MeetingRow,
    PersonFacts,
    PersonMention,
    Row,
    SeatRow,
)
from app.domain.imports import Problem as CellFinding
from app.domain.seats import SeatKind
from app.domain.values import CouncilKey, CouncilKind
from app.services import councils as council_service
from app.services import meetings as meeting_service
from app.services import seats as seat_service
from app.services.common import record_change
from app.services.errors import ApplicationError, UnsupportedFile, invalid, not_found
from app.services.workbooks import Limits, read_csv, read_xlsx, write_template
from app.storage.imports import ImportRepository, ImportStore
from app.storage.repository import Repository
from app.storage.tables import Council, DataImport, Person

ROWS_PER_SAVEPOINT = 100
"""Rows applied in one savepoint (`_Importer.apply_all`): a refused row costs its hundred again."""
MINUTES_TEXT = "Referat ført (registrert ved import fra regneark; referatet ligger i rådets arkiv)."


class _Refused(Exception):
    def __init__(self, problems: list[CellFinding]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def _no_precondition(_: BaseModel) -> None:
    """An import compares with what the registry holds row by row; it sends no If-Match."""


@dataclass(frozen=True)
class _Held:
    """What an import compares of a meeting it holds already."""

    id: uuid.UUID
    ends_at: datetime
    format: str
    location: str | None
    minutes: bool


class _Completed(BaseModel):
    import_id: uuid.UUID
    rows: int
    created: int
    changed: int
    unchanged: int


def _refusal(row: Row, error: Exception) -> list[CellFinding]:
    """A single write's refusal, at the cells of the row it points to."""
    if isinstance(error, RuleBroken):
        return [CellFinding(v.rule, v.message, rules.cell_of(row, v.pointer)) for v in error.violations]
    if isinstance(error, NotPermitted):
        return [CellFinding(error.rule or "FORBIDDEN", error.message, row.at)]
    if isinstance(error, ApplicationError):
        code = error.rule or {"InvalidInput": "REQUEST-INVALID", "Conflict": "CONFLICT"}.get(
            type(error).__name__, "REQUEST-INVALID"
        )
        return [CellFinding(code, error.message, rules.cell_of(row, error.pointer))]
    if isinstance(error, ValidationError):
        return [
            CellFinding(
                "REQUEST-INVALID",
                str(e["msg"]).removeprefix("Value error, "),
                rules.cell_of(row, "/" + "/".join(str(p) for p in e["loc"])),
            )
            for e in error.errors()
        ]
    raise error


class _Importer:
    def __init__(self, repo: Repository, actor: Principal, today: date, now: datetime) -> None:
        self.repo, self.actor, self.today, self.now = repo, actor, today, now
        self.store = ImportStore(repo)
        self.councils: dict[CouncilKey, uuid.UUID] = {}
        self.meetings: dict[uuid.UUID, dict[datetime, _Held]] = {}

    def forget(self) -> None:
        """After a refused row, whose savepoint took back what it wrote: read again what was kept."""
        self.meetings.clear()
        self.councils.clear()

    async def council_id(self, row: Row) -> uuid.UUID:
        """The council the row names, for a use case that reads (and locks) it itself."""
        if row.key in self.councils:
            return self.councils[row.key]
        return (await self.council(row, lock=False)).id

    # Councils

    async def council(self, row: Row, *, lock: bool = True) -> Council:
        council_id = self.councils.get(row.key)
        council = await self.repo.council(council_id, for_update=lock) if council_id else None
        if council is None:
            council = await self.repo.council_by_key(row.key, for_update=lock)
        if council is None:
            name = " / ".join(part for part in (row.key.kind, row.key.specialty, row.key.region) if part)
            raise _Refused(
                [
                    CellFinding(
                        Check.UNKNOWN,
                        f"no council {name} is registered: add it to the councils sheet (Råd)",
                        Cell(row.at.sheet, row.at.row, row.columns.get("specialty")),
                    )
                ]
            )
        self.councils[row.key] = council.id
        return council

    async def authorise(self, keys: set[CouncilKey]) -> None:
        """A RegUt imports for its own region's councils and bodies and the inter-regional councils it
        is responsible for; an administrator for any (as `check_may_manage_council` says)."""
        for key in sorted(keys, key=lambda k: (k.kind, k.specialty or "", k.region or "")):
            specialty = await self.repo.specialty(key.specialty) if key.specialty else None
            check_may_manage_council(
                self.actor, key, specialty.responsible_region_code if specialty else None
            )

    async def apply_council(self, row: CouncilRow) -> RowOutcome:
        council = await self.repo.council_by_key(row.key, for_update=True)
        if council is None:
            request = CouncilCreate(
                kind=row.key.kind,
                specialty=row.key.specialty,
                region=row.key.region,
                contact_email=row.contact_email,
                established_on=row.established_on,
            )
            created = await council_service.establish_council(self.repo, self.actor, request, self.today)
            self.councils[row.key] = created.id
            return RowOutcome.CREATED
        self.councils[row.key] = council.id
        changes: dict[str, Any] = {}
        if council.established_on != row.established_on:
            changes["established_on"] = row.established_on
        if row.contact_email is not None and council.contact_email != row.contact_email:
            changes["contact_email"] = row.contact_email
        if not changes:
            return RowOutcome.UNCHANGED
        await council_service.change_council(
            self.repo, self.actor, council, CouncilUpdate.model_validate(changes)
        )
        return RowOutcome.CHANGED

    # People

    async def person(self, row: Row, facts: PersonFacts, column: str) -> tuple[Person | None, bool]:
        """The registered person the row names, and whether their record changes: by HPR number, else
        by name and e-mail; None when no one is registered yet. An ambiguous match is refused."""
        cell = Cell(row.at.sheet, row.at.row, row.columns.get(column))
        if facts.hpr_number:
            known = await self.repo.person_by_hpr(facts.hpr_number)
            if known is not None and not rules.same_name(known.name, facts.name):
                raise _Refused(
                    [
                        CellFinding(
                            Check.AMBIGUOUS_PERSON,
                            f"HPR number {facts.hpr_number} is registered to person {known.id}, under "
                            "another name: check the number or the name",
                            cell,
                        )
                    ]
                )
            if known is not None:
                return known, await self.update_person(known, facts)
            return None, False
        found = await self.store.people_named(facts.name, facts.email)
        if len(found) > 1:
            who = "name and e-mail" if facts.email else "name (and no e-mail is given)"
            raise _Refused(
                [
                    CellFinding(
                        Check.AMBIGUOUS_PERSON,
                        f"{len(found)} registered people have this {who}: give the HPR number",
                        cell,
                    )
                ]
            )
        if found:
            return found[0], await self.update_person(found[0], facts)
        return None, False

    async def update_person(self, person: Person, facts: PersonFacts) -> bool:
        changes = {
            name: getattr(facts, name)
            for name in ("title", "hpr_number", "email", "phone")
            if getattr(facts, name) is not None and getattr(person, name) != getattr(facts, name)
        }
        if facts.publish_email != person.publish_email:
            changes["publish_email"] = facts.publish_email
        if not changes:
            return False
        await seat_service.correct_person(
            self.repo,
            self.actor,
            person.id,
            PersonUpdate.model_validate(changes),
            self.today,
            _no_precondition,
        )
        return True

    async def reference(
        self, row: Row, facts: PersonFacts, column: str
    ) -> tuple[PersonById | PersonCreate, bool]:
        person, changed = await self.person(row, facts, column)
        if person is not None:
            return PersonById(id=person.id), changed
        return (
            PersonCreate(
                name=facts.name,
                title=facts.title,
                hpr_number=facts.hpr_number,
                email=facts.email,
                phone=facts.phone,
                publish_email=facts.publish_email,
            ),
            False,
        )

    # Seats

    def appointment(self, row: SeatRow, person: Any, deputy: Any) -> RepresentativeCreate:
        common: dict[str, Any] = {
            "person": person,
            "deputy": deputy,
            "starts_on": row.starts_on,
            "ends_on": row.ends_on,
            "qualifications": {
                "specialist_in_specialty": row.specialist,
                "senior_consultant": row.senior_consultant,
                "trainee": row.trainee,
            },
        }
        if not row.key.kind.has_specialty:
            return RoleAppointment.model_validate(
                common | {"role": row.role, "trust": row.trust, "position_share": row.position_share}
            )
        if row.seat is SeatKind.TRAINEE:
            return TraineeAppointment.model_validate(common | {"seat": SeatKind.TRAINEE})
        if row.key.kind is CouncilKind.INTERREGIONAL:
            return RegionAppointment.model_validate(common | {"region": row.region})
        return TrustAppointment.model_validate(common | {"trust": row.trust})

    async def apply_seat(self, row: SeatRow) -> RowOutcome:
        council = await self.council(row)
        person, person_changed = await self.reference(row, row.person, "name")
        deputy = None
        if row.deputy is not None:
            deputy_column = "deputy_of"
            deputy, deputy_changed = await self.reference(row, row.deputy, deputy_column)
            person_changed = person_changed or deputy_changed
        existing = None
        if isinstance(person, PersonById):
            existing = next(
                (
                    s
                    for s in await self.repo.representatives(council.id)
                    if s.person_id == person.id and s.starts_on == row.starts_on
                ),
                None,
            )
        if existing is None:
            await seat_service._appoint(
                self.repo, self.actor, council, self.appointment(row, person, deputy), self.today
            )
            return RowOutcome.CREATED
        fixed = (existing.seat, existing.trust_code, existing.role) != (
            row.seat.value,
            row.trust,
            row.role.value if row.role else None,
        ) or (row.key.kind is CouncilKind.INTERREGIONAL and existing.region_code != row.region)
        if fixed:
            raise _Refused(
                [
                    CellFinding(
                        Check.FIXED,
                        "the registered seat from this day has another kind, trust, region or role: a seat "
                        "keeps them; withdraw it or end it instead",
                        row.at,
                    )
                ]
            )
        changed = person_changed
        if existing.ends_on != row.ends_on:
            await seat_service.change_representative(
                self.repo,
                self.actor,
                existing.id,
                RepresentativeUpdate.model_validate({"ends_on": row.ends_on}),
                self.today,
                _no_precondition,
            )
            changed = True
        wanted_deputy = deputy.id if isinstance(deputy, PersonById) else None
        if existing.deputy_person_id != wanted_deputy or isinstance(deputy, PersonCreate):
            await seat_service.designate_deputy(
                self.repo,
                self.actor,
                existing.id,
                DeputyDesignation(deputy=deputy),
                self.today,
                _no_precondition,
            )
            changed = True
        return RowOutcome.CHANGED if changed else RowOutcome.UNCHANGED

    # Leadership

    async def holders(self, row: LeadershipRow, council_id: uuid.UUID) -> dict[str, uuid.UUID | None]:
        """The people the row names, among those who held a seat on the council by its date."""
        seats = [s for s in await self.repo.representatives(council_id) if s.starts_on <= row.effective_on]
        people = (await self.repo.people_by_id({s.person_id for s in seats})).values()
        holders: dict[str, uuid.UUID | None] = {}
        for role in ("leader", "deputy_leader", "coordinator"):
            mention: PersonMention | None = getattr(row, role)
            if mention is None:
                holders[role] = None
                continue
            found = [
                p
                for p in people
                if (mention.hpr_number and p.hpr_number == mention.hpr_number)
                or (mention.name and rules.same_name(p.name, mention.name))
            ]
            if len(found) != 1:
                named = mention.hpr_number or mention.name
                why = "no one" if not found else "more than one person"
                raise _Refused(
                    [
                        CellFinding(
                            Check.AMBIGUOUS_PERSON if found else Check.UNKNOWN,
                            f"{why} of the council's representatives by then is {named!r}",
                            Cell(row.at.sheet, row.at.row, row.columns.get(role)),
                        )
                    ]
                )
            holders[role] = found[0].id
        return holders

    async def apply_leadership(self, row: LeadershipRow) -> RowOutcome:
        council_id = await self.council_id(row)
        holders = await self.holders(row, council_id)
        existing = next(
            (e for e in await self.repo.elections(council_id) if e.effective_on == row.effective_on), None
        )
        if existing is not None and (
            existing.leader_id,
            existing.deputy_leader_id,
            existing.coordinator_id,
        ) == (holders["leader"], holders["deputy_leader"], holders["coordinator"]):
            return RowOutcome.UNCHANGED
        await seat_service.elect_leadership(
            self.repo,
            self.actor,
            council_id,
            LeadershipElectionRequest(effective_on=row.effective_on, **holders),
            self.today,
            _no_precondition,
        )
        return RowOutcome.CREATED if existing is None else RowOutcome.CHANGED

    # Meetings

    async def meetings_of(self, council_id: uuid.UUID) -> dict[datetime, _Held]:
        """The council's meetings by start, read once per import and kept up to date as rows add them:
        a query per meeting row would cost more than the row's own write."""
        if council_id not in self.meetings:
            self.meetings[council_id] = {
                m.starts_at: _Held(m.id, m.ends_at, m.format, m.location, m.minutes is not None)
                for m in await self.repo.meetings([council_id])
                if m.cancelled_at is None
            }
        return self.meetings[council_id]

    async def apply_meeting(self, row: MeetingRow) -> RowOutcome:
        council_id = await self.council_id(row)
        known = await self.meetings_of(council_id)
        existing = known.get(row.starts_at)
        if existing is None:
            created = await meeting_service.schedule_meeting(
                self.repo,
                self.actor,
                council_id,
                MeetingCreate(
                    starts_at=row.starts_at, ends_at=row.ends_at, format=row.format, location=row.location
                ),
                self.now,
            )
            if row.minutes_recorded:
                await meeting_service.record_minutes(
                    self.repo,
                    self.actor,
                    created.id,
                    MinutesRecord(text=MINUTES_TEXT),
                    self.now,
                    _no_precondition,
                )
            known[row.starts_at] = _Held(
                created.id, row.ends_at, created.format.value, row.location, row.minutes_recorded
            )
            return RowOutcome.CREATED
        changes: dict[str, Any] = {}
        if existing.ends_at != row.ends_at:
            changes["ends_at"] = row.ends_at
        if row.format is not None and existing.format != row.format.value:
            changes["format"] = row.format
        if row.location is not None and existing.location != row.location:
            changes["location"] = row.location
        changed = False
        if changes:
            await meeting_service.change_meeting(
                self.repo,
                self.actor,
                existing.id,
                MeetingUpdate.model_validate(changes),
                self.now,
                _no_precondition,
            )
            changed = True
        if row.minutes_recorded and not existing.minutes:
            await meeting_service.record_minutes(
                self.repo,
                self.actor,
                existing.id,
                MinutesRecord(text=MINUTES_TEXT),
                self.now,
                _no_precondition,
            )
            changed = True
        if changed:
            known[row.starts_at] = _Held(
                existing.id,
                row.ends_at,
                row.format.value if row.format else existing.format,
                row.location or existing.location,
                existing.minutes or row.minutes_recorded,
            )
        return RowOutcome.CHANGED if changed else RowOutcome.UNCHANGED

    async def apply_all(self, rows: list[Row]) -> list[RowOutcome] | None:
        """Apply the rows in one savepoint, kept when every row is; None when one is refused, and then
        nothing of them is kept (`attempt` applies them again, one by one).

        A savepoint per row costs two statements and, on PostgreSQL, a statement prepared for each,
        more than most rows' own writes; but a row refused halfway may have written (a person
        registered for a seat that is then refused), and only its own savepoint undoes just that.
        Rows applied together, then again one by one where one is refused, end exactly as rows applied
        one by one: the second pass starts from where the first did."""
        savepoint, mark = await self.store.savepoint()
        outcomes: list[RowOutcome] = []
        try:
            for row in rows:
                outcomes.append(await self.apply(row))
            await self.store.write_new_rows()
        except (_Refused, RuleBroken, NotPermitted, ApplicationError, ValidationError):
            await self.store.undo(savepoint, mark)
            self.forget()
            return None
        except BaseException:
            await self.store.undo(savepoint, mark)
            raise
        await savepoint.commit()
        return outcomes

    async def attempt(self, row: Row) -> tuple[RowOutcome, list[CellFinding]]:
        """Apply one row in a savepoint of its own: a refused row is undone, and the next goes on."""
        try:
            async with self.store.attempt():
                return await self.apply(row), []
        except _Refused as refused:
            self.forget()
            return RowOutcome.REFUSED, refused.problems
        except (RuleBroken, NotPermitted, ApplicationError, ValidationError) as error:
            self.forget()
            return RowOutcome.REFUSED, _refusal(row, error)

    async def apply(self, row: Row) -> RowOutcome:
        if isinstance(row, CouncilRow):
            return await self.apply_council(row)
        if isinstance(row, SeatRow):
            return await self.apply_seat(row)
        if isinstance(row, LeadershipRow):
            return await self.apply_leadership(row)
        return await self.apply_meeting(row)


async def _reference(repo: Repository) -> rules.Reference:
    def by_code_and_name(rows: list[tuple[str, str]]) -> dict[str, str]:
        table: dict[str, str] = {}
        for code, name in rows:
            table[code.casefold()] = code
            table[" ".join(name.split()).casefold()] = code
        return table

    return rules.Reference(
        regions=by_code_and_name([(r.code, r.name) for r in await repo.all_regions()]),
        trusts=by_code_and_name([(t.code, t.name) for t in await repo.all_health_trusts()]),
        specialties=by_code_and_name([(s.code, s.name_nb) for s in await repo.all_specialties()]),
    )


def read_file(data: bytes, media_type: str, limits: Limits) -> list[Any]:
    kind = media_type.split(";")[0].strip().lower()
    if kind == XLSX:
        return read_xlsx(data, limits)
    if kind in (CSV, "application/csv"):
        return read_csv(data, limits)
    raise UnsupportedFile(f"{kind or 'no media type'} is not read: send {XLSX} or {CSV}")


ProgressCallback = Any
"""Called with (rows done, rows in all) as rows are applied: the CLI's progress bar."""


async def run_import(
    repo: Repository,
    actor: Principal,
    data: bytes,
    media_type: str,
    limits: Limits,
    *,
    commit: bool,
    today: date,
    now: datetime,
    progress: ProgressCallback = None,
) -> ImportPublic:
    """Read the file, apply its rows in date order (each as if in a savepoint), and keep them only when
    `commit` and none was refused. The import's record is written either way."""
    sheets = read_file(data, media_type, limits)
    importing = ImportRepository(repo.session)
    try:
        return await _run(importing, actor, sheets, data, media_type, commit, today, now, progress)
    finally:
        importing.close()


async def _run(
    repo: ImportRepository,
    actor: Principal,
    sheets: list[Any],
    data: bytes,
    media_type: str,
    commit: bool,
    today: date,
    now: datetime,
    progress: ProgressCallback,
) -> ImportPublic:
    reading = rules.Reading()
    deputies: list[rules.DeputyRow] = []
    reference = await _reference(repo)
    for found in sheets:
        columns, missing = rules.columns_of(found.sheet, found.header)
        if missing:
            raise_missing(found.sheet, missing)
        rules.read_sheet(found.sheet, columns, found.rows, reference, OSLO, reading, deputies)
    rules.attach_deputies(reading, deputies)
    importer = _Importer(repo, actor, today, now)
    await importer.authorise({row.key for row in reading.rows})
    # Before the first savepoint, so that a row rolled back keeps them: each single write would lock
    # its council; the import holds them all until it ends.
    await repo.lock_councils({row.key for row in reading.rows})
    await repo.read_people(
        facts.hpr_number
        for row in reading.rows
        if isinstance(row, SeatRow)
        for facts in (row.person, row.deputy)
        if facts is not None and facts.hpr_number
    )

    import_id = uuid.uuid4()
    outcomes: dict[Cell, RowOutcome] = {}
    problems = list(reading.problems)
    ordered = rules.in_date_order(reading.rows)
    async with importer.store.changes_by(import_id):
        everything, mark = await importer.store.savepoint()
        for start in range(0, len(ordered), ROWS_PER_SAVEPOINT):
            chunk = ordered[start : start + ROWS_PER_SAVEPOINT]
            applied = await importer.apply_all(chunk)
            if applied is None:
                applied = []
                for row in chunk:
                    outcome, found = await importer.attempt(row)
                    applied.append(outcome)
                    problems += found
            for row, outcome in zip(chunk, applied, strict=True):
                outcomes[row.at] = outcome
                if isinstance(row, SeatRow):
                    outcomes.update(dict.fromkeys(row.deputy_rows, outcome))
            if progress is not None:
                progress(start + len(chunk), len(ordered))
        for cell in reading.refused_rows:
            outcomes[cell] = RowOutcome.REFUSED
        refused = any(o is RowOutcome.REFUSED for o in outcomes.values())
        keep = commit and not refused
        if keep:
            await importer.store.write_new_rows()
            await everything.commit()
        else:
            await importer.store.undo(everything, mark)
    state = ImportState.COMMITTED if keep else ImportState.REFUSED if refused else ImportState.VALIDATED
    counts = Counter(outcomes.values())
    report = ImportPublic(
        id=import_id,
        created_at=now,
        state=state,
        commit=commit,
        media_type=media_type.split(";")[0].strip().lower(),
        file_bytes=len(data),
        file_sha256=hashlib.sha256(data).hexdigest(),
        counts=ImportCounts(
            created=counts[RowOutcome.CREATED],
            changed=counts[RowOutcome.CHANGED],
            unchanged=counts[RowOutcome.UNCHANGED],
            refused=counts[RowOutcome.REFUSED],
        ),
        rows=[
            ImportRow(sheet=c.sheet, row=c.row, outcome=o)
            for c, o in sorted(outcomes.items(), key=_sheet_order)
        ],
        problems=[
            CellProblem(
                rule=p.rule, message=p.message, sheet=p.cell.sheet, row=p.cell.row, column=p.cell.column
            )
            for p in sorted(
                problems, key=lambda p: (_sheet_index(p.cell.sheet), p.cell.row, p.cell.column or "")
            )
        ]
        if refused
        else [],
    )
    row = importer.store.record(
        import_id,
        actor,
        media_type=report.media_type,
        file_sha256=report.file_sha256,
        file_bytes=report.file_bytes,
        commit=commit,
        state=state.value,
        report=report.model_dump(mode="json"),
    )
    await repo.flush()
    report.created_at = row.created_at
    if keep:
        completed = _Completed(
            import_id=import_id,
            rows=len(outcomes),
            created=report.counts.created,
            changed=report.counts.changed,
            unchanged=report.counts.unchanged,
        )
        async with importer.store.changes_by(import_id):
            record_change(
                repo, actor, "import.completed", AuditEntity.IMPORT, str(import_id), None, completed
            )
    return report


def _sheet_index(name: str) -> int:
    return next((i for i, s in enumerate(rules.SHEETS) if s.name == name), len(rules.SHEETS))


def _sheet_order(item: tuple[Cell, RowOutcome]) -> tuple[int, int]:
    return (_sheet_index(item[0].sheet), item[0].row)


def raise_missing(sheet: rules.Sheet, missing: list[str]) -> None:
    headers = ", ".join(f"{sheet.column(m).header} ({m})" for m in missing)
    raise invalid(
        f"sheet {sheet.name} lacks the columns {headers} in its header row", pointer=f"/{sheet.name}/1"
    )


async def read_import(repo: Repository, actor: Principal, import_id: uuid.UUID) -> ImportPublic:
    """An import's state and report, for whoever made it and administrators."""
    row: DataImport | None = await ImportStore(repo).get(import_id)
    if row is None or not (actor.is_admin or row.principal_subject == actor.subject):
        raise not_found(f"import {import_id}")
    return ImportPublic.model_validate(row.report | {"created_at": row.created_at})


async def import_template(repo: Repository) -> bytes:
    """The template workbook, with today's reference data in its drop-down lists."""
    regions = [r.code for r in await repo.all_regions()]
    trusts = [t.code for t in await repo.all_health_trusts()]
    specialties = [s.code for s in await repo.all_specialties() if s.hospital_based]
    return write_template(
        {
            "region": regions,
            "represents_region": regions,
            "trust": trusts,
            "specialty": specialties,
            "seat": ["medlem", "LIS"],
            "kind": [k.value for k in CouncilKind],
            "format": ["digital", "fysisk", "hybrid"],
        }
    )
