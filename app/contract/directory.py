"""The public contact directory: who to contact on every council and body, for the national LIS website."""

import uuid
from datetime import date

from pydantic import BaseModel, Field

from app.contract.meetings import OsloTime
from app.domain.leadership import Role
from app.domain.meetings import MeetingFormat
from app.domain.seats import SeatKind
from app.domain.values import CouncilKind, MemberRole

PUBLISHED_EMAIL = "Work e-mail, only where the person agreed to publish it (`publish_email`); else null."


class DirectoryContact(BaseModel):
    """A person as the public may see them: name, title and a published e-mail."""

    id: uuid.UUID = Field(description="The person's id.")
    name: str = Field(description="The person's full name.")
    title: str | None = Field(description="e.g. overlege; null where none is recorded.")
    email: str | None = Field(description=PUBLISHED_EMAIL)


class DirectoryDeputy(BaseModel):
    name: str = Field(description="The deputy's full name.")
    title: str | None = Field(description="e.g. overlege; null where none is recorded.")
    email: str | None = Field(description=PUBLISHED_EMAIL)


class DirectoryRepresentative(BaseModel):
    """A seat held on the date, as the public may see it."""

    id: uuid.UUID = Field(description="The seat's id (`/v1/representatives/{id}`).")
    name: str = Field(description="The representative's full name.")
    title: str | None = Field(description="e.g. overlege, LIS; null where none is recorded.")
    email: str | None = Field(description=PUBLISHED_EMAIL)
    seat: SeatKind = Field(description="`member`, or the inter-regional council's `trainee` seat.")
    role: MemberRole | None = Field(description="The member's role in a governance body; null on a council.")
    trust: str | None = Field(description="Code of the appointing trust, or the trust a body's role is for.")
    trust_name: str | None = Field(description="That trust's name; null where there is none.")
    region: str | None = Field(description="The region an inter-regional member seat represents.")
    leadership: list[Role] = Field(description="The leadership roles the representative holds on the date.")
    deputy: DirectoryDeputy | None = Field(
        description="The representative's deputy; null when none is named."
    )
    starts_on: date = Field(description="First day of the term.")
    ends_on: date | None = Field(description="Last day of the term; null: until further notice.")


class DirectoryRegUt(BaseModel):
    """The RegUt to contact about the council: its region's; for an inter-regional council, the RegUt
    responsible for the specialty."""

    region: str = Field(description="Code of the RegUt's region.")
    name: str = Field(description="The RegUt's name.")
    email: str | None = Field(description="The RegUt's contact e-mail; null where none is recorded.")


class DirectoryMeeting(BaseModel):
    id: uuid.UUID = Field(description="The meeting's id (`/v1/meetings/{id}`).")
    starts_at: OsloTime = Field(description="When it starts, in Norway's time.")
    ends_at: OsloTime = Field(description="When it ends, in Norway's time.")
    format: MeetingFormat = Field(description="`digital`, `physical` or `hybrid`.")
    location: str | None = Field(description="Where it takes place; null when not given.")


class DirectoryCouncil(BaseModel):
    id: uuid.UUID = Field(description="The council's id (`/v1/councils/{id}`).")
    kind: CouncilKind = Field(description="`regional`, `interregional`, or a governance body's kind.")
    name: str = Field(description="The council's name.")
    specialty: str | None = Field(description="Code of its specialty; null for a governance body.")
    specialty_name: str | None = Field(
        description="The specialty's Norwegian name; null for a governance body."
    )
    region: str | None = Field(description="Its region; null for an inter-regional council.")
    contact_email: str | None = Field(
        description="The council's contact e-mail; null where none is recorded."
    )
    regut: DirectoryRegUt | None = Field(
        description="The RegUt to contact; null for an inter-regional council whose specialty has none "
        "recorded."
    )
    leader: DirectoryContact | None = Field(description="The leader on the date; null when vacant.")
    deputy_leader: DirectoryContact | None = Field(
        description="The deputy leader on the date; null when vacant."
    )
    coordinator: DirectoryContact | None = Field(description="The coordinator on the date; null when vacant.")
    representatives: list[DirectoryRepresentative] = Field(description="The seats held on the date.")
    next_meeting: DirectoryMeeting | None = Field(
        description="The next scheduled meeting that has not begun; null when none is scheduled."
    )


class Directory(BaseModel):
    """Every council and body (those the filters name), as the public may contact them, on a date."""

    on: date = Field(description="The date the directory shows (today in Norway).")
    items: list[DirectoryCouncil] = Field(
        description="The councils and bodies, by specialty (governance bodies first), kind and region; "
        "not paged: the whole directory is one document."
    )


CSV_COLUMNS = (
    "council_id",
    "council_kind",
    "council_name",
    "specialty",
    "specialty_name",
    "region",
    "council_email",
    "regut_name",
    "regut_email",
    "representative_id",
    "representative_name",
    "title",
    "email",
    "seat",
    "role",
    "trust",
    "trust_name",
    "seat_region",
    "leadership",
    "deputy_name",
    "starts_on",
    "ends_on",
    "next_meeting_starts_at",
)
"""The CSV's header: one row per representative; a council without any has one row, its seat columns empty."""
