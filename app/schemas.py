"""The API contract. Separate from the tables, so that storage changes cannot leak into it."""

import re
import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.domain.compliance import Severity, Status
from app.domain.profiles import ProfileName
from app.domain.seats import EducationRole, SeatKind
from app.domain.values import CouncilKind, TrustKind
from app.text import unstorable_text


def _representable_in_utc(value: datetime) -> datetime:
    # 0001-01-01T00:00+14:00 is a valid instant in RFC 3339 but not in UTC on this platform.
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError("the instant is out of range") from None


# Dates and instants arrive as text, never as numbers: pydantic's lax mode would read `0` as
# 1970-01-01, which no client means. The pattern is checked before pydantic parses the text.
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_INSTANT_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})")


def _date_as_text(value: object) -> object:
    if isinstance(value, date) or (isinstance(value, str) and _DATE_TEXT.fullmatch(value)):
        return value
    raise ValueError("must be a date written YYYY-MM-DD")


def _instant_as_text(value: object) -> object:
    if isinstance(value, datetime) or (isinstance(value, str) and _INSTANT_TEXT.fullmatch(value)):
        return value
    raise ValueError("must be an RFC 3339 date-time with an offset, e.g. 2026-01-31T09:00:00+01:00")


def _flag_as_text(value: object) -> object:
    # Query strings carry text: only the words the contract's boolean has, not 1/0/yes/on.
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise ValueError("must be true or false")


Instant = Annotated[AwareDatetime, BeforeValidator(_instant_as_text), AfterValidator(_representable_in_utc)]
"""An RFC 3339 date-time with offset, normalised to UTC."""

Day = Annotated[date, BeforeValidator(_date_as_text), Field(ge=date(1900, 1, 1), le=date(2999, 12, 31))]
"""A calendar date the registry can reason about: terms and periods are computed years past it."""

QueryFlag = Annotated[bool, BeforeValidator(_flag_as_text)]
"""A boolean query parameter: `true` or `false`."""

Flag = StrictBool
"""A boolean in a JSON body: `true` or `false`, never `0` or `"yes"`."""

Code = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


def _refuse_unstorable(value: Any) -> Any:
    if isinstance(value, str):
        problem = unstorable_text(value)
        if problem is not None:
            raise ValueError(problem)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _refuse_unstorable(item)
    return value


class Request(BaseModel):
    """Request bodies refuse unknown fields: a misspelt field must not be silently ignored. Every text
    they carry is checked here, once, for what no database can store (NUL, lone surrogates)."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def storable_text(cls, value: Any, _info: ValidationInfo) -> Any:
        return _refuse_unstorable(value)


def refuse_clearing(update: BaseModel, *required: str) -> None:
    """In a partial update, `null` clears a field; refuse it for fields that must have a value."""
    cleared = [f for f in required if f in update.model_fields_set and getattr(update, f) is None]
    if cleared:
        raise ValueError(f"{', '.join(cleared)} cannot be cleared")


class ProblemDetail(BaseModel):
    rule: str = Field(description="Rule ID from MANDATE.md, or a protocol code such as REQUEST-INVALID.")
    message: str
    pointer: str | None = Field(None, description="JSON Pointer into the request body.")
    parameter: str | None = Field(None, description="The query, path or header parameter concerned.")


class Problem(BaseModel):
    """RFC 9457 problem details, with the rule that was broken."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    rule: str
    errors: list[ProblemDetail] = Field(default_factory=list)


# Reference data


class RegUt(BaseModel):
    """The region's education centre (regionalt utdanningssenter)."""

    name: str
    host_trust: str | None = Field(description="Code of the health trust that hosts the RegUt.")
    email: str | None


class RegionPublic(BaseModel):
    code: str
    name: str
    regut: RegUt
    updated_at: datetime


class RegionList(BaseModel):
    items: list[RegionPublic]
    next_cursor: str | None


class HealthTrustPublic(BaseModel):
    code: str
    name: str
    region: str
    org_number: str
    kind: TrustKind
    hosts_regut: bool
    updated_at: datetime


class HealthTrustList(BaseModel):
    items: list[HealthTrustPublic]
    next_cursor: str | None


class SpecialtyPublic(BaseModel):
    code: str
    name_nb: str
    name_en: str
    abbreviation: str | None
    hospital_based: bool
    responsible_region: str | None = Field(
        description="Region whose RegUt is the specialty's responsible RegUt (spesialitetskontakt); "
        "null where none is recorded yet."
    )
    updated_at: datetime


class SpecialtyList(BaseModel):
    items: list[SpecialtyPublic]
    next_cursor: str | None


class CoordinatingPeriodPublic(BaseModel):
    region: str
    starts_on: date = Field(
        description="Start of the period; implied by the two-year rotation if unrecorded."
    )
    starts_on_recorded: bool
    ends_on: date


class CoordinatingPeriodList(BaseModel):
    items: list[CoordinatingPeriodPublic]
    next_cursor: str | None


class CoordinatingRegUtPublic(BaseModel):
    on: date
    region: str
    regut: RegUt
    period: CoordinatingPeriodPublic


# Councils


class CouncilPublic(BaseModel):
    id: uuid.UUID
    kind: CouncilKind
    name: str
    specialty: str
    region: str | None = Field(
        description="The region of a regional council; null for an inter-regional one."
    )
    profile: ProfileName = Field(description="The mandate profile whose rules apply to the council.")
    contact_email: str | None
    established_on: date
    dissolved_on: date | None
    created_at: datetime
    updated_at: datetime


class CouncilList(BaseModel):
    items: list[CouncilPublic]
    next_cursor: str | None


class CouncilCreate(Request):
    kind: CouncilKind
    specialty: Code
    region: Code | None = Field(None, description="Required for a regional council, absent otherwise.")
    name: Text | None = Field(None, description="Default: the name the council's mandate gives it.")
    contact_email: EmailStr | None = None
    established_on: Day | None = Field(None, description="Default: today (Europe/Oslo).")
    appointing_trusts: list[Code] | None = Field(
        None,
        max_length=50,
        description="Regional councils: the trusts that appoint to it. Default: the region's public "
        "health trusts (HF).",
    )

    @model_validator(mode="after")
    def region_matches_kind(self) -> "CouncilCreate":
        if self.kind is CouncilKind.REGIONAL and self.region is None:
            raise ValueError("a regional council needs a region")
        if self.kind is CouncilKind.INTERREGIONAL and self.region is not None:
            raise ValueError("an inter-regional council belongs to no region")
        if self.kind is CouncilKind.INTERREGIONAL and self.appointing_trusts is not None:
            raise ValueError("an inter-regional council has no appointing trusts")
        return self


class CouncilUpdate(Request):
    """Fields left out are unchanged; `null` clears an optional field."""

    name: Text | None = None
    specialty: Code | None = None
    region: Code | None = None
    contact_email: EmailStr | None = None
    dissolved_on: Day | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "CouncilUpdate":
        refuse_clearing(self, "name", "specialty")
        return self


class Health(BaseModel):
    status: str
    database: str | None = None
    pending_migrations: list[str] = Field(default_factory=list)


# Corrections by administrators and RegUt


class RegionCorrection(Request):
    """Fields left out are unchanged."""

    name: Text | None = None
    regut_name: Text | None = None
    regut_email: EmailStr | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "RegionCorrection":
        refuse_clearing(self, "name", "regut_name")
        return self


class SpecialtyCorrection(Request):
    """Fields left out are unchanged; `responsible_region: null` records that none is known."""

    name_nb: Text | None = None
    name_en: Text | None = None
    abbreviation: Annotated[str, StringConstraints(pattern=r"^[A-ZÆØÅ]{2,5}$")] | None = None
    responsible_region: Code | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "SpecialtyCorrection":
        refuse_clearing(self, "name_nb", "name_en")
        return self


class HealthTrustCorrection(Request):
    """Fields left out are unchanged."""

    name: Text | None = None
    org_number: Annotated[str, StringConstraints(pattern=r"^\d{9}$")] | None = Field(
        None, description="The nine-digit organisation number (Enhetsregisteret)."
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "HealthTrustCorrection":
        refuse_clearing(self, "name", "org_number")
        return self


class CoordinatingPeriodCreate(Request):
    region: Code
    starts_on: Day | None = Field(None, description="Default: two years before it ends (the rotation).")
    ends_on: Day = Field(description="31 January, two years on (REGUT-COORDINATING-ROTATION).")


class AppointingTrustsReplace(Request):
    trusts: list[Code] = Field(min_length=1, max_length=50, description="Codes of the appointing trusts.")


# Audit log


class AuditPrincipal(BaseModel):
    kind: str
    subject: str
    org_number: str | None


class AuditEntryPublic(BaseModel):
    id: int
    occurred_at: datetime
    principal: AuditPrincipal
    action: str
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditList(BaseModel):
    items: list[AuditEntryPublic]
    next_cursor: str | None


# People and representatives

HprNumber = Annotated[str, StringConstraints(pattern=r"^\d{6,9}$")]
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{5,20}$")]


class PersonCreate(Request):
    name: Text
    title: Text | None = Field(None, description="e.g. overlege, LIS")
    hpr_number: HprNumber | None = Field(None, description="HPR number; a person is looked up by it.")
    email: EmailStr | None = None
    phone: Phone | None = None
    publish_email: Flag = Field(False, description="The person agrees to show the e-mail to the public.")


class PersonUpdate(Request):
    """Fields left out are unchanged; `null` clears an optional field."""

    name: Text | None = None
    title: Text | None = None
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


class PersonRef(Request):
    """An existing person by `id`, or a person given inline: reused when the HPR number is registered
    under the same name, refused (409) when it is registered under another."""

    id: uuid.UUID | None = None
    person: PersonCreate | None = None

    @model_validator(mode="after")
    def exactly_one(self) -> "PersonRef":
        if (self.id is None) == (self.person is None):
            raise ValueError("give either id or person")
        return self


class QualificationsModel(BaseModel):
    """What the appointing organisation declares about the person for this seat."""

    model_config = ConfigDict(extra="forbid", title="Qualifications")

    specialist_in_specialty: Flag = False
    senior_consultant: Flag = Field(False, description="Overlege.")
    trainee: Flag = Field(False, description="Lege i spesialisering (LIS).")
    education_roles: list[EducationRole] = Field(default_factory=list, max_length=4)


class RepresentativeCreate(Request):
    person: PersonRef
    seat: SeatKind = SeatKind.MEMBER
    trust: Code | None = Field(None, description="The appointing health trust (regional councils).")
    region: Code | None = Field(
        None,
        description="The region whose regional council the person represents (inter-regional member seats).",
    )
    starts_on: Day | None = Field(None, description="Default: today (Europe/Oslo).")
    ends_on: Day | None = Field(
        None,
        description="Last day of the term. Default: start + 4 years on the inter-regional council, "
        "otherwise until further notice.",
    )
    deputy: PersonRef | None = None
    qualifications: QualificationsModel = Field(default_factory=QualificationsModel)


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
    roles: list[str] = Field(description="Leadership roles on the date asked about.")
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
    rule: str
    severity: Severity
    status: Status
    subject: str = Field(description="trust:<code>, region:<code>, seat:<id>, trainee-seat or council")
    message: str


class ComplianceReport(BaseModel):
    council_id: uuid.UUID
    on: date
    findings: list[FindingPublic]


class CouncilDetail(CouncilPublic):
    """A council with its leadership and representatives on a date."""

    on: date
    leadership: Election | None
    representatives: list[RepresentativePublic]
