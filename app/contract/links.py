"""Links a person can open: a page's URL carrying a signed, expiring capability for that one page."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from app.contract.common import Code, Request
from app.domain.compliance import Status
from app.domain.values import CouncilKind

LINKS_PATH = "/v1/links"
LINK_PAGE_PATH = "/v1/links/{token}"


class LinkedPage(StrEnum):
    ACTIVITY_SUMMARY = "activity_summary"
    """A council's annual activity summary (`council`, `year`)."""
    COMPLIANCE = "compliance"
    """The compliance overview RegUt works from (`year`, and the filters `region`, `kind`, `status`)."""


class LinkRequest(Request):
    """Which page the link opens, and exactly which view of it: the link opens that view and no other."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"page": "activity_summary", "council": "0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6", "year": 2025},
                {"page": "compliance", "region": "helse-nord", "status": "violation"},
            ]
        },
    )

    page: LinkedPage = Field(description="`activity_summary` or `compliance`.")
    council: uuid.UUID | None = Field(
        None, description="With `activity_summary`: the council's id (required); not with `compliance`."
    )
    year: int | None = Field(
        None,
        ge=1900,
        le=2999,
        description="The year the page shows; default this year in Norway. A year not begun yet is a 422.",
    )
    region: Code | None = Field(None, description="With `compliance`: only the councils of this region.")
    kind: CouncilKind | None = Field(None, description="With `compliance`: only councils of this kind.")
    status: Status | None = Field(
        None, description="With `compliance`: only councils whose worst finding has this status."
    )

    @model_validator(mode="after")
    def names_what_its_page_needs(self) -> "LinkRequest":
        if self.page is LinkedPage.ACTIVITY_SUMMARY:
            if self.council is None:
                raise ValueError("an activity_summary link names its `council`")
            if self.region is not None or self.kind is not None or self.status is not None:
                raise ValueError("`region`, `kind` and `status` filter the compliance page only")
        elif self.council is not None:
            raise ValueError("a compliance link names no `council`: filter it by `region` instead")
        return self


class Link(BaseModel):
    """A link to hand to a person: whoever holds it can open the page until it expires, without logging
    in. Treat it as a password: send it to one person, never publish it."""

    url: str = Field(description="The page's absolute URL, the capability inside it.")
    page: LinkedPage = Field(description="The page it opens.")
    expires_at: AwareDatetime = Field(
        description="When it stops working (`LIS_LINK_DAYS` after it was made); every link stops at once "
        "when the service's signing key (`LIS_LINK_SIGNING_KEY`) is rotated."
    )


class LinkClaims(BaseModel):
    """What a link's signed token says: the page, its view, who asked for it and until when."""

    page: LinkedPage
    council: uuid.UUID | None = None
    year: int
    region: str | None = None
    kind: CouncilKind | None = None
    status: Status | None = None
    by: str
    """The client id of the system that asked for the link: reads through it are disclosed as its reads."""
    org: str | None = None
    expires_at: datetime
