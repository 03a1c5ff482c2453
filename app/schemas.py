"""The API contract. Separate from the tables, so that storage changes cannot leak into it."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
    model_validator,
)

from app.domain.profiles import ProfileName
from app.domain.values import CouncilKind, TrustKind


def _without_nul(value: str) -> str:
    # PostgreSQL refuses NUL in text; refuse it here so that both dialects answer 422, not 500.
    if "\x00" in value:
        raise ValueError("must not contain the NUL character")
    return value


Code = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300), AfterValidator(_without_nul)
]


class Request(BaseModel):
    """Request bodies refuse unknown fields: a misspelt field must not be silently ignored."""

    model_config = ConfigDict(extra="forbid")


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
    established_on: date | None = Field(None, description="Default: today (Europe/Oslo).")
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
    dissolved_on: date | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "CouncilUpdate":
        for field in ("name", "specialty"):
            if field in self.model_fields_set and getattr(self, field) is None:
                raise ValueError(f"{field} cannot be cleared")
        return self


class Health(BaseModel):
    status: str
    database: str | None = None
    pending_migrations: list[str] = Field(default_factory=list)
