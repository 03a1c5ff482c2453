"""A person's data through its life: their whole record, who read it, erasure and restriction."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.contract.audit import AuditEntryPublic
from app.contract.common import Request
from app.contract.seats import PersonPublic
from app.domain.meetings import AttendanceStatus
from app.domain.seats import SeatKind
from app.domain.values import MemberRole

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class ErasureRequest(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Anmodning om sletting fra personen, sak 2026/1234."}]},
    )

    reason: Reason = Field(
        description="Why the data is erased (1 to 500 characters): the person's request and its case "
        "number, say. Kept in the audit; it must not itself hold the data erased."
    )


class RestrictionRequest(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Personen bestrider at telefonnummeret er riktig."}]},
    )

    reason: Reason = Field(description="Why the data is restricted (1 to 500 characters); kept in the audit.")


class PrivacyState(BaseModel):
    """Where the person's contact data and HPR number stand."""

    erased_at: datetime | None = Field(description="When they were last erased; null if never.")
    restricted_at: datetime | None = Field(
        description="Since when they are restricted: kept, and shown to no one but in this record; null "
        "when not restricted."
    )


class PrivacyChange(BaseModel):
    """What an erasure or a restriction did."""

    person: PersonPublic = Field(description="The person as registered systems now read them.")
    state: PrivacyState = Field(description="Where the person's data now stands.")
    fields: list[str] = Field(description="The fields erased or restricted, of email, phone, hpr_number.")
    copies_removed: int = Field(
        description="Erasure: the audit entries, feed events and stored answers from which a copy of "
        "the erased values was removed; 0 for a restriction."
    )


class RecordSeat(BaseModel):
    """A seat the person holds or held, or for whose holder they are or were the deputy."""

    id: uuid.UUID = Field(description="The seat's id (see /v1/representatives/{id}).")
    council_id: uuid.UUID = Field(description="The council or body.")
    council_name: str = Field(description="Its name.")
    as_deputy: bool = Field(description="True where the person is the seat's deputy, not its holder.")
    seat: SeatKind = Field(description="A member seat, or the inter-regional trainee seat.")
    role: MemberRole | None = Field(description="The role in a governance body; null on a council.")
    trust: str | None = Field(description="The appointing health trust, if any.")
    region: str | None = Field(description="The region the seat represents on an inter-regional council.")
    starts_on: date = Field(description="First day of the term.")
    ends_on: date | None = Field(description="Last day of the term (included); null: until further notice.")
    end_reason: str | None = Field(description="Why the term ended early, if it did.")


class RecordAttendance(BaseModel):
    meeting_id: uuid.UUID = Field(description="The meeting (see /v1/meetings/{id}).")
    council_id: uuid.UUID = Field(description="Whose meeting it was.")
    starts_at: datetime = Field(description="When it began.")
    seat_id: uuid.UUID = Field(description="The seat whose attendance was recorded.")
    status: AttendanceStatus = Field(description="As recorded for the seat.")
    as_deputy: bool = Field(description="True where the person attended as the seat's deputy.")


class RecordProposal(BaseModel):
    id: uuid.UUID = Field(description="A proposal the person raised by name (see /v1/proposals/{id}).")
    title: str = Field(description="Its title.")
    specialty: str = Field(description="Its specialty's code.")
    status: str = Field(description="Where it stands.")
    created_at: datetime = Field(description="When it was registered.")


class RecordStatement(BaseModel):
    proposal_id: uuid.UUID = Field(description="The proposal the statement is about.")
    council_id: uuid.UUID = Field(description="The council whose statement names the person.")
    recorded_at: datetime = Field(description="When it was recorded.")


class DisclosurePublic(BaseModel):
    """One answer that showed a person's non-public data to a caller."""

    id: int = Field(description="The disclosure's number: a later one has a higher number.")
    occurred_at: datetime = Field(description="When the answer was given.")
    person_id: uuid.UUID | None = Field(
        description="The person whose data it showed; null for a proposal's raiser, known by name only."
    )
    subject: str = Field(
        description="What the answer showed, as the disclosure log names it: a person's id, "
        "`seat:<id>` (its attendance) or `proposal:<id>` (its raiser's name)."
    )
    fields: list[str] = Field(description="Which non-public fields it showed (names, never values).")
    principal_kind: str = Field(description="The caller's widest scope.")
    client_id: str | None = Field(description="The calling system (the token's client id).")
    org_number: str | None = Field(description="The organisation number the token carried.")
    org_number_child: str | None = Field(
        description="HelseID's child organisation (`orgnr_child`): the part of the organisation the client "
        "acts for, when the token names one."
    )
    client_name: str | None = Field(description="HelseID's `client_name` of the calling system, when given.")
    method: str = Field(description="The request's method.")
    route: str | None = Field(description="The operation's route template.")
    path: str = Field(description="The request's path (never its query string).")
    status: int = Field(description="The answer's status.")
    request_id: str = Field(description="The request's id (`X-Request-Id`), as in the logs.")


class DisclosureList(BaseModel):
    items: list[DisclosurePublic] = Field(description="This page of disclosures, newest first.")
    next_cursor: str | None = Field(
        description="The `cursor` for the next page (`?cursor=`); null on the last page."
    )


class PersonRecord(BaseModel):
    """Everything the registry holds about a person (GDPR art. 15). The disclosures are paged
    (`limit`, `cursor`): they grow with every read; the rest is whole."""

    person: PersonPublic = Field(description="The person, contact data included, even when restricted.")
    state: PrivacyState = Field(description="Whether their data is erased or restricted.")
    seats: list[RecordSeat] = Field(description="Every seat held or deputised for, oldest first.")
    attendance: list[RecordAttendance] = Field(description="Every attendance recorded of them, oldest first.")
    proposals: list[RecordProposal] = Field(description="Proposals they raised by name.")
    statements: list[RecordStatement] = Field(description="Councils' statements whose text names them.")
    audit: list[AuditEntryPublic] = Field(
        description="The audit entries of their record and of their seats, newest first."
    )
    disclosures: DisclosureList = Field(
        description="Who was shown their non-public data, newest first: this page, and the cursor of the "
        "next."
    )
