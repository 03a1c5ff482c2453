"""People, their seats on councils, leadership and compliance."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    EmailStr,
    Field,
    JsonValue,
    StringConstraints,
    Tag,
    model_validator,
)
from pydantic.json_schema import SkipJsonSchema

from app.contract.common import Code, Day, Flag, Name, Request, Title, refuse_clearing, union_tags
from app.contract.councils import CouncilPublic
from app.domain.compliance import Severity, Status
from app.domain.leadership import Role
from app.domain.rules import Rule
from app.domain.seats import EducationRole, SeatKind
from app.domain.values import Competence, MemberRole, RegionCode

HprNumber = Annotated[str, StringConstraints(pattern=r"^\d{6,9}$")]
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{5,20}$")]

ON = "The date asked about (`?on=`; default today in Norway)."
NEXT_PAGE = "The `cursor` for the next page (`?cursor=`); null on the last page."
HPR = "HPR number (Helsepersonellregisteret), 6 to 9 digits; unique to a person"
PHONE = "Phone number: digits, spaces, parentheses and hyphens, optionally a leading `+`"
KARI: dict[str, JsonValue] = {
    "name": "Kari Nordmann",
    "title": "overlege",
    "hpr_number": "9144889",
    "email": "kari.nordmann@unn.no",
    "phone": "+47 77 62 60 00",
    "publish_email": True,
}
"""An inline person, for the examples."""


class PersonCreate(Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{**KARI}]})

    name: Name = Field(description="The person's full name.")
    title: Title | None = Field(None, description="e.g. overlege, LIS")
    hpr_number: HprNumber | None = Field(None, description="HPR number; a person is looked up by it.")
    email: EmailStr | None = Field(None, description="Work e-mail.")
    phone: Phone | None = Field(None, description=PHONE + ".")
    publish_email: Flag = Field(False, description="The person agrees to show the e-mail to the public.")


class PersonUpdate(Request):
    """Fields left out are unchanged; `null` clears an optional field."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"title": "overlege", "email": "kari.nordmann@unn.no", "publish_email": True}]
        },
    )

    name: Name | None = Field(None, description="The person's full name; cannot be cleared.")
    title: Title | None = Field(None, description="e.g. overlege, LIS; `null` clears it.")
    hpr_number: HprNumber | None = Field(None, description=HPR + "; `null` clears it.")
    email: EmailStr | None = Field(None, description="Work e-mail; `null` clears it.")
    phone: Phone | None = Field(None, description=PHONE + "; `null` clears it.")
    publish_email: Flag | None = Field(
        None, description="The person agrees to show the e-mail to the public; cannot be cleared."
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "PersonUpdate":
        refuse_clearing(self, "name", "publish_email")
        return self


class PersonPublic(BaseModel):
    """A person; `hpr_number`, `phone` and an unpublished `email` are null for anonymous callers."""

    id: uuid.UUID = Field(description="The person's id.")
    name: str = Field(description="The person's full name.")
    title: str | None = Field(description="e.g. overlege, LIS; null where none is recorded.")
    email: str | None = Field(
        description="Work e-mail; null where none is recorded, and for anonymous callers unless "
        "`publish_email`."
    )
    hpr_number: str | None = Field(
        description=HPR + "; null where none is recorded, and for anonymous callers."
    )
    phone: str | None = Field(
        description="Phone number; null where none is recorded, and for anonymous callers."
    )
    publish_email: bool = Field(description="The person agrees to show the e-mail to the public.")


class PersonList(BaseModel):
    items: list[PersonPublic] = Field(description="This page of people.")
    next_cursor: str | None = Field(description=NEXT_PAGE)


class PersonById(Request):
    """An existing person, named by id."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"id": "5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f"}]}
    )

    id: uuid.UUID = Field(description="The id of a registered person (see /v1/people).")


def _person_reference_kind(value: Any) -> str:
    # One key decides, so that an error names the fields of the shape the client meant.
    if isinstance(value, PersonById) or (isinstance(value, dict) and "id" in value):
        return "by_id"
    return "inline"


PersonRef = Annotated[
    Annotated[PersonById, Tag("by_id")] | Annotated[PersonCreate, Tag("inline")],
    Discriminator(_person_reference_kind),
    union_tags("by_id", "inline", at=("person", "deputy")),
]
"""An existing person by `id`, or a person given inline: an inline person whose HPR number is
registered already is that person when the name is the registered one, and refused (409) when not."""


class Qualifications(BaseModel):
    """What the appointing organisation declares about the person for this seat."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "specialist_in_specialty": True,
                    "senior_consultant": True,
                    "trainee": False,
                    "education_roles": ["education_responsible_consultant"],
                }
            ]
        },
    )

    specialist_in_specialty: Flag = Field(False, description="Specialist in the council's specialty.")
    senior_consultant: Flag = Field(False, description="Overlege.")
    trainee: Flag = Field(False, description="Lege i spesialisering (LIS).")
    education_roles: list[EducationRole] = Field(
        default_factory=list,
        max_length=4,
        description="The person's roles in the specialist training, e.g. `education_responsible_consultant` "
        "(utdanningsansvarlig overlege).",
    )
    competences: list[Competence] = Field(
        default_factory=list,
        max_length=4,
        description="What the person brings to the council's mix of competences (IR-COMPETENCE-MIX): "
        "`clinical_experience`, `recommended_courses` (knowledge of the recommended courses), `pedagogy`, "
        "`research`.",
    )


class _Appointment(Request):
    person: PersonRef = Field(description="The representative: a registered person by id, or given inline.")
    starts_on: Day | None = Field(None, description="First day of the term. Default: today (Europe/Oslo).")
    ends_on: Day | None = Field(
        None,
        description="Last day of the term. Default: start + 4 years on the inter-regional council, "
        "otherwise until further notice.",
    )
    deputy: PersonRef | None = Field(None, description="The representative's deputy, by id or inline.")
    qualifications: Qualifications = Field(
        default_factory=Qualifications, description="What the appointing organisation declares."
    )

    NEVER_GIVEN: ClassVar[tuple[str, ...]] = ()
    """The keys this shape never takes, tolerated as null (deprecated): left out of the contract."""

    def names_never_given_keys(self) -> bool:
        """Whether the client sent a key of `NEVER_GIVEN` (as null: any other value is refused)."""
        return bool(self.model_fields_set.intersection(self.NEVER_GIVEN))


# The fields "never given" are tolerated as null (a client that sends `region: null` is not refused)
# but left out of the contract: each shape then declares only its own keys, so the shapes exclude one
# another by their required key (`trust`, `region`, `seat: trainee`, `role`) and a value typed with
# one shape's generated type is accepted where the union is expected.
class TrustAppointment(_Appointment):
    """A seat on a regional council, appointed by a health trust."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "person": {**KARI},
                    "trust": "unn",
                    "starts_on": "2025-01-01",
                    "deputy": {"name": "Ola Hansen", "title": "overlege", "hpr_number": "8123456"},
                    "qualifications": {
                        "specialist_in_specialty": True,
                        "senior_consultant": True,
                        "education_roles": ["local_committee_leader"],
                    },
                }
            ]
        },
    )

    NEVER_GIVEN = ("region",)

    seat: Literal[SeatKind.MEMBER] = Field(SeatKind.MEMBER, description="A trust appoints member seats.")
    trust: Code = Field(description="The appointing health trust.")
    region: SkipJsonSchema[None] = Field(
        None, description="Never given: a trust's seat belongs to no region."
    )


class RegionAppointment(_Appointment):
    """An inter-regional member seat: the representative of a region's regional council."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "person": {"id": "5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f"},
                    "region": "helse-nord",
                    "starts_on": "2025-03-01",
                    "ends_on": "2029-02-28",
                    "qualifications": {"specialist_in_specialty": True, "senior_consultant": True},
                }
            ]
        },
    )

    NEVER_GIVEN = ("trust",)

    seat: Literal[SeatKind.MEMBER] = Field(SeatKind.MEMBER, description="A region's seat is a member seat.")
    region: RegionCode = Field(description="The region whose regional council the person represents.")
    trust: SkipJsonSchema[None] = Field(
        None, description="Never given: a region's seat is appointed by no trust."
    )


class TraineeAppointment(_Appointment):
    """The inter-regional council's trainee seat, common to all regions and appointed by no trust."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "person": {
                        "name": "Ingrid Johansen",
                        "title": "LIS",
                        "hpr_number": "1234567",
                        "email": "ingrid.johansen@nordlandssykehuset.no",
                    },
                    "seat": "trainee",
                    "starts_on": "2025-03-01",
                    "qualifications": {"trainee": True},
                }
            ]
        },
    )

    NEVER_GIVEN = ("trust", "region")

    seat: Literal[SeatKind.TRAINEE] = Field(description="The trainee seat (`trainee`).")
    trust: SkipJsonSchema[None] = Field(None, description="Never given.")
    region: SkipJsonSchema[None] = Field(None, description="Never given.")


PositionShare = Annotated[int, Field(strict=True, ge=1, le=100)]


class RoleAppointment(_Appointment):
    """A member of one of Helse Nord's governance bodies (seed 004), holding a named role: for a health
    trust (a medical or HR director, an education-coordinating doctor), or for none (an RHF director,
    the head of RegUt)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "person": {"name": "Per Olsen", "title": "overlege", "hpr_number": "7123456"},
                    "role": "education_coordinating_doctor",
                    "trust": "unn",
                    "position_share": 20,
                    "starts_on": "2025-01-01",
                }
            ]
        },
    )

    NEVER_GIVEN = ("region",)

    seat: Literal[SeatKind.MEMBER] = Field(SeatKind.MEMBER, description="A body's seats are member seats.")
    role: MemberRole = Field(
        description="The member's role in the body: `medical_director` (fagsjef), `hr_director`, "
        "`rhf_director`, `regut_head`, `education_coordinating_doctor` (utdanningskoordinerende lege)."
    )
    trust: Code | None = Field(
        None,
        description="The health trust the role is held for; none for an RHF director or the head of RegUt.",
    )
    position_share: PositionShare | None = Field(
        None,
        description="Percent of a position set aside for the body's work: at least 20 on the forum for LIS "
        "education (HN-FORUM-ONE-PER-TRUST).",
    )
    region: SkipJsonSchema[None] = Field(
        None, description="Never given: a body belongs to its region already."
    )


def _appointment_kind(value: Any) -> str:
    # The keys the client sent decide, so that an error speaks of the shape it meant: a body's seat by
    # its role, the trainee seat by its kind (a trust or region beside it is then the mistake), else
    # the trust or region.
    if isinstance(value, _Appointment):
        value = value.model_dump()
    if not isinstance(value, dict):
        return "by_trust"
    if value.get("role") is not None:
        return "by_role"
    if value.get("seat") == SeatKind.TRAINEE:
        return "trainee_seat"
    return "by_region" if value.get("trust") is None and value.get("region") is not None else "by_trust"


RepresentativeCreate = Annotated[
    Annotated[TrustAppointment, Tag("by_trust")]
    | Annotated[RegionAppointment, Tag("by_region")]
    | Annotated[TraineeAppointment, Tag("trainee_seat")]
    | Annotated[RoleAppointment, Tag("by_role")],
    Discriminator(_appointment_kind),
    union_tags("by_trust", "by_region", "trainee_seat", "by_role", at=(None,)),
]
"""An appointment names its appointing trust (a regional council's seat) or the region it represents
(an inter-regional member seat), never both; the inter-regional trainee seat names neither; a
governance body's seat names the member's role."""


class RepresentativeUpdate(Request):
    """Fields left out are unchanged."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "ends_on": "2027-12-31",
                    "qualifications": {
                        "specialist_in_specialty": True,
                        "senior_consultant": True,
                        "education_roles": ["education_responsible_consultant"],
                    },
                }
            ]
        },
    )

    ends_on: Day | None = Field(
        None,
        description="The term's new last day; `null`: until further notice (not on an inter-regional "
        "council). To end a term early with a reason, use `/end`.",
    )
    qualifications: Qualifications | None = Field(
        None, description="Replaces what the appointing organisation declares, as a whole; cannot be cleared."
    )
    position_share: PositionShare | None = Field(
        None,
        description="A governance body's member: percent of a position set aside for the work; `null` "
        "clears it (refused on the forum, HN-FORUM-ONE-PER-TRUST).",
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "RepresentativeUpdate":
        refuse_clearing(self, "qualifications")
        return self


class RepresentativeEnd(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"on": "2025-08-31", "reason": "Har sluttet ved UNN."}]},
    )

    on: Day = Field(description="The last day of the term.")
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)] = Field(
        description="Why the term ends early (1 to 500 characters); shown only to registered systems."
    )


class DeputyDesignation(Request):
    # No `{"deputy": null}` example: FastAPI leaves nulls out of the document's examples.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"deputy": {"name": "Ola Hansen", "title": "overlege", "hpr_number": "8123456"}},
                {"deputy": {"id": "5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f"}},
            ]
        },
    )

    deputy: PersonRef | None = Field(description="`null` removes the deputy.")


class RepresentativePublic(BaseModel):
    """A seat. For anonymous callers the person shows only name, title and a published e-mail, and
    `qualifications` and `end_reason` are null."""

    id: uuid.UUID = Field(description="The seat's id.")
    council_id: uuid.UUID = Field(description="The id of the council the seat is on.")
    person: PersonPublic = Field(description="The representative.")
    seat: SeatKind = Field(description="A member seat, or the inter-regional trainee seat.")
    role: MemberRole | None = Field(
        description="The member's role in a governance body (seed 004); null on a council."
    )
    position_share: int | None = Field(
        description="Percent of a position the member has set aside for the body's work; null where none is "
        "recorded, and for anonymous callers."
    )
    trust: str | None = Field(
        description="Code of the appointing health trust (a regional council's seat), or of the trust a "
        "body's role is held for; null otherwise."
    )
    region: str | None = Field(
        description="Code of the region whose regional council the seat represents (an inter-regional member "
        "seat); null otherwise."
    )
    starts_on: date = Field(description="First day of the term.")
    ends_on: date | None = Field(description="Last day of the term (included); null: until further notice.")
    deputy: PersonPublic | None = Field(
        description="The representative's deputy (stedfortreder, vararepresentant); null when none is named."
    )
    roles: list[Role] = Field(description="Leadership roles on the date asked about.")
    qualifications: Qualifications | None = Field(
        description="What the appointing organisation declared; null for anonymous callers."
    )
    end_reason: str | None = Field(
        description="Why the term was ended early; null unless it was, and for anonymous callers."
    )
    created_at: datetime = Field(description="When the seat was registered (RFC 3339 date-time).")
    updated_at: datetime = Field(description="When the seat last changed (RFC 3339 date-time).")


class RepresentativeList(BaseModel):
    items: list[RepresentativePublic] = Field(description="The seats, on the date or (`include_ended`) all.")
    next_cursor: str | None = Field(description="Always null: a council's seats are one page.")


class LeadershipElectionRequest(Request):
    """The council's leadership from `effective_on`: a role left out or `null` is vacant from that date. An
    election recorded for the same date is replaced."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "leader": "5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f",
                    "deputy_leader": "0b6d2c41-7e3a-4f59-8a1c-2d4e6f8a0b1c",
                    "effective_on": "2025-02-01",
                }
            ]
        },
    )

    leader: uuid.UUID | None = Field(None, description="Person id of a sitting representative.")
    deputy_leader: uuid.UUID | None = Field(
        None,
        description="The deputy leader (nestleder): person id of a sitting representative, not the leader.",
    )
    coordinator: uuid.UUID | None = Field(
        None,
        description="The coordinating representative (koordinerende representant), an inter-regional "
        "council's contact for RegUt: person id of a sitting representative.",
    )
    effective_on: Day | None = Field(None, description="Default: today (Europe/Oslo).")


class Election(BaseModel):
    """A council's leadership from a date. People show as to the public: name, title, a published e-mail."""

    effective_on: date = Field(description="The date the election takes effect.")
    leader: PersonPublic | None = Field(description="The leader (leder); null when the role is vacant.")
    deputy_leader: PersonPublic | None = Field(
        description="The deputy leader (nestleder); null when the role is vacant."
    )
    coordinator: PersonPublic | None = Field(
        description="The coordinating representative (koordinerende representant); null when the role is "
        "vacant."
    )


class LeadershipPublic(BaseModel):
    council_id: uuid.UUID = Field(description="The council's id.")
    on: date = Field(description=ON)
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
    subject: str = Field(
        description="trust:<code>, trust:<code>/<role> (a governance body's role for a trust), "
        "region:<code>, seat:<id>, trainee-seat, competence:<competence>, council, period:<label> for a "
        "meeting rule (`period:2026`, `period:2026-H1`, `period:2026-06`), or proposal:<id> for a "
        "consultation"
    )
    message: str = Field(
        description="The finding in English, for an integrator's log; pages, spreadsheets and calendars word "
        "it in the reader's language from `rule`, `status` and `params`."
    )
    params: dict[str, str | int | date | list[str]] = Field(
        default_factory=dict,
        description="What the finding's sentence needs besides its subject, by name: codes (`trust`, "
        "`region`, `role`, `competence`, `roles`, `every`, `months`), a person's name (`person`, "
        "`deputy`), counts (`held`, `scheduled`, `required`, `unrecorded`), dates (`on`, `end`, "
        "`deadline`, and `since`: the first day a vacant seat has been empty) and a proposal's "
        "`title`. Each rule's names are stable; the rule catalogue words the finding in Norwegian and "
        "English.",
    )


class ComplianceReport(BaseModel):
    council_id: uuid.UUID = Field(description="The council's id.")
    on: date = Field(description=ON + " Composition and leadership are judged on it.")
    year: int = Field(description="The year whose meetings are counted (`?year=`; default the year of `on`).")
    findings: list[FindingPublic] = Field(description="One finding per rule and subject.")


class CouncilDetail(CouncilPublic):
    """A council with its leadership and representatives on a date."""

    on: date = Field(description=ON)
    leadership: Election | None = Field(
        description="The election in force on the date; null before the first."
    )
    representatives: list[RepresentativePublic] = Field(description="The seats whose terms cover the date.")
