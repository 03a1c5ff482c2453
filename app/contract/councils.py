"""Councils: what they are, how they are created and changed, who appoints to them."""

import uuid
from datetime import date, datetime

from pydantic import (
    BaseModel,
    EmailStr,
    Field,
    model_validator,
)

from app.contract.common import Code, Day, Request, Text, refuse_clearing
from app.domain.profiles import ProfileName
from app.domain.values import CouncilKind, RegionCode


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
    region: RegionCode | None = Field(None, description="Required for a regional council, absent otherwise.")
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
    region: RegionCode | None = None
    contact_email: EmailStr | None = None
    dissolved_on: Day | None = None

    @model_validator(mode="after")
    def required_fields_not_cleared(self) -> "CouncilUpdate":
        refuse_clearing(self, "name", "specialty")
        return self


class AppointingTrusts(Request):
    """The health trusts that appoint to a regional council, by code: what GET answers and PUT takes,
    so a client can read the list, change it and send it back. Empty for an inter-regional council,
    whose seats belong to regions."""

    trusts: list[Code] = Field(
        max_length=50, description="Codes of the appointing health trusts (see /v1/health-trusts)."
    )
