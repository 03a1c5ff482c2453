"""Table models only: the storage shape. The API contract lives in `app/contract/`."""

import inspect
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from app.storage.database import utcnow

# One type per dialect for JSON documents and monotonic ids, chosen here once.
JSONDocument = JSON().with_variant(JSONB(), "postgresql")
MonotonicId = BigInteger().with_variant(Integer(), "sqlite")
F = TypeVar("F", bound=Callable[..., Any])


def _signed(factory: F) -> F:
    """A default factory that carries its signature. pydantic asks each factory's signature on every
    construction of a row, and `inspect.signature` returns `__signature__` as it is instead of
    working it out (a builtin's is parsed from text: `list` cost ~150 µs, a function ~15)."""
    factory.__signature__ = inspect.signature(factory)  # type: ignore[attr-defined]
    return factory


@_signed
def empty_list() -> list[Any]:
    return []


@_signed
def new_id() -> uuid.UUID:
    return uuid.uuid4()


@_signed
def now() -> datetime:
    return utcnow()


class Timestamped(SQLModel):
    created_at: datetime = Field(default_factory=now, nullable=False)
    updated_at: datetime = Field(
        default_factory=now, nullable=False, sa_column_kwargs={"onupdate": utcnow}, index=True
    )


class Region(Timestamped, table=True):
    code: str = Field(primary_key=True, max_length=40)
    name: str = Field(max_length=200)
    regut_name: str = Field(max_length=200)
    regut_email: str | None = Field(default=None, max_length=254)
    regut_national_functions: list[dict[str, str]] = Field(
        default_factory=empty_list,
        sa_column=Column(JSONDocument, nullable=False, server_default=text("'[]'")),
        description="REGUT-NATIONAL-FUNCTIONS: `{code, description}` of each task done for all four RegUt.",
    )
    corrected_at: datetime | None = Field(
        default=None, description="Set when an administrator corrected the row; the loader then leaves it."
    )


class HealthTrust(Timestamped, table=True):
    __tablename__ = "health_trust"
    __table_args__ = (
        CheckConstraint("kind IN ('hf', 'private')", name="kind"),
        CheckConstraint("length(org_number) = 9", name="org_number_length"),
        # REGUT-ONE-PER-REGION: one RegUt per region, hosted by one trust.
        Index(
            "uq_health_trust_regut_host",
            "region_code",
            unique=True,
            sqlite_where=text("hosts_regut"),
            postgresql_where=text("hosts_regut"),
        ),
    )

    code: str = Field(primary_key=True, max_length=60)
    region_code: str = Field(foreign_key="region.code", index=True, max_length=40)
    name: str = Field(max_length=200)
    org_number: str = Field(unique=True, max_length=9)
    kind: str = Field(max_length=16)
    hosts_regut: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, server_default=false())
    )
    corrected_at: datetime | None = None


class Specialty(Timestamped, table=True):
    code: str = Field(primary_key=True, max_length=80)
    name_nb: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    abbreviation: str | None = Field(default=None, max_length=10)
    hospital_based: bool
    responsible_region_code: str | None = Field(default=None, foreign_key="region.code", max_length=40)
    corrected_at: datetime | None = None


class CoordinatingPeriod(Timestamped, table=True):
    __tablename__ = "coordinating_period"
    __table_args__ = (CheckConstraint("starts_on IS NULL OR starts_on <= ends_on", name="period_order"),)

    id: int | None = Field(default=None, primary_key=True)
    region_code: str = Field(foreign_key="region.code", max_length=40)
    starts_on: date | None = None
    ends_on: date = Field(unique=True)
    corrected_at: datetime | None = None


COUNCIL_KINDS_SQL = "('regional', 'interregional')"
"""The kinds that are councils of a specialty; the others are governance bodies of a region."""


class Council(Timestamped, table=True):
    """A council, or one of a region's governance bodies (kind `strategic_council`, `working_committee`,
    `education_forum`): the same model, members holding seats for terms, meetings, compliance."""

    __table_args__ = (
        CheckConstraint(
            "kind IN ('regional', 'interregional', "
            "'strategic_council', 'working_committee', 'education_forum')",
            name="kind",
        ),
        CheckConstraint(
            "(kind = 'interregional') = (region_code IS NULL)", name="region_unless_interregional"
        ),
        CheckConstraint(
            f"(kind IN {COUNCIL_KINDS_SQL}) = (specialty_code IS NOT NULL)", name="specialty_iff_council"
        ),
        CheckConstraint(
            "dissolved_on IS NULL OR dissolved_on >= established_on", name="dissolved_after_established"
        ),
        # COUNCIL-UNIQUE, held by the database so that concurrent requests cannot both pass it.
        Index(
            "uq_council_regional",
            "specialty_code",
            "region_code",
            unique=True,
            sqlite_where=text("kind = 'regional'"),
            postgresql_where=text("kind = 'regional'"),
        ),
        Index(
            "uq_council_interregional",
            "specialty_code",
            unique=True,
            sqlite_where=text("kind = 'interregional'"),
            postgresql_where=text("kind = 'interregional'"),
        ),
        Index(
            "uq_council_body",
            "kind",
            "region_code",
            unique=True,
            sqlite_where=text(f"kind NOT IN {COUNCIL_KINDS_SQL}"),
            postgresql_where=text(f"kind NOT IN {COUNCIL_KINDS_SQL}"),
        ),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=24)
    specialty_code: str | None = Field(default=None, foreign_key="specialty.code", max_length=80)
    region_code: str | None = Field(default=None, foreign_key="region.code", max_length=40, index=True)
    name: str = Field(max_length=300)
    contact_email: str | None = Field(default=None, max_length=254)
    established_on: date
    dissolved_on: date | None = None


class CouncilAppointingTrust(SQLModel, table=True):
    """TRUST-HAS-SEAT: the trusts that appoint to a regional council."""

    __tablename__ = "council_appointing_trust"

    council_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("council.id", ondelete="CASCADE"), primary_key=True)
    )
    trust_code: str = Field(
        sa_column=Column(String(60), ForeignKey("health_trust.code"), primary_key=True, index=True)
    )
    created_at: datetime = Field(default_factory=now, nullable=False)


class AuditEntry(SQLModel, table=True):
    """Who changed what: written in the same transaction as the change itself."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity_type", "entity_id"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, sa_column=Column(MonotonicId, primary_key=True, autoincrement=True))
    occurred_at: datetime = Field(default_factory=now, nullable=False)
    principal_kind: str = Field(max_length=16)
    principal_subject: str = Field(max_length=200)
    org_number: str | None = Field(default=None, max_length=9)
    org_number_child: str | None = Field(default=None, max_length=9)
    """HelseID's `orgnr_child`: the part of the trust (a hospital, a department) the client acts for."""
    client_name: str | None = Field(default=None, max_length=200)
    """HelseID's `client_name`: the calling system as its owner named it."""
    action: str = Field(max_length=60)
    entity_type: str = Field(max_length=40)
    entity_id: str = Field(max_length=80)
    before: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONDocument))
    after: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONDocument))
    import_id: uuid.UUID | None = Field(default=None)
    """The import that made the change (`data_import.id`); None for a single write."""


class OutboxEvent(SQLModel, table=True):
    """Domain events, in commit order, for the change feed: appended in the writing transaction."""

    __tablename__ = "outbox_event"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: int | None = Field(default=None, sa_column=Column(MonotonicId, primary_key=True, autoincrement=True))
    occurred_at: datetime = Field(default_factory=now, nullable=False)
    type: str = Field(max_length=60, index=True)
    subject_type: str = Field(max_length=40)
    subject_id: str = Field(max_length=80)
    data: dict[str, Any] = Field(sa_column=Column(JSONDocument, nullable=False))
    import_id: uuid.UUID | None = Field(default=None)
    """The import that made the change (`data_import.id`); None for a single write."""


class IdempotencyRecord(SQLModel, table=True):
    """An `Idempotency-Key` a principal used, and the response to replay for it. Written in the same
    transaction as the change it answers for, so a row exists exactly when that change does."""

    __tablename__ = "idempotency_record"

    principal_key: str = Field(primary_key=True, max_length=300)
    key: str = Field(primary_key=True, max_length=255)
    fingerprint: str = Field(max_length=64)
    status_code: int
    body: str = Field(sa_column=Column(Text, nullable=False))
    location: str | None = Field(default=None, max_length=300)
    etag: str | None = Field(default=None, max_length=80)
    created_at: datetime = Field(default_factory=now, nullable=False, index=True)


class SpentProof(SQLModel, table=True):
    """A DPoP proof already used, by its key and `jti`, until it would be too old to accept anyway.
    Shared by every worker and instance, so a proof replayed to another one is still refused; the
    primary key decides which of two racing requests spends it."""

    __tablename__ = "dpop_proof"

    proof_id: str = Field(primary_key=True, max_length=64)
    """SHA-256 (hex) of the proof key's thumbprint and the proof's `jti`."""
    expires_at: datetime = Field(nullable=False, index=True)


class Person(Timestamped, table=True):
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    name: str = Field(max_length=200)
    title: str | None = Field(default=None, max_length=100)
    hpr_number: str | None = Field(default=None, unique=True, max_length=9)
    """Helsepersonellregisteret: the national health-personnel number; unique when given."""
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    publish_email: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, server_default=false())
    )
    erased_at: datetime | None = None
    """When the contact data and HPR number were erased (on request, or by the retention run)."""
    restricted_at: datetime | None = None
    """While set, the contact data and HPR number are kept and never shown (GDPR art. 18)."""


class Representative(Timestamped, table=True):
    """A seat held by a person on a council for a term. Ending it sets `ends_on`; it is deleted only when
    withdrawn, before its term begins or on the day it was registered."""

    __table_args__ = (
        CheckConstraint("seat IN ('member', 'trainee')", name="seat"),
        # TERM-ORDER: both days are included, so a one-day term ends on its first day.
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="term_order"),
        CheckConstraint("trust_code IS NULL OR region_code IS NULL", name="trust_or_region"),
        CheckConstraint(
            "role IS NULL OR role IN ('medical_director', 'hr_director', 'rhf_director', 'regut_head', "
            "'education_coordinating_doctor')",
            name="role",
        ),
        CheckConstraint("position_share IS NULL OR position_share BETWEEN 1 AND 100", name="position_share"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    council_id: uuid.UUID = Field(foreign_key="council.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    seat: str = Field(max_length=16)
    trust_code: str | None = Field(default=None, foreign_key="health_trust.code", max_length=60)
    region_code: str | None = Field(default=None, foreign_key="region.code", max_length=40)
    starts_on: date
    ends_on: date | None = None
    deputy_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    specialist_in_specialty: bool = False
    senior_consultant: bool = False
    trainee: bool = False
    education_roles: list[str] = Field(
        default_factory=empty_list,
        sa_column=Column(JSONDocument, nullable=False),
    )
    competences: list[str] = Field(
        default_factory=empty_list,
        sa_column=Column(JSONDocument, nullable=False, server_default=text("'[]'")),
    )
    role: str | None = Field(default=None, max_length=40)
    """The member's role in a governance body (seed 004)."""
    position_share: int | None = None
    """Percent of a position set aside for the body's work (HN-FORUM-ONE-PER-TRUST)."""
    end_reason: str | None = Field(default=None, max_length=500)


class LeadershipElection(SQLModel, table=True):
    """Who leads a council from `effective_on` on; the history is every row of a council."""

    __tablename__ = "leadership_election"
    __table_args__ = (UniqueConstraint("council_id", "effective_on"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    council_id: uuid.UUID = Field(foreign_key="council.id", index=True)
    effective_on: date
    leader_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    deputy_leader_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    coordinator_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    recorded_at: datetime = Field(default_factory=now, nullable=False)


class Meeting(Timestamped, table=True):
    """A council's meeting. Cancelling sets `cancelled_at`; a meeting is never deleted, so the history
    (and a calendar subscriber) keeps it. `sequence` counts its changes: the calendar's SEQUENCE."""

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("format IN ('digital', 'physical', 'hybrid')", name="format"),
        CheckConstraint("convener IN ('regut', 'leader', 'coordinator')", name="convener"),
        CheckConstraint("sequence >= 0", name="sequence"),
        Index("ix_meeting_council_id_starts_at", "council_id", "starts_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    council_id: uuid.UUID = Field(foreign_key="council.id")
    starts_at: datetime = Field(index=True)
    ends_at: datetime
    format: str = Field(max_length=16)
    location: str | None = Field(default=None, max_length=300)
    video_link: str | None = Field(default=None, max_length=500)
    regut_invited: bool = False
    convener: str = Field(max_length=16)
    agenda: list[dict[str, Any]] = Field(
        default_factory=empty_list,
        sa_column=Column(JSONDocument, nullable=False),
    )
    invited_councils: list[str] = Field(
        default_factory=empty_list,
        sa_column=Column(JSONDocument, nullable=False, server_default=text("'[]'")),
    )
    """Ids of the bodies whose members the meeting invites (HN-FORUM-MEETING-RIGHT)."""
    sequence: int = 0
    cancelled_at: datetime | None = None
    cancel_reason: str | None = Field(default=None, max_length=500)
    held_recorded_at: datetime | None = None
    """When attendance or minutes were first recorded: the `meeting.held` event's moment."""
    regut_present: bool | None = None
    guests: list[dict[str, Any]] = Field(
        default_factory=empty_list,
        sa_column=Column(JSONDocument, nullable=False),
    )
    minutes: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class MeetingAttendance(SQLModel, table=True):
    """Whether a seat's representative attended a meeting, or their deputy in their place."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (
        CheckConstraint("status IN ('present', 'absent', 'deputy_attended')", name="status"),
        # ATTENDANCE-DEPUTY-SUBSTITUTES: a deputy is named exactly when one attended in the seat's place.
        CheckConstraint(
            "(status = 'deputy_attended') = (deputy_person_id IS NOT NULL)", name="deputy_only_in_place"
        ),
    )

    meeting_id: uuid.UUID = Field(foreign_key="meeting.id", primary_key=True)
    representative_id: uuid.UUID = Field(foreign_key="representative.id", primary_key=True, index=True)
    status: str = Field(max_length=20)
    deputy_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")


class Proposal(Timestamped, table=True):
    """A proposal to change a specialty's learning goals, their explanatory text or its national
    learning activities, and where it stands in its workflow (MANDATE.md: the proposal's life)."""

    __table_args__ = (
        CheckConstraint("kind IN ('learning_goal', 'explanatory_text', 'learning_activity')", name="kind"),
        CheckConstraint(
            "status IN ('draft', 'submitted', 'in_consultation', 'in_assessment', 'assessed', 'forwarded', "
            "'declined', 'decided', 'withdrawn')",
            name="status",
        ),
        # An open consultation always has its deadline.
        CheckConstraint("status <> 'in_consultation' OR consultation_deadline IS NOT NULL", name="deadline"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    specialty_code: str = Field(foreign_key="specialty.code", max_length=80, index=True)
    kind: str = Field(max_length=24)
    title: str = Field(max_length=300)
    rationale: str = Field(sa_column=Column(Text, nullable=False))
    learning_goals: list[str] = Field(
        default_factory=empty_list,
        sa_column=Column(JSONDocument, nullable=False),
    )
    raised_by: dict[str, Any] = Field(sa_column=Column(JSONDocument, nullable=False))
    """Who raised it: `{"kind": "council"|"trust"|"regut"|"person", ...}` as the contract has it."""
    raiser_org_number: str | None = Field(default=None, max_length=9)
    """The organisation whose system created it: it may edit, submit and withdraw it."""
    attachments: list[dict[str, Any]] = Field(
        default_factory=empty_list, sa_column=Column(JSONDocument, nullable=False)
    )
    status: str = Field(max_length=20, index=True)
    consultation_deadline: date | None = None
    assessment: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONDocument, nullable=True))
    decision_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    outcome: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONDocument, nullable=True))


class ProposalStatement(SQLModel, table=True):
    """A regional council's statement in a proposal's consultation: one per council, replaceable while
    the consultation is open (CONSULTATION-STATEMENT-BY-COUNCIL)."""

    __tablename__ = "proposal_statement"
    __table_args__ = (CheckConstraint("position IN ('support', 'oppose', 'neutral')", name="position"),)

    proposal_id: uuid.UUID = Field(foreign_key="proposal.id", primary_key=True)
    council_id: uuid.UUID = Field(foreign_key="council.id", primary_key=True)
    position: str = Field(max_length=10)
    text: str = Field(sa_column=Column(Text, nullable=False))
    recorded_at: datetime = Field(default_factory=now, nullable=False)


class ProposalTransition(SQLModel, table=True):
    """One step of a proposal's history: who moved it from one status to the next, when, and why."""

    __tablename__ = "proposal_transition"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: int | None = Field(default=None, sa_column=Column(MonotonicId, primary_key=True, autoincrement=True))
    proposal_id: uuid.UUID = Field(foreign_key="proposal.id", index=True)
    action: str = Field(max_length=24)
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str = Field(max_length=20)
    principal_kind: str = Field(max_length=16)
    principal_subject: str = Field(max_length=200)
    org_number: str | None = Field(default=None, max_length=9)
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    occurred_at: datetime = Field(default_factory=now, nullable=False)


class Disclosure(SQLModel, table=True):
    """One person's non-public data in one answer to one caller: what the disclosure log says, kept
    so that "who has read my data?" has an answer. Field names only, never their values, so that an
    erasure leaves nothing here to erase."""

    __table_args__ = (
        Index("ix_disclosure_person_id_id", "person_id", "id"),
        Index("ix_disclosure_client_id_id", "client_id", "id"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, sa_column=Column(MonotonicId, primary_key=True, autoincrement=True))
    occurred_at: datetime = Field(nullable=False, index=True)
    person_id: uuid.UUID | None = None
    """The person, where the answer named one (a proposal's raiser is known by name only)."""
    subject: str = Field(max_length=80)
    """What the disclosure log names: a person's id, `seat:<id>` or `proposal:<id>`."""
    fields_shown: list[str] = Field(
        default_factory=empty_list, sa_column=Column(JSONDocument, nullable=False)
    )
    principal_kind: str = Field(max_length=16)
    client_id: str | None = Field(default=None, max_length=200)
    org_number: str | None = Field(default=None, max_length=9)
    org_number_child: str | None = Field(default=None, max_length=9)
    """HelseID's `orgnr_child`, as the disclosure log names it."""
    client_name: str | None = Field(default=None, max_length=200)
    """HelseID's `client_name`, as the disclosure log names it."""
    method: str = Field(max_length=10)
    route: str | None = Field(default=None, max_length=200)
    path: str = Field(max_length=500)
    status: int
    request_id: str = Field(max_length=128)


class MaintenanceRun(SQLModel, table=True):
    """When a scheduled task last ran to its end: every worker and instance wakes for it, the first
    to take the lock runs it, and the others find it done."""

    __tablename__ = "maintenance_run"

    task: str = Field(primary_key=True, max_length=60)
    finished_at: datetime = Field(nullable=False)


class DataImport(SQLModel, table=True):
    """A spreadsheet import, dry run or committed: who sent what, how it ended, and its report, so a
    client that timed out can ask what happened. Refused and dry-run imports are kept too: they wrote
    nothing else."""

    __tablename__ = "data_import"
    __table_args__ = (
        CheckConstraint("state IN ('validated', 'refused', 'committed')", name="state"),
        Index("ix_data_import_created_at", "created_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    created_at: datetime = Field(default_factory=now, nullable=False)
    principal_kind: str = Field(max_length=16)
    principal_subject: str = Field(max_length=200)
    org_number: str | None = Field(default=None, max_length=9)
    media_type: str = Field(max_length=100)
    file_sha256: str = Field(max_length=64)
    file_bytes: int
    commit: bool
    state: str = Field(max_length=16)
    report: dict[str, Any] = Field(sa_column=Column(JSONDocument, nullable=False))
