"""Compliance across councils: the national overview RegUt works from."""

from datetime import date

from pydantic import BaseModel, Field

from app.contract.councils import CouncilPublic
from app.contract.seats import ON, FindingPublic
from app.domain.compliance import Status
from app.domain.rules import Rule

YEAR = "The year whose meetings are counted (`?year=`; default this year in Norway)."


class CouncilCompliance(BaseModel):
    council: CouncilPublic = Field(description="The council.")
    status: Status = Field(
        description="Its worst finding's status: `violation`, `advice`, `pending` or `ok`."
    )
    findings: list[FindingPublic] = Field(
        description="Every finding, as GET /v1/councils/{id}/compliance has it."
    )


class ComplianceSummary(BaseModel):
    councils: int = Field(description="Councils covered (after `region` and `kind`, before `status`).")
    by_status: dict[Status, int] = Field(description="How many councils have each worst status.")
    by_rule: dict[Rule, dict[Status, int]] = Field(
        description="Per rule, how many of its findings have each status."
    )


class NationalCompliance(BaseModel):
    on: date = Field(description=ON)
    year: int = Field(description=YEAR)
    summary: ComplianceSummary = Field(description="Councils per status and findings per rule.")
    councils: list[CouncilCompliance] = Field(description="The councils (those with `status`, if asked).")
