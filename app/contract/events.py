"""The change feed: every change, in the order it was committed."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from app.contract.audit import AuditEntity

MAX_EVENTS = 500
"""The most events one answer holds."""
MAX_WAIT_SECONDS = 30
"""The longest a feed request waits for a change: below the idle timeouts of common proxies."""


class EventType(StrEnum):
    """Every type of event the feed carries, `<subject>.<verb>`: what a reader may filter on, and a closed
    set, so that a client's switch over it is checked. A service that emits a new type adds it here
    (tests/unit/test_event_types.py fails until it does), announced in the contract's changelog."""

    COORDINATING_PERIOD_ADDED = "coordinating_period.added"
    COUNCIL_APPOINTING_TRUSTS_CHANGED = "council.appointing_trusts_changed"
    COUNCIL_CHANGED = "council.changed"
    COUNCIL_CREATED = "council.created"
    DEPUTY_DESIGNATED = "deputy.designated"
    HEALTH_TRUST_CORRECTED = "health_trust.corrected"
    IMPORT_COMPLETED = "import.completed"
    LEADERSHIP_CHANGED = "leadership.changed"
    MEETING_CANCELLED = "meeting.cancelled"
    MEETING_CHANGED = "meeting.changed"
    MEETING_HELD = "meeting.held"
    MEETING_SCHEDULED = "meeting.scheduled"
    PERSON_CHANGED = "person.changed"
    PERSON_CREATED = "person.created"
    PERSON_ERASED = "person.erased"
    PERSON_RESTRICTED = "person.restricted"
    PERSON_RESTRICTION_LIFTED = "person.restriction_lifted"
    PROPOSAL_CHANGED = "proposal.changed"
    PROPOSAL_CREATED = "proposal.created"
    PROPOSAL_STATEMENT_ADDED = "proposal.statement_added"
    PROPOSAL_STATUS_CHANGED = "proposal.status_changed"
    REFERENCE_DATA_LOADED = "reference_data.loaded"
    REGION_CORRECTED = "region.corrected"
    REPRESENTATIVE_APPOINTED = "representative.appointed"
    REPRESENTATIVE_CHANGED = "representative.changed"
    REPRESENTATIVE_ENDED = "representative.ended"
    REPRESENTATIVE_WITHDRAWN = "representative.withdrawn"
    SPECIALTY_CORRECTED = "specialty.corrected"


class Change(StrEnum):
    """What an event did to its subject, so that a client keeping a copy knows what to do."""

    CREATED = "created"
    CHANGED = "changed"
    ENDED = "ended"
    """It stays, but ended: a term ended, a meeting cancelled. Keep it as history or drop it."""
    REMOVED = "removed"
    """It is gone, as though it never was: a seat withdrawn. Drop it."""


_CHANGE_BY_VERB = {
    "created": Change.CREATED,
    "appointed": Change.CREATED,
    "scheduled": Change.CREATED,
    "added": Change.CREATED,
    "ended": Change.ENDED,
    "cancelled": Change.ENDED,
    "withdrawn": Change.REMOVED,
}


def change_of(event_type: str) -> Change:
    """An event type is `<subject>.<verb>`; the verb says what happened to the subject."""
    return _CHANGE_BY_VERB.get(event_type.rpartition(".")[2], Change.CHANGED)


class EventSubject(BaseModel):
    type: AuditEntity = Field(
        description="What changed: `council`, `representative`, `person`, `meeting`, `proposal`, …"
    )
    id: str = Field(description="Its id (or code, for reference data).")


class Event(BaseModel):
    id: int = Field(description="The event's position in the feed: pass the last one seen as `after`.")
    type: EventType = Field(
        description="`<subject>.<verb>`, e.g. `council.created`, `representative.appointed`, "
        "`representative.ended`, `representative.withdrawn`, `leadership.changed`, `meeting.scheduled`, "
        "`meeting.held`, `meeting.cancelled`, `proposal.status_changed`."
    )
    occurred_at: datetime = Field(description="When the change was made (RFC 3339 date-time).")
    subject: EventSubject = Field(description="What the event is about.")
    change: Change = Field(
        description="What happened to the subject: `created`, `changed`, `ended` (still there, as history) "
        "or `removed` (gone, as though it never was)."
    )
    data: dict[str, Any] = Field(
        description="What the change recorded. Mostly the subject as it stands after the change (before it, "
        "when removed), as the public may read it; but `leadership.changed` carries the council's new "
        "election (effective date and the person ids of leader, deputy leader and coordinator) and "
        "`council.appointing_trusts_changed` the trusts, not the council; `person.*` only the ids (read the "
        "person, as you may, for the rest). Replace a copy of the subject with `data` only for events "
        "whose `data` is the subject."
    )
    import_id: uuid.UUID | None = Field(
        None,
        description="The spreadsheet import that made the change (/v1/imports); null for a single write. "
        "An import that commits ends with one `import.completed` event.",
    )


class EventList(BaseModel):
    items: list[Event] = Field(description="The events after `after`, oldest first.")
    next_after: int = Field(
        description="What to pass as `after` next time: the last event's id, or `after` when none came."
    )
