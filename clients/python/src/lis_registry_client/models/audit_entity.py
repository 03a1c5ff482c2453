from enum import StrEnum

class AuditEntity(StrEnum):
    COORDINATING_PERIOD = "coordinating_period"
    COUNCIL = "council"
    HEALTH_TRUST = "health_trust"
    IMPORT = "import"
    MEETING = "meeting"
    PERSON = "person"
    PROPOSAL = "proposal"
    REFERENCE_DATA = "reference_data"
    REGION = "region"
    REPRESENTATIVE = "representative"
    SPECIALTY = "specialty"

    def __str__(self) -> str:
        return str(self.value)
