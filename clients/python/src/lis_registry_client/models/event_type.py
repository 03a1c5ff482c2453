from enum import StrEnum

class EventType(StrEnum):
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

    def __str__(self) -> str:
        return str(self.value)
