"""Proposals to change learning goals: raising them, the consultation, the assessment, the decision."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.contract.common import Code, Day, Name, Request, Text, refuse_clearing, union_tags
from app.contract.meetings import Link, OsloTime
from app.domain.proposals import (
    LEARNING_GOAL_CODE,
    Action,
    Outcome,
    Position,
    ProposalKind,
    ProposalStatus,
    Recommendation,
)
from app.domain.values import RegionCode

LearningGoalCode = Annotated[str, StringConstraints(pattern=f"^{LEARNING_GOAL_CODE.pattern}$", max_length=10)]
"""A learning goal's code as the Directorate writes it: letters, a hyphen, three digits (`ANE-001`)."""
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
Consequence = Annotated[str, StringConstraints(max_length=20_000)]

MAX_GOALS = 100
MAX_ATTACHMENTS = 20


class RaiserKind(StrEnum):
    COUNCIL = "council"
    TRUST = "trust"
    REGUT = "regut"
    PERSON = "person"


class RaisedByCouncil(Request):
    """Raised by a council."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"kind": "council", "council": "0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6"}]
        },
    )

    kind: Literal[RaiserKind.COUNCIL] = Field(description="`council`.")
    council: uuid.UUID = Field(description="The council's id.")


class RaisedByTrust(Request):
    """Raised by a health trust."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"kind": "trust", "trust": "unn"}]}
    )

    kind: Literal[RaiserKind.TRUST] = Field(description="`trust`.")
    trust: Code = Field(description="The health trust's code.")


class RaisedByRegut(Request):
    """Raised by a region's RegUt."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"kind": "regut", "region": "helse-nord"}]}
    )

    kind: Literal[RaiserKind.REGUT] = Field(description="`regut`.")
    region: RegionCode = Field(description="The region whose RegUt raised it.")


class RaisedByPerson(Request):
    """Raised by a named person."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"kind": "person", "name": "Kari Nordmann"}]}
    )

    kind: Literal[RaiserKind.PERSON] = Field(description="`person`.")
    name: Name = Field(description="The person's name.")


RaisedBy = Annotated[
    RaisedByCouncil | RaisedByTrust | RaisedByRegut | RaisedByPerson,
    Field(discriminator="kind"),
    union_tags("council", "trust", "regut", "person", at=("raised_by",)),
]
"""Who raised the proposal, told by `kind`: a council (`council`), a health trust (`trust`), a RegUt
(`region`), or a named person (`name`). A generated client picks the branch by `kind`."""


class Attachment(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"title": "Begrunnelse", "url": "https://example.no/forslag.pdf"}]},
    )

    title: Text = Field(description="What the document is.")
    url: Link = Field(description="An https link to it.")


EXAMPLE_PROPOSAL = {
    "specialty": "anestesiologi",
    "kind": "learning_goal",
    "title": "Presisere læringsmål om luftveishåndtering",
    "rationale": "Dagens formulering skiller ikke mellom elektiv og akutt luftveishåndtering.",
    "learning_goals": ["ANE-001", "ANE-014"],
    "raised_by": {"kind": "trust", "trust": "unn"},
}


class ProposalCreate(Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [EXAMPLE_PROPOSAL]})

    specialty: Code = Field(description="The specialty whose learning goals it concerns.")
    kind: ProposalKind = Field(description="`learning_goal`, `explanatory_text` or `learning_activity`.")
    title: Text = Field(description="What it proposes, in a line.")
    rationale: LongText = Field(description="Why.")
    learning_goals: list[LearningGoalCode] = Field(
        default_factory=list, max_length=MAX_GOALS, description="The codes of the learning goals concerned."
    )
    raised_by: RaisedBy = Field(description="Who raised it.")
    attachments: list[Attachment] = Field(
        default_factory=list, max_length=MAX_ATTACHMENTS, description="Documents, as links."
    )


class ProposalUpdate(Request):
    """A change to a draft: the fields sent replace the stored ones."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"title": "Nytt læringsmål om sedasjon"}]}
    )

    kind: ProposalKind | None = Field(
        None, description="`learning_goal`, `explanatory_text` or `learning_activity`."
    )
    title: Text | None = Field(None, description="What it proposes, in a line.")
    rationale: LongText | None = Field(None, description="Why.")
    learning_goals: list[LearningGoalCode] | None = Field(
        None, max_length=MAX_GOALS, description="The codes concerned."
    )
    raised_by: RaisedBy | None = Field(None, description="Who raised it.")
    attachments: list[Attachment] | None = Field(
        None, max_length=MAX_ATTACHMENTS, description="Documents, as links."
    )

    @model_validator(mode="after")
    def required_fields_stay(self) -> "ProposalUpdate":
        refuse_clearing(self, "kind", "title", "rationale", "learning_goals", "raised_by", "attachments")
        return self


class ProposalNote(Request):
    """A note for the proposal's history, sent with a step of its workflow."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"note": "Sendt på høring etter møtet 12. mars"}]}
    )

    note: Text | None = Field(None, description="Why, for the proposal's history.")


class ConsultationOpening(Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"deadline": "2027-03-01"}]})

    deadline: Day = Field(
        description="The last day (Europe/Oslo) for the regional councils' statements; after today."
    )
    note: Text | None = Field(None, description="Why, for the proposal's history.")


class StatementCreate(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "council": "0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6",
                    "position": "support",
                    "text": "Rådet støtter forslaget.",
                }
            ]
        },
    )

    council: uuid.UUID = Field(description="The regional council of the specialty whose statement it is.")
    position: Position = Field(description="`support`, `oppose` or `neutral`.")
    text: LongText = Field(description="The statement.")


class AssessmentRecord(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "professional_consequences": "Tydeligere progresjon.",
                    "economic_consequences": "Ingen merkostnad.",
                    "organisational_consequences": "Krever justert kursplan.",
                    "recommendation": "adopt",
                }
            ]
        },
    )

    # Optional here so that a missing or blank consequence is refused by ASSESSMENT-THREE-CONSEQUENCES,
    # naming the rule, rather than as a malformed request.
    professional_consequences: Consequence | None = Field(None, description="The professional consequences.")
    economic_consequences: Consequence | None = Field(None, description="The economic consequences.")
    organisational_consequences: Consequence | None = Field(
        None, description="The organisational consequences."
    )
    recommendation: Recommendation = Field(description="`adopt`, `adopt_with_changes` or `reject`.")
    note: Text | None = Field(None, description="For the proposal's history.")


class Decline(Request):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Dekkes av gjeldende mål."}]}
    )

    reason: Text = Field(description="Why RegUt does not forward it.")


class OutcomeRecord(Request):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"outcome": "adopted", "decided_on": "2027-06-01", "reference": "25/1234"}]
        },
    )

    outcome: Outcome = Field(description="`adopted`, `adopted_with_changes` or `rejected`.")
    decided_on: Day = Field(description="The day of the Directorate's decision.")
    reference: Text = Field(description="The Directorate's case reference.")


class StatementPublic(BaseModel):
    council_id: uuid.UUID = Field(description="The regional council.")
    position: Position = Field(description="`support`, `oppose` or `neutral`.")
    text: str = Field(description="The statement.")
    recorded_at: datetime = Field(description="When it was recorded (RFC 3339 date-time).")


class AssessmentPublic(BaseModel):
    professional_consequences: str = Field(description="The professional consequences.")
    economic_consequences: str = Field(description="The economic consequences.")
    organisational_consequences: str = Field(description="The organisational consequences.")
    recommendation: Recommendation = Field(description="`adopt`, `adopt_with_changes` or `reject`.")


class OutcomePublic(BaseModel):
    outcome: Outcome = Field(description="`adopted`, `adopted_with_changes` or `rejected`.")
    decided_on: date = Field(description="The day of the decision.")
    reference: str = Field(description="The Directorate's case reference.")


class Discussion(BaseModel):
    meeting_id: uuid.UUID = Field(description="The meeting whose agenda refers to the proposal.")
    council_id: uuid.UUID = Field(description="The council that met.")
    starts_at: OsloTime = Field(description="When the meeting starts, in Norway's time.")


class RaisedByPublic(BaseModel):
    kind: RaiserKind = Field(description="`council`, `trust`, `regut` or `person`.")
    council: uuid.UUID | None = Field(description="The council that raised it.")
    trust: str | None = Field(description="The health trust that raised it.")
    region: str | None = Field(description="The region whose RegUt raised it.")
    name: str | None = Field(description="The person who raised it; null for anonymous callers.")


class ProposalPublic(BaseModel):
    """A proposal. Anonymous callers see its public fields: attachments, statements, the assessment and
    the reason for declining are null for them, and so is a person's name as raiser."""

    id: uuid.UUID = Field(description="The proposal's id.")
    specialty: str = Field(description="The specialty's code.")
    kind: ProposalKind = Field(description="`learning_goal`, `explanatory_text` or `learning_activity`.")
    title: str = Field(description="What it proposes.")
    rationale: str = Field(description="Why.")
    learning_goals: list[str] = Field(description="The codes of the learning goals concerned.")
    raised_by: RaisedByPublic = Field(description="Who raised it.")
    status: ProposalStatus = Field(description="Where it stands in the workflow (PROPOSAL-TRANSITION).")
    allowed_actions: list[Action] = Field(
        description="What the caller may do with it now: the workflow's next steps that the caller has "
        "the authority for (empty for anonymous callers)."
    )
    responsible_region: RegionCode | None = Field(description="The region whose RegUt runs it.")
    consultation_deadline: date | None = Field(
        description="The last day for statements; null before a consultation."
    )
    attachments: list[Attachment] | None = Field(
        description="Documents, as links; null for anonymous callers."
    )
    statements: list[StatementPublic] | None = Field(
        description="The regional councils' statements; null for anonymous callers."
    )
    assessment: AssessmentPublic | None = Field(
        description="The inter-regional council's assessment; null before it, and for anonymous callers."
    )
    decision_reason: str | None = Field(
        description="Why RegUt declined it; null otherwise, and for anonymous callers."
    )
    outcome: OutcomePublic | None = Field(description="The Directorate's decision; null before it.")
    discussed_at: list[Discussion] = Field(description="The meetings whose agenda refers to it.")
    created_at: datetime = Field(description="When it was raised (RFC 3339 date-time).")
    updated_at: datetime = Field(description="When it last changed (RFC 3339 date-time).")


class ProposalList(BaseModel):
    items: list[ProposalPublic] = Field(description="This page of proposals.")
    next_cursor: str | None = Field(description="The cursor of the next page; null on the last.")


class TransitionPublic(BaseModel):
    action: str = Field(description="`create`, or the action taken.")
    from_status: ProposalStatus | None = Field(description="The status before; null when it was raised.")
    to_status: ProposalStatus = Field(description="The status after.")
    principal: str = Field(description="The kind of caller: `read`, `appointments`, `regut` or `admin`.")
    client_id: str = Field(description="The calling system.")
    org_number: str | None = Field(description="The calling organisation's number.")
    note: str | None = Field(description="Why, as the caller said.")
    occurred_at: datetime = Field(description="When (RFC 3339 date-time).")


class ProposalHistory(BaseModel):
    proposal_id: uuid.UUID = Field(description="The proposal.")
    items: list[TransitionPublic] = Field(description="Every step, oldest first.")
