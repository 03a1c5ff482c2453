"""A council's annual activity summary: what a Helse Nord council presents to RegUt at its yearly
meeting (000 *Møtefrekvens*) and what every council reports to RegUt (002 §4)."""

import uuid
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field

from app.contract.meetings import AgendaItemPublic, AttendancePublic, OsloTime
from app.contract.seats import ComplianceReport
from app.domain.leadership import Role
from app.domain.meetings import MeetingFormat
from app.domain.profiles import ProfileName
from app.domain.proposals import Position, ProposalKind, ProposalStatus, Recommendation
from app.domain.seats import SeatKind
from app.domain.values import CouncilKind

ACTIVITY_SUMMARY_PATH = "/v1/councils/{council_id}/activity-summary"
ACTIVITY_SUMMARY_PAGE_PATH = ACTIVITY_SUMMARY_PATH + ".html"


def activity_summary_url(council_id: uuid.UUID, year: int) -> str:
    """Where a program reads a council's summary of `year` (JSON): the link of an `activity_summary`
    agenda item, a field a client follows with the client it read the meeting with."""
    return f"{ACTIVITY_SUMMARY_PATH.format(council_id=council_id)}?year={year}"


def activity_summary_page_url(council_id: uuid.UUID, year: int) -> str:
    """Where a person reads it: the printable page, which the pages link to."""
    return f"{ACTIVITY_SUMMARY_PAGE_PATH.format(council_id=council_id)}?year={year}"


class SummaryPerson(BaseModel):
    """A person as the summary names them: by id and name."""

    id: uuid.UUID = Field(description="The person's id.")
    name: str = Field(description="The person's name.")


class SummaryCouncil(BaseModel):
    """The council the summary is about, with the names a reader needs."""

    id: uuid.UUID = Field(description="The council's id.")
    name: str = Field(description="The council's name.")
    kind: CouncilKind = Field(description="`regional` or `interregional`.")
    region: str | None = Field(description="The region's code; null for an inter-regional council.")
    region_name: str | None = Field(description="The region's name; null for an inter-regional council.")
    specialty: str | None = Field(
        description="The specialty's code; null for a body that is not a council of one specialty."
    )
    specialty_name: str | None = Field(
        description="The specialty's Norwegian name; null for a body that is not a council of one specialty."
    )
    profile: ProfileName = Field(description="The mandate profile whose rules apply to the council.")
    established_on: date = Field(description="The date the council was established in the registry.")
    dissolved_on: date | None = Field(description="The date it was dissolved; null while it is active.")


class HeldMeeting(BaseModel):
    """A meeting of the year that took place (begun, not cancelled)."""

    id: uuid.UUID = Field(description="The meeting's id.")
    starts_at: OsloTime = Field(description="When it started, in Norway's time.")
    ends_at: OsloTime = Field(description="When it ended, in Norway's time.")
    format: MeetingFormat = Field(description="`digital`, `physical` or `hybrid`.")
    location: str | None = Field(description="Where it took place; null when not given.")
    regut_invited: bool = Field(description="Whether RegUt was invited (HN-REGUT-ANNUAL).")
    regut_present: bool | None = Field(
        description="Whether RegUt was present (IR-REGUT-ATTENDS); null while attendance is not recorded."
    )
    agenda: list[AgendaItemPublic] = Field(description="The agenda's items, in order.")
    attendance: AttendancePublic | None = Field(
        description="Who attended, as recorded (one entry per seat); null while not recorded."
    )
    minutes_recorded: bool = Field(description="Whether its minutes are recorded.")


class CancelledMeeting(BaseModel):
    """A meeting of the year that was cancelled before it began."""

    id: uuid.UUID = Field(description="The meeting's id.")
    starts_at: OsloTime = Field(description="When it was to start, in Norway's time.")
    cancelled_at: OsloTime = Field(description="When it was cancelled, in Norway's time.")
    reason: str | None = Field(description="Why it was cancelled.")


class ScheduledMeeting(BaseModel):
    """A meeting later in the year that has not begun yet (only while the year is running)."""

    id: uuid.UUID = Field(description="The meeting's id.")
    starts_at: OsloTime = Field(description="When it starts, in Norway's time.")
    format: MeetingFormat = Field(description="`digital`, `physical` or `hybrid`.")
    regut_invited: bool = Field(description="Whether RegUt is invited.")
    agenda: list[AgendaItemPublic] = Field(description="The agenda's items, in order.")


class MeetingsOfTheYear(BaseModel):
    held: list[HeldMeeting] = Field(description="The meetings held in the year, by start.")
    cancelled: list[CancelledMeeting] = Field(description="The meetings of the year cancelled, by start.")
    scheduled: list[ScheduledMeeting] = Field(
        description="Meetings of the year yet to begin, by start; empty once the year is over."
    )


class SeatAttendance(BaseModel):
    """How a seat that sat during the year was filled at the year's held meetings (ATTENDANCE-DEPUTY-
    SUBSTITUTES: a deputy attends only in place of the absent representative)."""

    representative_id: uuid.UUID = Field(description="The seat's id (a representative).")
    person: SummaryPerson = Field(description="Who holds the seat.")
    seat: SeatKind = Field(description="`member`, or `trainee` (the inter-regional trainee seat).")
    trust: str | None = Field(description="The appointing trust of a regional council's seat.")
    region: str | None = Field(description="The region of an inter-regional council's member seat.")
    starts_on: date = Field(description="The first day of the term.")
    ends_on: date | None = Field(description="The last day of the term; null: until further notice.")
    meetings: int = Field(description="The year's held meetings on a day of the term.")
    present: int = Field(description="Of those, the meetings the representative attended.")
    deputy_attended: int = Field(description="Those where the deputy attended in the representative's place.")
    deputies: list[SummaryPerson] = Field(description="The deputies who attended in the seat's place.")
    absent: int = Field(description="Those where the seat was recorded absent, with no deputy.")
    not_recorded: int = Field(description="Those with no attendance recorded for the seat.")


class ConsultationOutcome(StrEnum):
    ANSWERED = "answered"
    """The council gave its statement."""
    MISSED = "missed"
    """The consultation closed, or its deadline passed, without the council's statement."""
    PENDING = "pending"
    """Still open, the deadline not passed, no statement yet."""
    WITHDRAWN = "withdrawn"
    """The proposal was withdrawn during the consultation, before the council answered."""


class ConsultationAnswer(BaseModel):
    """A consultation the regional council was asked in: opened in the year on a proposal of its
    specialty while the council existed (CONSULTATION-ANSWERED, 002 §3)."""

    proposal_id: uuid.UUID = Field(description="The proposal's id.")
    title: str = Field(description="What the proposal proposes.")
    kind: ProposalKind = Field(description="`learning_goal`, `explanatory_text` or `learning_activity`.")
    opened_on: date = Field(description="The day RegUt opened the consultation (Norway's calendar).")
    deadline: date = Field(description="The consultation's deadline.")
    outcome: ConsultationOutcome = Field(
        description="As it stands on the day the summary is read: `answered`, `missed` (closed, or the "
        "deadline passed, without the council's statement), `pending` (open) or `withdrawn`."
    )
    position: Position | None = Field(
        description="The council's position (`support`, `oppose`, `neutral`); null unless answered."
    )
    answered_on: date | None = Field(
        description="The day its statement was last recorded (a statement may be replaced while the "
        "consultation is open); null unless answered."
    )


class AssessmentGiven(BaseModel):
    """An assessment the inter-regional council recorded in the year (ASSESSMENT-THREE-CONSEQUENCES)."""

    proposal_id: uuid.UUID = Field(description="The proposal's id.")
    title: str = Field(description="What the proposal proposes.")
    kind: ProposalKind = Field(description="`learning_goal`, `explanatory_text` or `learning_activity`.")
    recommendation: Recommendation = Field(description="`adopt`, `adopt_with_changes` or `reject`.")
    assessed_on: date = Field(description="The day the assessment was recorded (Norway's calendar).")
    proposal_status: ProposalStatus = Field(
        description="Where the proposal stands now: `assessed`, `forwarded`, `declined`, `decided`, …"
    )


class RaisedProposal(BaseModel):
    """A change proposal the council itself raised (`raised_by.kind` `council`), raised in the year or
    moved on in it, with where it stands now."""

    proposal_id: uuid.UUID = Field(description="The proposal's id.")
    title: str = Field(description="What the proposal proposes.")
    kind: ProposalKind = Field(description="`learning_goal`, `explanatory_text` or `learning_activity`.")
    raised_on: date = Field(description="The day it was registered (Norway's calendar).")
    status: ProposalStatus = Field(
        description="Where it stands now: `draft`, `submitted`, `in_consultation`, …, `decided`, `withdrawn`."
    )


class CompositionChangeKind(StrEnum):
    STARTED = "started"
    """A term began: a representative took a seat."""
    ENDED = "ended"
    """A term ended: ended early, or ran out."""


class CompositionChange(BaseModel):
    """A seat whose term began or ended in the year."""

    on: date = Field(description="The term's first day (`started`) or its last (`ended`).")
    change: CompositionChangeKind = Field(description="`started` or `ended`.")
    representative_id: uuid.UUID = Field(description="The seat's id (a representative).")
    person: SummaryPerson = Field(description="Who holds the seat.")
    seat: SeatKind = Field(description="`member` or `trainee`.")
    trust: str | None = Field(description="The appointing trust of a regional council's seat.")
    region: str | None = Field(description="The region of an inter-regional council's member seat.")
    starts_on: date = Field(description="The first day of the term.")
    ends_on: date | None = Field(description="The last day of the term; null: until further notice.")
    end_reason: str | None = Field(description="Why a term was ended early; null otherwise.")


class LeadershipChange(BaseModel):
    """A role that changed hands by an election effective in the year, or fell vacant when its holder's
    seat ended."""

    effective_on: date = Field(description="The day the change took effect.")
    role: Role = Field(description="`leader`, `deputy_leader` or `coordinator`.")
    person: SummaryPerson | None = Field(description="Who holds the role from that day; null: vacant.")
    previous: SummaryPerson | None = Field(description="Who held it before; null: nobody.")


class ActivitySummary(BaseModel):
    """A council's year: its meetings, who attended, the consultations it answered or missed, the
    assessments it gave, how its membership and leadership changed, and its compliance at year end."""

    council: SummaryCouncil = Field(description="The council.")
    year: int = Field(description="The calendar year summarised (`?year=`).")
    as_of: date = Field(
        description="The day the year is judged on: 31 December for a year that is over, else today "
        "(Norway's calendar)."
    )
    year_over: bool = Field(description="Whether the year is over; while it runs, the summary is partial.")
    meetings: MeetingsOfTheYear = Field(
        description="The year's meetings (their start in Norway's calendar): held, cancelled, scheduled."
    )
    attendance: list[SeatAttendance] = Field(
        description="Per seat that sat during the year, in order of the term's start."
    )
    consultations: list[ConsultationAnswer] = Field(
        description="A regional council's consultations opened in the year, by opening; always empty "
        "for an inter-regional council."
    )
    assessments: list[AssessmentGiven] = Field(
        description="An inter-regional council's assessments recorded in the year, by date; always "
        "empty for a regional council."
    )
    raised_proposals: list[RaisedProposal] = Field(
        description="Change proposals the council raised itself, raised or moved on in the year, by the "
        "day they were raised; empty for a body that is not a council of one specialty."
    )
    composition_changes: list[CompositionChange] = Field(
        description="Terms that began or ended in the year, by date; on one day, those who joined before "
        "those who left, then by name."
    )
    leadership_changes: list[LeadershipChange] = Field(
        description="Changes of leader, deputy leader and coordinator effective in the year, by date."
    )
    compliance: ComplianceReport = Field(
        description="The council's findings as GET /v1/councils/{id}/compliance has them for the year, "
        "judged on `as_of`."
    )
