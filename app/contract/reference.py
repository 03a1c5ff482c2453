"""Reference data: regions and their RegUt, health trusts, specialties, the coordinating RegUt."""

from datetime import date, datetime
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
    model_validator,
)

from app.contract.common import Day, Name, Request, refuse_clearing
from app.domain.values import RegionCode, TrustKind

NEXT_PAGE = "The `cursor` for the next page (`?cursor=`); null on the last page."
UPDATED_AT = "When the record last changed (RFC 3339 date-time)."
UPDATED_AT_FILTERED = "When the record last changed (RFC 3339 date-time): what `?updated_since=` filters on."


class NationalFunction(Request):
    """A task one RegUt does for all four (REGUT-NATIONAL-FUNCTIONS)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "lis-website",
                    "description": "Edits the common LIS website",
                    "source": "003 task 10",
                }
            ]
        },
    )

    code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{1,59}$")] = Field(
        description="A short code for the task, e.g. `recommended-courses`, `lis-website`."
    )
    description: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)] = (
        Field(description="The task in words.")
    )
    source: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] | None = Field(
        None, description="Where the mandate says so, e.g. `003 task 10`."
    )


class RegUt(BaseModel):
    """The region's education centre (regionalt utdanningssenter)."""

    name: str = Field(description="The RegUt's name, e.g. Regionalt utdanningssenter for LIS Helse Nord.")
    host_trust: str | None = Field(description="Code of the health trust that hosts the RegUt.")
    email: str | None = Field(description="The RegUt's contact e-mail; null where none is recorded.")
    national_functions: list[NationalFunction] = Field(
        description="Tasks this RegUt does for all four (REGUT-NATIONAL-FUNCTIONS); often empty."
    )


class RegionPublic(BaseModel):
    code: str = Field(description="The region's code, e.g. `helse-nord`.")
    name: str = Field(description="The regional health authority's name (RHF), e.g. Helse Nord RHF.")
    regut: RegUt = Field(description="The region's education centre (RegUt).")
    updated_at: datetime = Field(description=UPDATED_AT)


class RegionList(BaseModel):
    items: list[RegionPublic] = Field(description="This page of regions, by code.")
    next_cursor: str | None = Field(description=NEXT_PAGE)


class HealthTrustPublic(BaseModel):
    code: str = Field(description="The trust's code, e.g. `unn`, `nordlandssykehuset`.")
    name: str = Field(description="The trust's name, e.g. Universitetssykehuset Nord-Norge HF.")
    region: str = Field(description="Code of the region the trust belongs to.")
    org_number: str = Field(
        description="The nine-digit organisation number (organisasjonsnummer, Enhetsregisteret); a "
        "token identifies the trust by it."
    )
    kind: TrustKind = Field(
        description="A public health trust (`hf`, helseforetak) or a private non-profit hospital with an "
        "agreement (`private`)."
    )
    hosts_regut: bool = Field(description="Whether the trust hosts its region's RegUt.")
    updated_at: datetime = Field(description=UPDATED_AT_FILTERED)


class HealthTrustList(BaseModel):
    items: list[HealthTrustPublic] = Field(description="This page of health trusts.")
    next_cursor: str | None = Field(description=NEXT_PAGE)


class SpecialtyPublic(BaseModel):
    code: str = Field(description="The specialty's code, e.g. `anestesiologi`.")
    name_nb: str = Field(description="The Norwegian (bokmål) name, e.g. Anestesiologi.")
    name_en: str = Field(description="The English name, e.g. Anaesthesiology.")
    abbreviation: str | None = Field(
        description="The abbreviation, two to five capital letters, e.g. ANE; null where none is recorded."
    )
    hospital_based: bool = Field(
        description="Whether the specialty is trained in hospitals; only these have councils (not general "
        "practice or community medicine, which the municipalities train)."
    )
    responsible_region: str | None = Field(
        description="Region whose RegUt is the specialty's responsible RegUt (spesialitetskontakt); "
        "null where none is recorded yet."
    )
    updated_at: datetime = Field(description=UPDATED_AT_FILTERED)


class SpecialtyList(BaseModel):
    items: list[SpecialtyPublic] = Field(description="This page of specialties.")
    next_cursor: str | None = Field(description=NEXT_PAGE)


class CoordinatingPeriodPublic(BaseModel):
    region: str = Field(description="Code of the region whose RegUt coordinates in the period.")
    starts_on: date = Field(
        description="Start of the period; implied by the two-year rotation if unrecorded."
    )
    starts_on_recorded: bool = Field(
        description="Whether `starts_on` is recorded (true) or implied by the rotation (false)."
    )
    ends_on: date = Field(description="The period's last day: 31 January.")


class CoordinatingPeriodList(BaseModel):
    items: list[CoordinatingPeriodPublic] = Field(description="Every recorded period, oldest first.")
    next_cursor: str | None = Field(description="Always null: the periods are one page.")


class CoordinatingRegUtPublic(BaseModel):
    on: date = Field(description="The date asked about (`?on=`; default today in Norway).")
    region: str = Field(description="Code of the region whose RegUt coordinates on the date.")
    regut: RegUt = Field(description="The coordinating RegUt (koordinerende RegUt).")
    period: CoordinatingPeriodPublic = Field(description="The recorded period that covers the date.")


# Corrections by administrators


class RegionCorrection(Request):
    """Fields left out are unchanged."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"regut_name": "RegUt Nord", "regut_email": "regut@unn.no"}]},
    )

    name: Name | None = Field(None, description="The region's name, e.g. Helse Nord RHF; cannot be cleared.")
    regut_name: Name | None = Field(None, description="The RegUt's name; cannot be cleared.")
    regut_email: EmailStr | None = Field(None, description="The RegUt's contact e-mail; `null` clears it.")
    regut_national_functions: list[NationalFunction] | None = Field(
        None,
        max_length=20,
        description="Every task the RegUt does for all four, replacing the stored list; `[]` for none; "
        "cannot be cleared with `null`.",
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "RegionCorrection":
        refuse_clearing(self, "name", "regut_name", "regut_national_functions")
        return self


class SpecialtyCorrection(Request):
    """Fields left out are unchanged; `responsible_region: null` records that none is known."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"abbreviation": "ANE", "responsible_region": "helse-nord"}]},
    )

    name_nb: Name | None = Field(None, description="The Norwegian (bokmål) name; cannot be cleared.")
    name_en: Name | None = Field(None, description="The English name; cannot be cleared.")
    abbreviation: Annotated[str, StringConstraints(pattern=r"^[A-ZÆØÅ]{2,5}$")] | None = Field(
        None, description="Two to five capital letters (A-Z, Æ, Ø, Å), e.g. ANE; `null` clears it."
    )
    responsible_region: RegionCode | None = Field(
        None,
        description="The region whose RegUt is the specialty's responsible RegUt (spesialitetskontakt); "
        "`null` records that none is known.",
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "SpecialtyCorrection":
        refuse_clearing(self, "name_nb", "name_en")
        return self


class HealthTrustCorrection(Request):
    """Fields left out are unchanged."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"name": "Nordlandssykehuset HF", "org_number": "983974910"}]},
    )

    name: Name | None = Field(None, description="The trust's name; cannot be cleared.")
    org_number: Annotated[str, StringConstraints(pattern=r"^\d{9}$")] | None = Field(
        None, description="The nine-digit organisation number (Enhetsregisteret)."
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "HealthTrustCorrection":
        refuse_clearing(self, "name", "org_number")
        return self


class CoordinatingPeriodCreate(Request):
    """The next period of the coordinating RegUt's rotation."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"region": "helse-nord", "starts_on": "2021-02-01", "ends_on": "2023-01-31"}]
        },
    )

    region: RegionCode = Field(description="The region whose RegUt coordinates in the period.")
    starts_on: Day | None = Field(None, description="Default: two years before it ends (the rotation).")
    ends_on: Day = Field(description="31 January, two years on (REGUT-COORDINATING-ROTATION).")
