"""Reference data: regions and their RegUt, health trusts, specialties, the coordinating RegUt."""

from datetime import date, datetime
from typing import Annotated

from pydantic import (
    BaseModel,
    EmailStr,
    Field,
    StringConstraints,
    model_validator,
)

from app.contract.common import Day, Name, Request, refuse_clearing
from app.domain.values import RegionCode, TrustKind


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


# Corrections by administrators


class RegionCorrection(Request):
    """Fields left out are unchanged."""

    name: Name | None = None
    regut_name: Name | None = None
    regut_email: EmailStr | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "RegionCorrection":
        refuse_clearing(self, "name", "regut_name")
        return self


class SpecialtyCorrection(Request):
    """Fields left out are unchanged; `responsible_region: null` records that none is known."""

    name_nb: Name | None = None
    name_en: Name | None = None
    abbreviation: Annotated[str, StringConstraints(pattern=r"^[A-ZÆØÅ]{2,5}$")] | None = None
    responsible_region: RegionCode | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "SpecialtyCorrection":
        refuse_clearing(self, "name_nb", "name_en")
        return self


class HealthTrustCorrection(Request):
    """Fields left out are unchanged."""

    name: Name | None = None
    org_number: Annotated[str, StringConstraints(pattern=r"^\d{9}$")] | None = Field(
        None, description="The nine-digit organisation number (Enhetsregisteret)."
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "HealthTrustCorrection":
        refuse_clearing(self, "name", "org_number")
        return self


class CoordinatingPeriodCreate(Request):
    region: RegionCode
    starts_on: Day | None = Field(None, description="Default: two years before it ends (the rotation).")
    ends_on: Day = Field(description="31 January, two years on (REGUT-COORDINATING-ROTATION).")
