"""Meetings: scheduling, changing, cancelling, attendance and minutes (MEETING-ORGANISER for each)."""

import uuid
from datetime import date, datetime, timedelta

from app.clock import date_in_oslo, start_of_day_in_oslo
from app.contract.activity import activity_summary_url
from app.contract.audit import AuditEntity
from app.contract.councils import CouncilPublic
from app.contract.meetings import (
    AgendaItemPublic,
    AttendanceEntry,
    AttendancePublic,
    AttendanceRecord,
    Guest,
    MeetingCancellation,
    MeetingCreate,
    MeetingList,
    MeetingPublic,
    MeetingStatus,
    MeetingUpdate,
    MinutesRecord,
)
from app.domain.authority import Principal, check_may_organise_meetings
from app.domain.councils import check_not_before_established
from app.domain.meetings import (
    AgendaKind,
    AttendanceStatus,
    check_attendance,
    check_meeting_held,
    default_meeting_format,
    meeting_times_problems,
)
from app.domain.meetings import AttendanceEntry as AttendanceValue
from app.domain.profiles import MandateProfile, inviting_kinds, profile_for
from app.domain.values import CouncilKind
from app.services.common import Precondition, council_or_not_found, record_change, responsible_region
from app.services.errors import Conflict, invalid, not_found
from app.services.texts import Language
from app.services.views import council_view
from app.services.wording import Wording
from app.storage.repository import Repository, council_key, meeting_value, seat_value
from app.storage.tables import Council, Meeting, MeetingAttendance


def meeting_view(
    row: Meeting, attendance: list[MeetingAttendance] | None, now: datetime, *, full: bool
) -> MeetingPublic:
    if row.cancelled_at is not None:
        status = MeetingStatus.CANCELLED
    elif row.starts_at <= now:
        status = MeetingStatus.HELD
    else:
        status = MeetingStatus.SCHEDULED
    recorded = full and row.held_recorded_at is not None
    return MeetingPublic(
        id=row.id,
        council_id=row.council_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=status,
        format=row.format,
        location=row.location,
        video_link=row.video_link,
        regut_invited=row.regut_invited,
        convener=row.convener,
        invited_councils=[uuid.UUID(c) for c in row.invited_councils],
        agenda=[
            AgendaItemPublic.model_validate(
                item
                | {
                    "href": activity_summary_url(row.council_id, date_in_oslo(row.starts_at).year)
                    if item["kind"] == AgendaKind.ACTIVITY_SUMMARY
                    else None
                }
            )
            for item in row.agenda
        ],
        cancel_reason=row.cancel_reason,
        sequence=row.sequence,
        attendance=AttendancePublic(
            entries=[
                AttendanceEntry(
                    representative=a.representative_id,
                    status=AttendanceStatus(a.status),
                    deputy=a.deputy_person_id,
                )
                for a in sorted(attendance or [], key=lambda a: str(a.representative_id))
            ],
            regut_present=row.regut_present,
            guests=[Guest.model_validate(g) for g in row.guests],
        )
        if recorded
        else None,
        minutes=row.minutes if full else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def _view(repo: Repository, row: Meeting, now: datetime, *, full: bool) -> MeetingPublic:
    attendance = await repo.attendance([row.id]) if full else None
    return meeting_view(row, attendance, now, full=full)


async def _authorise(repo: Repository, actor: Principal, council: Council) -> None:
    check_may_organise_meetings(actor, council_key(council), await responsible_region(repo, council))


def _check_times(starts_at: datetime, ends_at: datetime) -> None:
    for pointer, message in meeting_times_problems(starts_at, ends_at).items():
        raise invalid(message, pointer=pointer)


async def _record(
    repo: Repository, actor: Principal, event: str, row: Meeting, before: MeetingPublic | None, now: datetime
) -> MeetingPublic:
    await repo.flush()
    await repo.refresh(row)
    after = await _view(repo, row, now, full=True)
    public = await _view(repo, row, now, full=False)
    record_change(repo, actor, event, AuditEntity.MEETING, str(row.id), before, after, event_data=public)
    return after


async def _meeting(
    repo: Repository, meeting_id: uuid.UUID, *, for_update: bool = False
) -> tuple[Council, Meeting]:
    row = await repo.meeting(meeting_id, for_update=for_update)
    if row is None:
        raise not_found(f"meeting {meeting_id}")
    return await council_or_not_found(repo, row.council_id), row


async def _locked_meeting(repo: Repository, meeting_id: uuid.UUID) -> tuple[Council, Meeting]:
    """The meeting and its council, the meeting locked: two organisers' changes apply one after the other."""
    return await _meeting(repo, meeting_id, for_update=True)


async def check_may_schedule(repo: Repository, actor: Principal, council_id: uuid.UUID) -> None:
    """MEETING-ORGANISER over the council, as `schedule_meeting` asks it."""
    await _authorise(repo, actor, await council_or_not_found(repo, council_id))


async def check_may_organise(repo: Repository, actor: Principal, meeting_id: uuid.UUID) -> None:
    """MEETING-ORGANISER over the meeting's council, as every change to the meeting asks it."""
    council, _ = await _meeting(repo, meeting_id)
    await _authorise(repo, actor, council)


def _refuse_if_cancelled(row: Meeting) -> None:
    if row.cancelled_at is not None:
        raise Conflict("the meeting is cancelled; schedule a new one instead")


async def list_meetings(
    repo: Repository,
    council_id: uuid.UUID,
    starting_from: date | None,
    until: date | None,
    now: datetime,
    *,
    full: bool,
) -> MeetingList:
    await council_or_not_found(repo, council_id)
    rows = await repo.meetings(
        [council_id],
        starting_from=start_of_day_in_oslo(starting_from) if starting_from else None,
        starting_before=start_of_day_in_oslo(until + timedelta(days=1)) if until else None,
    )
    attendance = await repo.attendance([r.id for r in rows]) if full else []
    return MeetingList(
        items=[
            meeting_view(r, [a for a in attendance if a.meeting_id == r.id], now, full=full) for r in rows
        ],
        next_cursor=None,
    )


async def read_meeting(
    repo: Repository, meeting_id: uuid.UUID, now: datetime, *, full: bool
) -> MeetingPublic:
    row = await repo.meeting(meeting_id)
    if row is None:
        raise not_found(f"meeting {meeting_id}")
    return await _view(repo, row, now, full=full)


async def _invited_councils(
    repo: Repository, council: Council, profile: MandateProfile, requested: list[uuid.UUID] | None
) -> list[str]:
    """The bodies whose members a new meeting invites: those the request names, of the council's
    region; by default those its mandate invites (HN-FORUM-MEETING-RIGHT)."""
    region = await repo.all_councils(region=council.region_code) if council.region_code else []
    if requested is None:
        return [str(c.id) for c in region if c.kind in profile.invites and c.dissolved_on is None]
    ids = {c.id for c in region if c.id != council.id}
    for index, council_id in enumerate(requested):
        if council_id not in ids:
            raise invalid(
                f"no other council or body of {council.region_code or 'no region'} has the id {council_id}",
                pointer=f"/invited_councils/{index}",
            )
    return sorted({str(c) for c in requested})


async def schedule_meeting(
    repo: Repository, actor: Principal, council_id: uuid.UUID, request: MeetingCreate, now: datetime
) -> MeetingPublic:
    council = await council_or_not_found(repo, council_id)
    await _authorise(repo, actor, council)
    if council.dissolved_on is not None and date_in_oslo(request.starts_at) > council.dissolved_on:
        raise invalid(f"the council was dissolved on {council.dissolved_on}", pointer="/starts_at")
    _check_times(request.starts_at, request.ends_at)
    check_not_before_established(
        council.established_on, date_in_oslo(request.starts_at), "a meeting", "/starts_at"
    )
    profile = profile_for(council_key(council).kind, council.region_code)
    invited = await _invited_councils(repo, council, profile, request.invited_councils)
    row = Meeting(
        council_id=council.id,
        starts_at=request.starts_at,
        ends_at=request.ends_at,
        format=(request.format or default_meeting_format(profile)).value,
        location=request.location,
        video_link=request.video_link,
        regut_invited=request.regut_invited,
        convener=(request.convener or profile.convener).value,
        agenda=[item.model_dump(mode="json") for item in request.agenda],
        invited_councils=invited,
    )
    repo.add(row)
    return await _record(repo, actor, "meeting.scheduled", row, None, now)


async def change_meeting(
    repo: Repository,
    actor: Principal,
    meeting_id: uuid.UUID,
    changes: MeetingUpdate,
    now: datetime,
    precondition: Precondition,
) -> MeetingPublic:
    council, row = await _locked_meeting(repo, meeting_id)
    await _authorise(repo, actor, council)
    before = await _view(repo, row, now, full=True)
    precondition(before)
    _refuse_if_cancelled(row)
    given = changes.model_fields_set
    if row.held_recorded_at is not None and {"starts_at", "ends_at"} & given:
        # Its attendance and minutes say it took place then: moving it would leave minutes on a meeting
        # yet to come (MINUTES-AFTER-MEETING) and carry it into another period of the meeting rules.
        raise Conflict("the meeting's attendance or minutes are recorded; its times can no longer change")
    _check_times(
        changes.starts_at if "starts_at" in given and changes.starts_at else row.starts_at,
        changes.ends_at if "ends_at" in given and changes.ends_at else row.ends_at,
    )
    if "starts_at" in given and changes.starts_at:
        check_not_before_established(
            council.established_on, date_in_oslo(changes.starts_at), "a meeting", "/starts_at"
        )
    for field in ("starts_at", "ends_at", "location", "video_link", "regut_invited"):
        if field in given:
            setattr(row, field, getattr(changes, field))
    if "format" in given and changes.format is not None:
        row.format = changes.format.value
    if "convener" in given and changes.convener is not None:
        row.convener = changes.convener.value
    if "agenda" in given and changes.agenda is not None:
        row.agenda = [item.model_dump(mode="json") for item in changes.agenda]
    row.sequence += 1
    return await _record(repo, actor, "meeting.changed", row, before, now)


async def cancel_meeting(
    repo: Repository, actor: Principal, meeting_id: uuid.UUID, request: MeetingCancellation, now: datetime
) -> MeetingPublic:
    council, row = await _locked_meeting(repo, meeting_id)
    await _authorise(repo, actor, council)
    before = await _view(repo, row, now, full=True)
    _refuse_if_cancelled(row)
    if row.starts_at <= now:
        raise Conflict("the meeting has begun or taken place; it can no longer be cancelled")
    row.cancelled_at = now
    row.cancel_reason = request.reason
    row.sequence += 1
    return await _record(repo, actor, "meeting.cancelled", row, before, now)


async def _taken_place(
    repo: Repository, actor: Principal, meeting_id: uuid.UUID, now: datetime, precondition: Precondition
) -> tuple[Council, Meeting, MeetingPublic]:
    """A meeting whose attendance or minutes are being recorded: locked, its organiser's, as the client
    last read it, and begun (MINUTES-AFTER-MEETING)."""
    council, row = await _locked_meeting(repo, meeting_id)
    await _authorise(repo, actor, council)
    before = await _view(repo, row, now, full=True)
    precondition(before)
    check_meeting_held(meeting_value(row), now)
    return council, row, before


async def _record_held(
    repo: Repository, actor: Principal, row: Meeting, before: MeetingPublic, now: datetime
) -> MeetingPublic:
    """The first record of what happened at a meeting is `meeting.held`; corrections `meeting.changed`."""
    event = "meeting.held" if row.held_recorded_at is None else "meeting.changed"
    row.held_recorded_at = row.held_recorded_at or now
    row.sequence += 1
    return await _record(repo, actor, event, row, before, now)


async def record_attendance(
    repo: Repository,
    actor: Principal,
    meeting_id: uuid.UUID,
    request: AttendanceRecord,
    now: datetime,
    precondition: Precondition,
) -> MeetingPublic:
    council, row, before = await _taken_place(repo, actor, meeting_id, now, precondition)
    on = date_in_oslo(row.starts_at)
    sitting = {
        str(seat.id): str(seat.deputy_person_id) if seat.deputy_person_id else None
        for seat in await repo.representatives(council.id)
        if seat_value(seat).term.covers(on)
    }
    entries = [
        AttendanceValue(str(e.representative), e.status, str(e.deputy) if e.deputy else None)
        for e in request.entries
    ]
    check_attendance(sitting, entries, pointer="/entries")
    await repo.replace_attendance(
        row.id,
        [
            MeetingAttendance(
                meeting_id=row.id,
                representative_id=e.representative,
                status=e.status.value,
                deputy_person_id=e.deputy if e.status is AttendanceStatus.DEPUTY_ATTENDED else None,
            )
            for e in request.entries
        ],
    )
    row.regut_present = request.regut_present
    row.guests = [guest.model_dump(mode="json") for guest in request.guests]
    return await _record_held(repo, actor, row, before, now)


async def record_minutes(
    repo: Repository,
    actor: Principal,
    meeting_id: uuid.UUID,
    request: MinutesRecord,
    now: datetime,
    precondition: Precondition,
) -> MeetingPublic:
    _, row, before = await _taken_place(repo, actor, meeting_id, now, precondition)
    row.minutes = request.text
    return await _record_held(repo, actor, row, before, now)


async def _calendar_entries(
    repo: Repository, councils: list[Council], now: datetime
) -> list[tuple[CouncilPublic, MeetingPublic]]:
    by_id = {c.id: council_view(c) for c in councils}
    rows = await repo.meetings(list(by_id))
    return [(by_id[r.council_id], meeting_view(r, None, now, full=False)) for r in rows]


async def council_calendar(
    repo: Repository, council_id: uuid.UUID, now: datetime
) -> tuple[str, list[tuple[CouncilPublic, MeetingPublic]]]:
    """A council's meetings for a calendar, and those of other bodies its members are invited to
    (HN-FORUM-MEETING-RIGHT): public fields only, by start."""
    council = await council_or_not_found(repo, council_id)
    kinds = inviting_kinds(CouncilKind(council.kind), council.region_code)
    inviting = (
        [c for c in await repo.all_councils(region=council.region_code) if c.kind in kinds] if kinds else []
    )
    entries = await _calendar_entries(repo, [council, *inviting], now)
    return council.name, [
        (owner, meeting)
        for owner, meeting in entries
        if owner.id == council.id or council.id in meeting.invited_councils
    ]


async def councils_calendar(
    repo: Repository, region: str | None, specialty: str | None, now: datetime, language: Language
) -> tuple[str, list[tuple[CouncilPublic, MeetingPublic]]]:
    """The meetings of the councils of a region (its regional councils), of a specialty (all its
    councils), or of every council; the calendar named in `language`, by the region's and the
    specialty's names."""
    councils = await repo.all_councils(region=region, specialty=specialty)
    words = Wording(language)
    named_region = await repo.region(region) if region else None
    named_specialty = await repo.specialty(specialty) if specialty else None
    names = [
        named_region.name if named_region else region,
        named_specialty.name_nb if named_specialty else specialty,
    ]
    scope = " · ".join(name for name in names if name) or words.page("calendar_all")
    return words.page("calendar_name", scope=scope), await _calendar_entries(repo, councils, now)
