"""The change feed: every change, in the order it was committed."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from app.contract.audit import AuditEntity

MAX_EVENTS = 500
"""The most events one answer holds."""
MAX_WAIT_SECONDS = 30
"""The longest a feed request waits for a change: below the idle timeouts of common proxies."""


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


class EventType(StrEnum):
    """`<subject>.<verb>`: every kind of change the feed carries. A closed set, so that a client's switch
    over it is checked; a new kind of change is a new value, announced in the contract's changelog."""

    COUNCIL_CREATED = "council.created"
    COUNCIL_CHANGED = "council.changed"
    COUNCIL_APPOINTING_TRUSTS_CHANGED = "council.appointing_trusts_changed"
    LEADERSHIP_CHANGED = "leadership.changed"
    PERSON_CREATED = "person.created"
    PERSON_CHANGED = "person.changed"
    REPRESENTATIVE_APPOINTED = "representative.appointed"
    REPRESENTATIVE_CHANGED = "representative.changed"
    REPRESENTATIVE_ENDED = "representative.ended"
    REPRESENTATIVE_WITHDRAWN = "representative.withdrawn"
    MEETING_SCHEDULED = "meeting.scheduled"
    MEETING_CHANGED = "meeting.changed"
    MEETING_HELD = "meeting.held"
    MEETING_CANCELLED = "meeting.cancelled"
    PROPOSAL_CREATED = "proposal.created"
    PROPOSAL_CHANGED = "proposal.changed"
    PROPOSAL_STATUS_CHANGED = "proposal.status_changed"
    PROPOSAL_STATEMENT_ADDED = "proposal.statement_added"
    REGION_CORRECTED = "region.corrected"
    HEALTH_TRUST_CORRECTED = "health_trust.corrected"
    SPECIALTY_CORRECTED = "specialty.corrected"
    COORDINATING_PERIOD_ADDED = "coordinating_period.added"
    REFERENCE_DATA_LOADED = "reference_data.loaded"


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


class EventList(BaseModel):
    items: list[Event] = Field(description="The events after `after`, oldest first.")
    next_after: int = Field(
        description="What to pass as `after` next time: the last event's id, or `after` when none came."
    )
