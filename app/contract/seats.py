"""People, their seats on councils, leadership and compliance."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    EmailStr,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)

from app.contract.common import Code, Day, Flag, Name, Request, Title, refuse_clearing, union_tags
from app.contract.councils import CouncilPublic
from app.domain.compliance import Severity, Status
from app.domain.leadership import Role
from app.domain.rules import Rule
from app.domain.seats import EducationRole, SeatKind
from app.domain.values import RegionCode

HprNumber = Annotated[str, StringConstraints(pattern=r"^\d{6,9}$")]
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{5,20}$")]


class PersonCreate(Request):
    name: Name
    title: Title | None = Field(None, description="e.g. overlege, LIS")
    hpr_number: HprNumber | None = Field(None, description="HPR number; a person is looked up by it.")
    email: EmailStr | None = None
    phone: Phone | None = None
    publish_email: Flag = Field(False, description="The person agrees to show the e-mail to the public.")


class PersonUpdate(Request):
    """Fields left out are unchanged; `null` clears an optional field."""

    name: Name | None = None
    title: Title | None = None
    hpr_number: HprNumber | None = None
    email: EmailStr | None = None
    phone: Phone | None = None
    publish_email: Flag | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "PersonUpdate":
        refuse_clearing(self, "name", "publish_email")
        return self


class PersonPublic(BaseModel):
    """A person; `hpr_number`, `phone` and an unpublished `email` are null for anonymous callers."""

    id: uuid.UUID
    name: str
    title: str | None
    email: str | None
    hpr_number: str | None
    phone: str | None
    publish_email: bool


class PersonList(BaseModel):
    items: list[PersonPublic]
    next_cursor: str | None


class PersonById(Request):
    """An existing person, named by id."""

    id: uuid.UUID = Field(description="The id of a registered person (see /v1/people).")


def _person_reference_kind(value: Any) -> str:
    # One key decides, so that an error names the fields of the shape the client meant.
    if isinstance(value, PersonById) or (isinstance(value, dict) and "id" in value):
        return "by_id"
    return "inline"


PersonRef = Annotated[
    Annotated[PersonById, Tag("by_id")] | Annotated[PersonCreate, Tag("inline")],
    Discriminator(_person_reference_kind),
    union_tags("by_id", "inline"),
]
"""An existing person by `id`, or a person given inline: an inline person whose HPR number is
registered already is that person when the name is the registered one, and refused (409) when not."""


class QualificationsModel(BaseModel):
    """What the appointing organisation declares about the person for this seat."""

    model_config = ConfigDict(extra="forbid", title="Qualifications")

    specialist_in_specialty: Flag = False
    senior_consultant: Flag = Field(False, description="Overlege.")
    trainee: Flag = Field(False, description="Lege i spesialisering (LIS).")
    education_roles: list[EducationRole] = Field(default_factory=list, max_length=4)


class _Appointment(Request):
    person: PersonRef = Field(description="The representative: a registered person by id, or given inline.")
    seat: SeatKind = Field(SeatKind.MEMBER, description="A member seat, or the inter-regional trainee seat.")
    starts_on: Day | None = Field(None, description="First day of the term. Default: today (Europe/Oslo).")
    ends_on: Day | None = Field(
        None,
        description="Last day of the term. Default: start + 4 years on the inter-regional council, "
        "otherwise until further notice.",
    )
    deputy: PersonRef | None = Field(None, description="The representative's deputy, by id or inline.")
    qualifications: QualificationsModel = Field(
        default_factory=QualificationsModel, description="What the appointing organisation declares."
    )


class TrustAppointment(_Appointment):
    """A seat on a regional council, appointed by a health trust."""

    trust: Code = Field(description="The appointing health trust.")
    region: None = Field(None, description="Never given: a trust's seat belongs to no region.")


class RegionAppointment(_Appointment):
    """An inter-regional member seat: the representative of a region's regional council."""

    region: RegionCode = Field(description="The region whose regional council the person represents.")
    trust: None = Field(None, description="Never given: a region's seat is appointed by no trust.")


class TraineeAppointment(_Appointment):
    """The inter-regional council's trainee seat, common to all regions and appointed by no trust."""

    trust: None = Field(None, description="Never given.")
    region: None = Field(None, description="Never given.")


def _appointment_kind(value: Any) -> str:
    # The key the client sent decides, so an error speaks of the shape it meant.
    if isinstance(value, _Appointment):
        value = value.model_dump()
    if isinstance(value, dict) and value.get("trust") is not None:
        return "by_trust"
    if isinstance(value, dict) and value.get("region") is not None:
        return "by_region"
    return "trainee_seat"


RepresentativeCreate = Annotated[
    Annotated[TrustAppointment, Tag("by_trust")]
    | Annotated[RegionAppointment, Tag("by_region")]
    | Annotated[TraineeAppointment, Tag("trainee_seat")],
    Discriminator(_appointment_kind),
    union_tags("by_trust", "by_region", "trainee_seat"),
]
"""An appointment names its appointing trust (a regional council's seat) or the region it represents
(an inter-regional member seat), never both; the inter-regional trainee seat names neither."""


class RepresentativeUpdate(Request):
    """Fields left out are unchanged."""

    ends_on: Day | None = None
    qualifications: QualificationsModel | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "RepresentativeUpdate":
        refuse_clearing(self, "qualifications")
        return self


class RepresentativeEnd(Request):
    on: Day = Field(description="The last day of the term.")
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class DeputyDesignation(Request):
    deputy: PersonRef | None = Field(description="`null` removes the deputy.")


class RepresentativePublic(BaseModel):
    """A seat. For anonymous callers the person shows only name, title and a published e-mail, and
    `qualifications` and `end_reason` are null."""

    id: uuid.UUID
    council_id: uuid.UUID
    person: PersonPublic
    seat: SeatKind
    trust: str | None
    region: str | None
    starts_on: date
    ends_on: date | None
    deputy: PersonPublic | None
    roles: list[Role] = Field(description="Leadership roles on the date asked about.")
    qualifications: QualificationsModel | None
    end_reason: str | None
    created_at: datetime
    updated_at: datetime


class RepresentativeList(BaseModel):
    items: list[RepresentativePublic]
    next_cursor: str | None


class LeadershipElectionRequest(Request):
    leader: uuid.UUID | None = Field(None, description="Person id of a sitting representative.")
    deputy_leader: uuid.UUID | None = None
    coordinator: uuid.UUID | None = None
    effective_on: Day | None = Field(None, description="Default: today (Europe/Oslo).")


class Election(BaseModel):
    effective_on: date
    leader: PersonPublic | None
    deputy_leader: PersonPublic | None
    coordinator: PersonPublic | None


class LeadershipPublic(BaseModel):
    council_id: uuid.UUID
    on: date
    current: Election | None = Field(description="The election in force on the date; null before the first.")
    history: list[Election] = Field(description="Every election, oldest first.")


class FindingPublic(BaseModel):
    """One rule's finding about the council on the date."""

    rule: Rule = Field(description="The rule the finding is about.")
    type: str = Field(description="Where the rule is described: `/v1/rules/{rule}`.")
    severity: Severity = Field(
        description="`violation`: the mandate is not met; `advice`: a preference is not."
    )
    status: Status = Field(description="Whether the council meets the rule on the date.")
    subject: str = Field(description="trust:<code>, region:<code>, seat:<id>, trainee-seat or council")
    message: str = Field(description="The finding, for a person to read.")


class ComplianceReport(BaseModel):
    council_id: uuid.UUID
    on: date
    findings: list[FindingPublic]


class CouncilDetail(CouncilPublic):
    """A council with its leadership and representatives on a date."""

    on: date
    leadership: Election | None
    representatives: list[RepresentativePublic]
