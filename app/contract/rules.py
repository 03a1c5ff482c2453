"""The rule catalogue: every rule ID a problem or finding can name, described."""

from enum import StrEnum

from pydantic import BaseModel, Field

from app.contract.common import RuleId
from app.domain.compliance import Severity
from app.domain.profiles import ProfileName


class RuleKind(StrEnum):
    GUARD = "guard"
    """Checked before anything is stored: a request that breaks it is refused with `status`."""
    FINDING = "finding"
    """A standing condition the data may be in, reported by compliance; never a reason to refuse."""
    DEFAULT = "default"
    """What the service assumes when a request leaves it open."""
    DATA = "data"
    """A fact the reference data holds."""
    PROTOCOL = "protocol"
    """What is wrong with a request as an HTTP request, not with the mandate."""


class RuleTopic(StrEnum):
    COUNCILS = "councils"
    SEATS = "seats"
    LEADERSHIP = "leadership"
    MEETINGS = "meetings"
    PROPOSALS = "proposals"
    GOVERNANCE = "governance"
    REGUT = "regut"
    PROTOCOL = "protocol"


class RuleText(BaseModel):
    """A rule in one language."""

    statement: str = Field(description="The rule in plain words (light Markdown).")
    finding: str | None = Field(
        description="For a finding: what it says about a council that does not meet the rule, in "
        "general terms; null for other kinds. Pages word each finding in full from its `params`."
    )


class RuleTexts(BaseModel):
    nb: RuleText = Field(description="In Norwegian bokmål.")
    en: RuleText = Field(description="In English.")


class RulePublic(BaseModel):
    """A rule, as the mandates state it or the protocol defines it."""

    id: RuleId = Field(description="The rule ID: stable, quoted as `rule` in problems and findings.")
    kind: RuleKind = Field(description="How the service applies the rule.")
    topic: RuleTopic = Field(description="The part of the registry the rule is about.")
    severity: Severity | None = Field(description="For a finding: a `violation` of the mandate, or `advice`.")
    status: int | None = Field(
        description="For a guard or a protocol code: the HTTP status of a request it refuses."
    )
    profiles: list[ProfileName] = Field(
        description="The mandate profiles whose councils the rule applies to; empty for a protocol code."
    )
    statement: str = Field(description="The rule in plain words (light Markdown; italics quote the mandate).")
    source: str | None = Field(
        description="Where the mandates say it (mandates 000 to 004, § section); null where none needs to."
    )
    texts: RuleTexts = Field(
        description="The rule, and for a finding what it says, in Norwegian and English."
    )


class RuleList(BaseModel):
    items: list[RulePublic] = Field(description="The rules, in catalogue order.")
    next_cursor: str | None = Field(description="Always null: the catalogue is one page.")
