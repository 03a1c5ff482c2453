"""Councils: what they are, how they are created and changed, who appoints to them."""

import uuid
from datetime import date, datetime

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    model_validator,
)

from app.contract.common import Code, Day, Request, Text, refuse_clearing
from app.domain.profiles import ProfileName
from app.domain.values import CouncilKind, RegionCode


class CouncilPublic(BaseModel):
    id: uuid.UUID = Field(description="The council's id.")
    kind: CouncilKind = Field(
        description="`regional` (one per region and specialty), `interregional` (tverregionalt råd, one per "
        "specialty), or one of Helse Nord's governance bodies for LIS education (seed 004), one per region: "
        "`strategic_council` (strategisk råd), `working_committee` (its arbeidsutvalg), `education_forum` "
        "(regionalt forum for LIS-utdanning)."
    )
    name: str = Field(description="The council's name, by default the one its mandate gives it.")
    specialty: str | None = Field(
        description="Code of the council's specialty, e.g. `anestesiologi`; null for a governance body."
    )
    region: str | None = Field(
        description="The region of a regional council or a governance body; null for an inter-regional one."
    )
    profile: ProfileName = Field(description="The mandate profile whose rules apply to the council.")
    contact_email: str | None = Field(
        description="The council's contact e-mail; null where none is recorded."
    )
    established_on: date = Field(description="The date the council was established.")
    dissolved_on: date | None = Field(
        description="The date the council was dissolved (no term runs past it); null while it is active."
    )
    created_at: datetime = Field(description="When the council was registered (RFC 3339 date-time).")
    updated_at: datetime = Field(description="When the council's record last changed (RFC 3339 date-time).")


class CouncilList(BaseModel):
    items: list[CouncilPublic] = Field(description="This page of councils.")
    next_cursor: str | None = Field(
        description="The `cursor` for the next page (`?cursor=`); null on the last page."
    )


class CouncilCreate(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "regional",
                    "specialty": "anestesiologi",
                    "region": "helse-nord",
                    "contact_email": "anestesi.rur@unn.no",
                    "established_on": "2025-01-01",
                    "appointing_trusts": [
                        "unn",
                        "nordlandssykehuset",
                        "helgelandssykehuset",
                        "finnmarkssykehuset",
                    ],
                }
            ]
        },
    )

    kind: CouncilKind = Field(
        description="`regional` (one per region and specialty), `interregional` (tverregionalt råd, one per "
        "specialty), or one of Helse Nord's governance bodies for LIS education (seed 004), one per region: "
        "`strategic_council` (strategisk råd), `working_committee` (its arbeidsutvalg), `education_forum` "
        "(regionalt forum for LIS-utdanning)."
    )
    specialty: Code | None = Field(
        None,
        description="Code of a hospital-based specialty (see /v1/specialties); required for a council, "
        "absent for a governance body.",
    )
    region: RegionCode | None = Field(
        None, description="Required for a regional council and a governance body, absent otherwise."
    )
    name: Text | None = Field(None, description="Default: the name the council's mandate gives it.")
    contact_email: EmailStr | None = Field(
        None, description="The council's contact e-mail, shown to the public."
    )
    established_on: Day | None = Field(None, description="Default: today (Europe/Oslo).")
    appointing_trusts: list[Code] | None = Field(
        None,
        max_length=50,
        description="Regional councils: the trusts that appoint to it. Default: the region's public "
        "health trusts (HF).",
    )

    @model_validator(mode="after")
    def region_matches_kind(self) -> "CouncilCreate":
        if self.kind.has_specialty and self.specialty is None:
            raise ValueError("a council is a council of a specialty: name it")
        if not self.kind.has_specialty:
            if self.specialty is not None:
                raise ValueError(f"a {self.kind.replace('_', ' ')} body is of no specialty")
            if self.region is None:
                raise ValueError(f"a {self.kind.replace('_', ' ')} body is a region's: name it")
        if self.kind is CouncilKind.REGIONAL and self.region is None:
            raise ValueError("a regional council needs a region")
        if self.kind is CouncilKind.INTERREGIONAL and self.region is not None:
            raise ValueError("an inter-regional council belongs to no region")
        if self.kind is CouncilKind.INTERREGIONAL and self.appointing_trusts is not None:
            raise ValueError("an inter-regional council has no appointing trusts")
        return self


class CouncilUpdate(Request):
    """Fields left out are unchanged; `null` clears an optional field."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"contact_email": "anestesi.rur@unn.no"},
                {"established_on": "2019-03-01"},
                {"dissolved_on": "2026-12-31"},
            ]
        },
    )

    name: Text | None = Field(None, description="The council's name; cannot be cleared.")
    specialty: Code | None = Field(
        None,
        description="Code of another specialty, only while the council has no representatives; cannot be "
        "cleared. A governance body has none.",
    )
    region: RegionCode | None = Field(
        None,
        description="Another region for a regional council, only while it has no representatives; its "
        "appointing trusts then become the new region's default. Never set for an inter-regional council.",
    )
    contact_email: EmailStr | None = Field(
        None, description="The council's contact e-mail; `null` clears it."
    )
    established_on: Day | None = Field(
        None,
        description="Corrects the date the council was established (BEFORE-ESTABLISHED: not before "
        "2019-01-01, when the councils' first mandate began, nor after the first day of a seat, an election "
        "or a meeting it holds); cannot be cleared.",
    )
    dissolved_on: Day | None = Field(
        None,
        description="Dissolves the council on this date (not before it was established; every term must end "
        "by then); `null` revives a dissolved council.",
    )

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "CouncilUpdate":
        refuse_clearing(self, "name", "specialty", "established_on")
        return self


class AppointingTrusts(Request):
    """The health trusts that appoint to a regional council, by code: what GET answers and PUT takes,
    so a client can read the list, change it and send it back. Empty for an inter-regional council,
    whose seats belong to regions."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"trusts": ["unn", "nordlandssykehuset", "helgelandssykehuset", "finnmarkssykehuset"]}
            ]
        },
    )

    trusts: list[Code] = Field(
        max_length=50, description="Codes of the appointing health trusts (see /v1/health-trusts)."
    )
