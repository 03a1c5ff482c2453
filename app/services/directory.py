"""The public contact directory, built in a constant number of queries whatever the number of councils
and seats: councils, the seats held on the date, the people in them, the elections, the next meetings,
and the reference data they name."""

import csv
import io
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.contract.directory import (
    CSV_COLUMNS,
    Directory,
    DirectoryContact,
    DirectoryCouncil,
    DirectoryDeputy,
    DirectoryMeeting,
    DirectoryRegUt,
    DirectoryRepresentative,
)
from app.domain.leadership import Leadership, Role, leadership_in_force
from app.domain.meetings import MeetingFormat
from app.domain.seats import SeatKind
from app.domain.values import CouncilKind, MemberRole
from app.services.councils import require_known_filters
from app.storage.repository import Repository, election_value, seat_value
from app.storage.tables import Council, Person, Region, Representative, Specialty


@dataclass(frozen=True)
class DirectoryAnswer:
    directory: Directory
    last_modified: datetime | None
    """The newest change of anything it shows (a seat withdrawn leaves no trace in it: the ETag, not
    this, tells every change)."""
    valid_until: datetime | None
    """When it changes without a write: the first of the next meetings begins."""


def _published_email(person: Person) -> str | None:
    """What the public directory shows: an e-mail the person agreed to publish, unless their data is
    restricted (kept, shown to no one)."""
    return person.email if person.publish_email and person.restricted_at is None else None


def _contact(person: Person | None) -> DirectoryContact | None:
    if person is None:
        return None
    return DirectoryContact(
        id=person.id,
        name=person.name,
        title=person.title,
        email=_published_email(person),
    )


def _regut(region: Region | None) -> DirectoryRegUt | None:
    if region is None:
        return None
    return DirectoryRegUt(region=region.code, name=region.regut_name, email=region.regut_email)


def _seat_order(row: Representative, people: dict[uuid.UUID, Person]) -> tuple[str, ...]:
    return (row.seat, row.trust_code or row.region_code or "", row.role or "", people[row.person_id].name)


async def directory(
    repo: Repository,
    *,
    region: str | None,
    specialty: str | None,
    kind: CouncilKind | None,
    on: date,
    now: datetime,
) -> DirectoryAnswer:
    councils = [
        c
        for c in await repo.all_councils(region=region, specialty=specialty, kind=kind)
        if c.dissolved_on is None or c.dissolved_on >= on  # a dissolved council has no one to contact
    ]
    if not councils:
        await require_known_filters(repo, region=region, specialty=specialty)
    ids = [c.id for c in councils]
    seats = await repo.sitting_of(ids, on)
    elections = await repo.elections_of(ids)
    meetings = await repo.next_meetings(ids, now)
    named = {r.person_id for r in seats} | {r.deputy_person_id for r in seats if r.deputy_person_id}
    people = await repo.people_by_id(named)
    regions = {r.code: r for r in await repo.all_regions()}
    every_trust = await repo.all_health_trusts()
    trusts = {t.code: t.name for t in every_trust}
    specialties = {s.code: s for s in await repo.all_specialties()}

    seats_by_council: dict[uuid.UUID, list[Representative]] = defaultdict(list)
    for row in seats:
        seats_by_council[row.council_id].append(row)
    elections_by_council: dict[uuid.UUID, list[Leadership]] = defaultdict(list)
    for election in elections:
        elections_by_council[election.council_id].append(election_value(election))

    items = []
    changed: list[datetime] = [c.updated_at for c in councils]
    for council in councils:
        rows = sorted(seats_by_council[council.id], key=lambda r: _seat_order(r, people))
        current = leadership_in_force(elections_by_council[council.id], [seat_value(r) for r in rows], on)

        def holder(person: str | None) -> DirectoryContact | None:
            return _contact(people.get(uuid.UUID(person))) if person else None

        meeting = meetings.get(council.id)
        items.append(
            DirectoryCouncil(
                id=council.id,
                kind=CouncilKind(council.kind),
                name=council.name,
                specialty=council.specialty_code,
                specialty_name=specialties[council.specialty_code].name_nb
                if council.specialty_code
                else None,
                region=council.region_code,
                contact_email=council.contact_email,
                regut=_regut(regions.get(_regut_region(council, specialties) or "")),
                leader=holder(current.leader) if current else None,
                deputy_leader=holder(current.deputy_leader) if current else None,
                coordinator=holder(current.coordinator) if current else None,
                representatives=[
                    _representative(
                        row, people, trusts, current.roles_of(str(row.person_id)) if current else []
                    )
                    for row in rows
                ],
                next_meeting=DirectoryMeeting(
                    id=meeting.id,
                    starts_at=meeting.starts_at,
                    ends_at=meeting.ends_at,
                    format=MeetingFormat(meeting.format),
                    location=meeting.location,
                )
                if meeting
                else None,
            )
        )
    changed += [r.updated_at for r in seats] + [p.updated_at for p in people.values()]
    changed += [e.recorded_at for e in elections] + [m.updated_at for m in meetings.values()]
    changed += [r.updated_at for r in regions.values()] + [s.updated_at for s in specialties.values()]
    changed += [t.updated_at for t in every_trust]
    return DirectoryAnswer(
        directory=Directory(on=on, items=items),
        last_modified=max(changed, default=None),
        valid_until=min((m.starts_at for m in meetings.values()), default=None),
    )


def _regut_region(council: Council, specialties: dict[str, Specialty]) -> str | None:
    """The RegUt to contact: the region's; for an inter-regional council, the specialty's responsible one."""
    if council.region_code is not None:
        return council.region_code
    specialty = specialties.get(council.specialty_code or "")
    return specialty.responsible_region_code if specialty else None


def _representative(
    row: Representative, people: dict[uuid.UUID, Person], trusts: dict[str, str], roles: list[Role]
) -> DirectoryRepresentative:
    person = people[row.person_id]
    deputy = people.get(row.deputy_person_id) if row.deputy_person_id else None
    return DirectoryRepresentative(
        id=row.id,
        name=person.name,
        title=person.title,
        email=_published_email(person),
        seat=SeatKind(row.seat),
        role=MemberRole(row.role) if row.role else None,
        trust=row.trust_code,
        trust_name=trusts.get(row.trust_code) if row.trust_code else None,
        region=row.region_code,
        leadership=roles,
        deputy=DirectoryDeputy(name=deputy.name, title=deputy.title, email=_published_email(deputy))
        if deputy
        else None,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, CSV injection)."""


def _cell(value: str) -> str:
    """Text people typed (a name, a title) is never run as a formula when the file is opened."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def directory_csv(directory: Directory, delimiter: str = ",") -> bytes:
    """One row per representative, a council without any as one row; UTF-8 with a byte-order mark, which
    Excel needs to read Norwegian letters. The columns a program reads: codes, ids, ISO dates."""
    text = io.StringIO()
    writer = SafeWriter(csv.writer(text, delimiter=delimiter, lineterminator="\r\n"))
    writer.writerow(CSV_COLUMNS)
    for council in directory.items:
        common = [
            str(council.id),
            council.kind.value,
            council.name,
            council.specialty or "",
            council.specialty_name or "",
            council.region or "",
            council.contact_email or "",
            council.regut.name if council.regut else "",
            (council.regut.email or "") if council.regut else "",
        ]
        meeting = council.next_meeting.model_dump(mode="json")["starts_at"] if council.next_meeting else ""
        if not council.representatives:
            writer.writerow([*common, *([""] * 13), meeting])
        for seat in council.representatives:
            writer.writerow(
                [
                    *common,
                    str(seat.id),
                    seat.name,
                    seat.title or "",
                    seat.email or "",
                    seat.seat.value,
                    seat.role.value if seat.role else "",
                    seat.trust or "",
                    seat.trust_name or "",
                    seat.region or "",
                    " ".join(role.value for role in seat.leadership),
                    seat.deputy.name if seat.deputy else "",
                    seat.starts_on.isoformat(),
                    seat.ends_on.isoformat() if seat.ends_on else "",
                    meeting,
                ]
            )
    return ("\ufeff" + text.getvalue()).encode("utf-8")


class SafeWriter:
    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[str]) -> None:
        self._writer.writerow([_cell(value) for value in row])
