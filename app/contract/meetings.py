"""Meetings: scheduling, attendance, minutes."""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    model_validator,
)

from app.clock import OSLO
from app.contract.common import EARLIEST_DAY, LATEST_DAY, Flag, Instant, Name, Request, Text, refuse_clearing
from app.domain.meetings import AgendaKind, AttendanceStatus, MeetingFormat
from app.domain.profiles import Convener


def _within_the_registrys_years(moment: datetime) -> datetime:
    # Days are bounded to 1900 to 2999 (contract.common.Day); a meeting's instants are too, so that its
    # time in Norway and its calendar's time-zone span exist (9999-12-31T23:30Z is year 10000 in Oslo).
    if not EARLIEST_DAY <= moment.astimezone(UTC).date() <= LATEST_DAY:
        raise ValueError(f"must fall between {EARLIEST_DAY} and {LATEST_DAY}")
    return moment


MeetingTime = Annotated[Instant, AfterValidator(_within_the_registrys_years)]
"""An RFC 3339 date-time with an offset, in the years the registry keeps (1900 to 2999)."""
OsloTime = Annotated[
    datetime, PlainSerializer(lambda moment: moment.astimezone(OSLO).isoformat(), return_type=str)
]
"""An instant as Norway's clock shows it: an RFC 3339 date-time with the Europe/Oslo offset."""
Link = Annotated[str, StringConstraints(pattern=r"^https://\S+$", max_length=500)]
Reference = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
MinutesText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100_000)]

MAX_AGENDA_ITEMS = 50
MAX_GUESTS = 50
MAX_ATTENDANCE_ENTRIES = 100

STARTS = "When the meeting starts: RFC 3339 with an offset (`2026-06-30T09:00:00+02:00`); no offset is a 422."
ENDS = "When it ends, after it starts; RFC 3339 with an offset."


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    """Not begun yet."""
    HELD = "held"
    """Begun or over, not cancelled: it counts toward the meeting rhythm."""
    CANCELLED = "cancelled"


class AgendaItem(Request):
    """One item of the agenda, in order."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"kind": "activity_summary", "title": "Årsoppsummering 2026"}]},
    )

    kind: AgendaKind = Field(
        description="`activity_summary` (the council's year, for RegUt), `consultation` (a proposal to "
        "change learning goals), or `other`."
    )
    title: Text = Field(description="What the item is about.")
    reference: Reference | None = Field(
        None, description="What the item refers to, e.g. the id of a proposal under consultation."
    )


class Guest(Request):
    """Someone who attended without a seat: an education-coordinating senior consultant, a resource
    person."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"name": "Eva Lind", "role": "utdanningskoordinerende overlege"}]},
    )

    name: Name = Field(description="The guest's name.")
    role: Text | None = Field(None, description="In what capacity the guest attended.")


class MeetingCreate(Request):
    """A meeting to schedule. `format` defaults to `digital` where MEETING-DIGITAL-DEFAULT applies
    (Helse Sør-Øst, the inter-regional councils), else `physical`; `convener` to the one the council's
    mandate names."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "starts_at": "2026-06-30T09:00:00+02:00",
                    "ends_at": "2026-06-30T11:00:00+02:00",
                    "video_link": "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
                    "regut_invited": True,
                    "agenda": [
                        {"kind": "activity_summary", "title": "Årsoppsummering"},
                        {"kind": "other", "title": "Eventuelt"},
                    ],
                }
            ]
        },
    )

    starts_at: MeetingTime = Field(description=STARTS)
    ends_at: MeetingTime = Field(description=ENDS)
    format: MeetingFormat | None = Field(None, description="`digital`, `physical` or `hybrid`.")
    location: Text | None = Field(None, description="Where it takes place (physical or hybrid).")
    video_link: Link | None = Field(None, description="The https link to join (digital or hybrid).")
    regut_invited: Flag = Field(False, description="Whether RegUt is invited (HN-REGUT-ANNUAL).")
    convener: Convener | None = Field(None, description="Who convenes: `regut`, `leader` or `coordinator`.")
    agenda: list[AgendaItem] = Field(
        default_factory=list, max_length=MAX_AGENDA_ITEMS, description="The agenda's items, in order."
    )
    invited_councils: list[uuid.UUID] | None = Field(
        None,
        max_length=10,
        description="Ids of the bodies of the same region whose members are invited. Default: those the "
        "mandate invites, i.e. the regional forum for LIS education to a strategic council's meeting "
        "(HN-FORUM-MEETING-RIGHT); none elsewhere. `[]` invites none.",
    )


class MeetingUpdate(Request):
    """A change to a scheduled meeting: the fields sent replace the stored ones; `null` clears
    `location` or `video_link`."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"starts_at": "2026-06-30T10:00:00+02:00", "location": "UNN, Tromsø"}]
        },
    )

    starts_at: MeetingTime | None = Field(None, description=STARTS)
    ends_at: MeetingTime | None = Field(None, description=ENDS)
    format: MeetingFormat | None = Field(None, description="`digital`, `physical` or `hybrid`.")
    location: Text | None = Field(None, description="Where it takes place; `null` clears it.")
    video_link: Link | None = Field(None, description="The https link to join; `null` clears it.")
    regut_invited: Flag | None = Field(None, description="Whether RegUt is invited.")
    convener: Convener | None = Field(None, description="Who convenes.")
    agenda: list[AgendaItem] | None = Field(
        None, max_length=MAX_AGENDA_ITEMS, description="The whole agenda, replacing the stored one."
    )

    @model_validator(mode="after")
    def required_fields_stay(self) -> "MeetingUpdate":
        refuse_clearing(self, "starts_at", "ends_at", "format", "regut_invited", "convener", "agenda")
        return self


class MeetingCancellation(Request):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Too few could come"}]}
    )

    reason: Text = Field(description="Why the meeting is cancelled; shown in calendars.")


class AttendanceEntry(Request):
    """Whether a representative sitting on the meeting's date attended."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "representative": "0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6",
                    "status": "deputy_attended",
                    "deputy": "5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f",
                }
            ]
        },
    )

    representative: uuid.UUID = Field(description="The seat's id (a representative).")
    status: AttendanceStatus = Field(
        description="`present`, `absent`, or `deputy_attended`: absent, with the designated deputy there "
        "in their place (ATTENDANCE-DEPUTY-SUBSTITUTES)."
    )
    deputy: uuid.UUID | None = Field(
        None, description="With `deputy_attended`: the person id of the deputy who attended."
    )


class AttendanceRecord(Request):
    """Who attended a meeting that has taken place (MINUTES-AFTER-MEETING); replaces any earlier record."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "entries": [
                        {"representative": "0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6", "status": "present"}
                    ],
                    "regut_present": True,
                    "guests": [{"name": "Eva Lind", "role": "utdanningskoordinerende overlege"}],
                }
            ]
        },
    )

    entries: list[AttendanceEntry] = Field(
        max_length=MAX_ATTENDANCE_ENTRIES,
        description="One entry per seat; a seat not listed is not recorded.",
    )
    regut_present: Flag = Field(description="Whether RegUt was present (IR-REGUT-ATTENDS).")
    guests: list[Guest] = Field(
        default_factory=list, max_length=MAX_GUESTS, description="Who attended without a seat."
    )


class MinutesRecord(Request):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"text": "Sak 1: Årsoppsummering. Vedtak: …"}]}
    )

    text: MinutesText = Field(description="The minutes (referat); replaces any earlier text.")


class AgendaItemPublic(BaseModel):
    """One item of a meeting's agenda, as answered: an `activity_summary` item links to the summary of the
    council's year."""

    # Read from attributes too, so that an `AgendaItem` as sent is one as answered.
    model_config = ConfigDict(from_attributes=True)

    kind: AgendaKind = Field(
        description="`activity_summary` (the council's year, for RegUt), `consultation` (a proposal to "
        "change learning goals), or `other`."
    )
    title: str = Field(description="What the item is about.")
    reference: str | None = Field(
        None, description="What the item refers to, e.g. the id of a proposal under consultation."
    )
    href: str | None = Field(
        None,
        description="For an `activity_summary` item, the council's activity summary of the year the "
        "meeting starts in (Norway's calendar): `/v1/councils/{council_id}/activity-summary?year=`; "
        "null for other items.",
    )


class AttendancePublic(BaseModel):
    entries: list[AttendanceEntry] = Field(description="One entry per seat recorded.")
    regut_present: bool | None = Field(description="Whether RegUt was present; null while not recorded.")
    guests: list[Guest] = Field(description="Who attended without a seat.")


class MeetingPublic(BaseModel):
    """A meeting. `attendance` and `minutes` are not public: null for anonymous callers."""

    id: uuid.UUID = Field(description="The meeting's id; also its calendar UID's first part.")
    council_id: uuid.UUID = Field(description="The council that meets.")
    starts_at: OsloTime = Field(description="When it starts, in Norway's time (Europe/Oslo offset).")
    ends_at: OsloTime = Field(description="When it ends, in Norway's time.")
    status: MeetingStatus = Field(description="`scheduled`, `held` (begun or over), or `cancelled`.")
    format: MeetingFormat = Field(description="`digital`, `physical` or `hybrid`.")
    location: str | None = Field(description="Where it takes place; null when not given.")
    video_link: str | None = Field(description="The link to join; null when not given.")
    regut_invited: bool = Field(description="Whether RegUt is invited.")
    convener: Convener = Field(description="Who convenes.")
    agenda: list[AgendaItemPublic] = Field(description="The agenda's items, in order.")
    invited_councils: list[uuid.UUID] = Field(
        description="Ids of the bodies whose members are invited (HN-FORUM-MEETING-RIGHT); often empty."
    )
    cancel_reason: str | None = Field(description="Why it was cancelled; null unless it was.")
    sequence: int = Field(
        description="How many times it has changed since it was scheduled (iCalendar SEQUENCE)."
    )
    attendance: AttendancePublic | None = Field(
        description="Who attended; null before it is recorded, and for anonymous callers."
    )
    minutes: str | None = Field(
        description="The minutes; null before they are recorded, and for anonymous callers."
    )
    created_at: datetime = Field(description="When the meeting was scheduled (RFC 3339 date-time).")
    updated_at: datetime = Field(description="When it last changed (RFC 3339 date-time).")


class MeetingList(BaseModel):
    items: list[MeetingPublic] = Field(description="The meetings in the range asked for, by start.")
    next_cursor: str | None = Field(description="Always null: a council's meetings in a range are one page.")
